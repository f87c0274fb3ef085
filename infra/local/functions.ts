import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { SandboxPool } from './sandbox-pool';

/** What Lambda reports for an invocation: the handler's result, or its error as Lambda shapes it. */
export type InvokeOutcome =
  | { readonly ok: true; readonly payload: unknown }
  | { readonly ok: false; readonly error: LambdaError };

interface LambdaError {
  readonly errorType: string;
  readonly errorMessage: string;
  readonly trace: readonly string[];
}

/** A function as the local cloud runs it: its bundle (see bundles.ts), resolved environment, limits. */
export interface LocalFunctionDefinition {
  /** The absolute path of the function's bundle, an ES module exporting `handler`, once it is built. */
  readonly bundle: () => Promise<string>;
  readonly environment: Readonly<Record<string, string>>;
  readonly timeoutSeconds: number;
  readonly memoryMb: number;
}

/** How the local cloud runs its functions. */
export interface LocalFunctionsOptions {
  readonly region: string;
  /** Most sandboxes of one function at once; further invocations wait for a free one. */
  readonly concurrency: number;
  /** Longest a sandbox's init (loading the bundle) may take before it is stopped; default 30. */
  readonly initTimeoutSeconds?: number;
}

const workerFile = fileURLToPath(new URL('./function-worker.mjs', import.meta.url));
const localAccount = '000000000000';
// Lambda allows 10 s of init on its hardware; a 2-core laptop starting many sandboxes at once
// (with DynamoDB Local's JVM beside them) is slower, and this limit is there to catch a hang.
const defaultInitTimeoutSeconds = 30;

/** A sandbox that could not start: the outcome the invocation that needed it reports. */
class InitFailure extends Error {
  constructor(readonly outcome: InvokeOutcome & { ok: false }) {
    super(outcome.error.errorMessage);
  }
}

function failure(errorType: string, errorMessage: string, trace: readonly string[] = []): InvokeOutcome & { ok: false } {
  return { ok: false, error: { errorType, errorMessage, trace } };
}

function errorOutcome(error: unknown): InvokeOutcome & { ok: false } {
  if (error instanceof Error) return failure(error.name || 'Error', error.message, String(error.stack ?? '').split('\n'));
  return failure('Error', String(error));
}

interface SandboxSettings {
  readonly name: string;
  readonly arn: string;
  readonly definition: LocalFunctionDefinition;
  readonly initTimeoutMs: number;
}

/**
 * One sandbox of a function: a worker thread that loaded the bundle and runs one invocation at a
 * time. A timeout or crash ends it (and fails only the invocation it was running); `onEnd` is
 * told synchronously, before that invocation's outcome is reported, so the pool never hands out
 * a sandbox that is going away.
 */
class Sandbox {
  private running: ((outcome: InvokeOutcome) => void) | undefined;
  private uncaught: unknown;
  private ended = false;

  private constructor(
    private readonly settings: SandboxSettings,
    private readonly worker: Worker,
    private readonly onEnd: (sandbox: Sandbox) => void,
  ) {
    worker.on('message', (message: { ok: boolean; payload?: unknown; error?: LambdaError }) => {
      const resolve = this.running;
      this.running = undefined;
      resolve?.(message.ok ? { ok: true, payload: message.payload } : { ok: false, error: message.error! });
    });
    worker.on('error', (error) => {
      this.uncaught = error;
    });
    worker.on('exit', (code) => this.end(this.exitOutcome(code)));
  }

