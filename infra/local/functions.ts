import { Worker } from 'node:worker_threads';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** What Lambda reports for an invocation: the handler's result, or its error as Lambda shapes it. */
export type InvokeOutcome =
  | { readonly ok: true; readonly payload: unknown }
  | { readonly ok: false; readonly error: { readonly errorType: string; readonly errorMessage: string; readonly trace: readonly string[] } };

/** A function as the local cloud runs it: entry file, resolved environment, limits. */
export interface LocalFunctionDefinition {
  readonly entry: string;
  readonly environment: Readonly<Record<string, string>>;
  readonly timeoutSeconds: number;
  readonly memoryMb: number;
}

const workerFile = fileURLToPath(new URL('./function-worker.mjs', import.meta.url));
const localAccount = '000000000000';

interface Pending {
  resolve: (outcome: InvokeOutcome) => void;
  timer: NodeJS.Timeout;
}

/** One function's sandbox: a worker started on first use and replaced after a timeout or crash. */
class Sandbox {
  private worker: Worker | undefined;
  private ready: Promise<void> | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  constructor(
    private readonly name: string,
    private readonly arn: string,
    private readonly definition: LocalFunctionDefinition,
    private readonly rootDir: string,
  ) {}

  async invoke(event: unknown): Promise<InvokeOutcome> {
    const worker = await this.start();
    const id = this.nextId++;
    return new Promise<InvokeOutcome>((resolve) => {
      const timeoutMs = this.definition.timeoutSeconds * 1000;
      const timer = setTimeout(() => {
        this.pending.delete(id);
        resolve({
          ok: false,
          error: { errorType: 'Sandbox.Timedout', errorMessage: `Task timed out after ${this.definition.timeoutSeconds}.00 seconds`, trace: [] },
        });
        void this.stop();
      }, timeoutMs);
      this.pending.set(id, { resolve, timer });
      worker.postMessage({ id, event });
    });
  }

  private start(): Promise<Worker> {
    if (this.worker && this.ready) {
      const worker = this.worker;
      return this.ready.then(() => worker);
    }
    const worker = new Worker(workerFile, {
      env: { ...this.definition.environment },
      workerData: {
        entry: path.resolve(this.rootDir, this.definition.entry),
        functionName: this.name,
        functionArn: this.arn,
        memoryMb: this.definition.memoryMb,
        timeoutMs: this.definition.timeoutSeconds * 1000,
      },
    });
    this.worker = worker;
    this.ready = new Promise<void>((resolve, reject) => {
      worker.once('error', reject);
      worker.once('message', () => resolve());
    });
    worker.on('message', (message: { id?: number; ok?: boolean; payload?: unknown; error?: never }) => {
      if (message.id === undefined) return;
      const pending = this.pending.get(message.id);
      if (!pending) return;
      this.pending.delete(message.id);
      clearTimeout(pending.timer);
      pending.resolve(message.ok ? { ok: true, payload: message.payload } : { ok: false, error: message.error as never });
    });
    worker.on('error', (error) => this.failAll(error));
    worker.on('exit', () => {
      if (this.worker === worker) {
        this.worker = undefined;
        this.ready = undefined;
      }
      this.failAll(new Error(`${this.name} exited`));
    });
    return this.ready.then(
      () => worker,
      (error: unknown) => {
        this.worker = undefined;
        this.ready = undefined;
        throw error;
      },
    );
  }

  private failAll(error: unknown): void {
    for (const [id, pending] of this.pending) {
      clearTimeout(pending.timer);
      this.pending.delete(id);
      const message = error instanceof Error ? error.message : String(error);
      pending.resolve({ ok: false, error: { errorType: 'Runtime.ExitError', errorMessage: message, trace: [] } });
    }
  }

  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.ready = undefined;
    if (worker) await worker.terminate();
  }
}

/**
 * The local stand-in for Lambda: each function runs in its own worker thread (in this process),
 * with its own environment and module state, as each Lambda function has its own sandbox.
 * A handler's thrown error comes back as Lambda reports it (`errorType`, `errorMessage`).
 */
export class LocalFunctions {
  private readonly sandboxes = new Map<string, Sandbox>();

  constructor(
    definitions: Readonly<Record<string, LocalFunctionDefinition>>,
    private readonly region: string,
    rootDir: string,
  ) {
    for (const [name, definition] of Object.entries(definitions)) {
      this.sandboxes.set(name, new Sandbox(name, this.arnOf(name), definition, rootDir));
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
    return name !== undefined && this.sandboxes.has(name) ? name : undefined;
  }

  /** The names of every function. */
  names(): string[] {
    return [...this.sandboxes.keys()];
  }

  /**
   * Invokes a function synchronously (RequestResponse) and reports what Lambda would.
   * @throws Error when no function has that name.
   */
  async invoke(functionName: string, event: unknown): Promise<InvokeOutcome> {
    const name = this.resolve(functionName);
    const sandbox = name === undefined ? undefined : this.sandboxes.get(name);
    if (!sandbox) throw new Error(`Function not found: ${functionName}`);
    return sandbox.invoke(event);
  }

  /** Stops every sandbox. */
  async close(): Promise<void> {
    await Promise.all([...this.sandboxes.values()].map((sandbox) => sandbox.stop()));
  }
}