  /**
   * Starts a worker and waits for it to load the bundle.
   * @throws InitFailure when the bundle cannot be built, throws while loading, exports no
   * handler, exits, or takes longer than the init limit.
   */
  static async start(settings: SandboxSettings, onEnd: (sandbox: Sandbox) => void): Promise<Sandbox> {
    const { name, arn, definition } = settings;
    let bundle: string;
    try {
      bundle = await definition.bundle();
    } catch (error) {
      throw new InitFailure(failure('Runtime.ImportModuleError', error instanceof Error ? error.message : String(error)));
    }
    const worker = new Worker(workerFile, {
      env: { ...definition.environment },
      // Plain Node, as in Lambda: not the TypeScript loader or test hooks the local cloud runs under.
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: definition.memoryMb },
      workerData: { bundle, functionName: name, functionArn: arn, memoryMb: definition.memoryMb },
    });
    return new Promise<Sandbox>((resolve, reject) => {
      const settle = () => {
        clearTimeout(timer);
        // Only our own listeners: the worker keeps internal ones that forward its messages.
        worker.off('error', onError).off('exit', onExit).off('message', onReady);
      };
      const fail = (outcome: InvokeOutcome & { ok: false }) => {
        settle();
        // A late error from a worker that is going away must not become an unhandled 'error' event.
        worker.on('error', () => {});
        void worker.terminate();
        reject(new InitFailure(outcome));
      };
      const onError = (error: unknown) => fail(errorOutcome(error));
      const onExit = (code: number) => fail(failure('Runtime.ExitError', `${name} exited with code ${code} during init`));
      const onReady = () => {
        settle();
        resolve(new Sandbox(settings, worker, onEnd));
      };
      const timer = setTimeout(() => {
        fail(failure('Sandbox.Timedout', `${name} init timed out after ${(settings.initTimeoutMs / 1000).toFixed(2)} seconds`));
      }, settings.initTimeoutMs);
      worker.once('error', onError).once('exit', onExit).once('message', onReady);
    });
  }

  /** Runs one invocation; the function's timeout counts from the moment the handler is called. */
  run(event: unknown): Promise<InvokeOutcome> {
    const { timeoutSeconds } = this.settings.definition;
    const timeoutMs = timeoutSeconds * 1000;
    return new Promise<InvokeOutcome>((resolve) => {
      const timer = setTimeout(() => {
        this.end(failure('Sandbox.Timedout', `Task timed out after ${timeoutSeconds.toFixed(2)} seconds`));
        void this.worker.terminate();
      }, timeoutMs);
      this.running = (outcome) => {
        clearTimeout(timer);
        resolve(outcome);
      };
      this.worker.postMessage({ event, deadline: Date.now() + timeoutMs });
    });
  }

  /** Ends the sandbox; an invocation it is running fails with `Runtime.ExitError`. */
  async stop(): Promise<void> {
    await this.worker.terminate();
  }

  private end(outcome: InvokeOutcome): void {
    if (this.ended) return;
    this.ended = true;
    this.onEnd(this);
    const resolve = this.running;
    this.running = undefined;
    resolve?.(outcome);
  }

  private exitOutcome(code: number): InvokeOutcome {
    const { name } = this.settings;
    const error = this.uncaught;
    if ((error as { code?: string } | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
      return failure('Runtime.OutOfMemory', `${name} ran out of memory (${this.settings.definition.memoryMb} MB)`);
    }
    if (error instanceof Error) {
      return failure('Runtime.ExitError', `${name} exited after an uncaught ${error.name}: ${error.message}`, String(error.stack ?? '').split('\n'));
    }
    return failure('Runtime.ExitError', `${name} exited with code ${code}`);
  }
}

/**
 * The local stand-in for Lambda: each function has a pool of sandboxes, worker threads (in this
 * process) with the function's own environment and module state, each running one invocation at a
 * time, up to `concurrency` of them (see SandboxPool). A timeout or crash ends only the sandbox
 * it happened in. A handler's thrown error comes back as Lambda reports it (`errorType`,
 * `errorMessage`).
 */
export class LocalFunctions {
  private readonly pools = new Map<string, SandboxPool<Sandbox>>();
  private readonly region: string;

  /** @throws RangeError when the concurrency is not a positive integer. */
  constructor(definitions: Readonly<Record<string, LocalFunctionDefinition>>, options: LocalFunctionsOptions) {
    this.region = options.region;
    const initTimeoutMs = (options.initTimeoutSeconds ?? defaultInitTimeoutSeconds) * 1000;
    for (const [name, definition] of Object.entries(definitions)) {
      const settings: SandboxSettings = { name, arn: this.arnOf(name), definition, initTimeoutMs };
      const pool: SandboxPool<Sandbox> = new SandboxPool<Sandbox>({
        limit: options.concurrency,
        start: () => Sandbox.start(settings, (sandbox) => pool.discard(sandbox)),
        stop: (sandbox) => sandbox.stop(),
      });
      this.pools.set(name, pool);
    }
  }

  /** The ARN a function has locally, as state machine substitutions and the SDK see it. */
  arnOf(name: string): string {
    return `arn:aws:lambda:${this.region}:${localAccount}:function:${name}`;
  }

  /** The function a `FunctionName` (name, ARN or partial ARN, with or without a qualifier) names. */
  resolve(functionName: string): string | undefined {
    const match = /^(?:arn:aws[\w-]*:lambda:[\w-]+:\d{12}:function:|\d{12}:function:)?([\w-]+)(?::[\w$-]+)?$/.exec(functionName);
    const name = match?.[1];
    return name !== undefined && this.pools.has(name) ? name : undefined;
  }

  /** The names of every function. */
  names(): string[] {
    return [...this.pools.keys()];
  }

  /** How many sandboxes a function has (alive or starting). */
  sandboxCount(name: string): number {
    return this.pools.get(name)?.size ?? 0;
  }

  /**
   * Invokes a function synchronously (RequestResponse) and reports what Lambda would: the
   * handler's result or error, `Sandbox.Timedout`, `Runtime.ExitError`, or the error of a
   * sandbox that could not start.
   * @throws Error when no function has that name, or when the functions are stopping.
   */
  async invoke(functionName: string, event: unknown): Promise<InvokeOutcome> {
    const name = this.resolve(functionName);
    const pool = name === undefined ? undefined : this.pools.get(name);
    if (!pool) throw new Error(`Function not found: ${functionName}`);
    try {
      return await pool.use((sandbox) => sandbox.run(event));
    } catch (error) {
      if (error instanceof InitFailure) return error.outcome;
      throw error;
    }
  }

  /** Stops every sandbox of every function. */
  async close(): Promise<void> {
    await Promise.all([...this.pools.values()].map((pool) => pool.close()));
  }
}
