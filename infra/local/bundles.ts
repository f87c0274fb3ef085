import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { functionBuildOptions } from '../bundling';

/** A function whose bundle could not be built, with esbuild's errors (file, line, text). */
export class BundleError extends Error {
  override readonly name = 'BundleError';
}

interface Request {
  readonly resolve: (file: string) => void;
  readonly reject: (error: BundleError) => void;
}

/**
 * Builds each function's entry into the bundle Lambda runs, with the same esbuild options as the
 * CDK construct (infra/bundling.ts), when the function is first needed, into a temporary folder.
 *
 * Why not one build of every function at start: each bundle carries its own copy of the AWS SDK,
 * and building all of them (38 with the test fixtures) took 9.6 s of CPU, as much as starting
 * every other service, so it doubled the local cloud's start on 2 cores. Built on first use, a
 * function costs 0.01-0.6 s of CPU once, and functions never called cost nothing. Functions asked
 * for while a build runs are built together in the next one, so a burst of first calls shares one
 * parse of their common code and one esbuild process's memory.
 */
export class FunctionBundler {
  private readonly bundles = new Map<string, Promise<string>>();
  private queued = new Map<string, Request>();
  private running: Promise<void> | undefined;
  private closed = false;

  private constructor(
    /** The folder the bundles go to. */
    readonly directory: string,
    private readonly entries: Readonly<Record<string, string>>,
    private readonly rootDir: string,
    private readonly log: (line: string) => void,
  ) {}

  /**
   * A bundler for the given functions, with a new temporary folder.
   * @param entries entry file of each function, by function name, relative to rootDir.
   */
  static async create(entries: Readonly<Record<string, string>>, rootDir: string, log: (line: string) => void = () => {}): Promise<FunctionBundler> {
    const directory = await mkdtemp(path.join(tmpdir(), 'ticketflow-bundles-'));
    return new FunctionBundler(directory, entries, rootDir, log);
  }

  /**
   * The absolute path of the function's bundle (an ES module with its source map beside it),
   * built the first time it is asked for. A failed build is tried again at the next call, so a
   * fixed entry file needs no restart.
   * @throws BundleError when the entry does not build, the function is unknown, or the bundler is removed.
   */
  bundleOf(name: string): Promise<string> {
    if (this.closed) return Promise.reject(new BundleError('The function bundles are being removed'));
    if (this.entries[name] === undefined) return Promise.reject(new BundleError(`No entry file for function ${name}`));
    const known = this.bundles.get(name);
    if (known) return known;
    const bundle = new Promise<string>((resolve, reject) => this.queued.set(name, { resolve, reject }));
    this.bundles.set(name, bundle);
    bundle.catch(() => this.bundles.delete(name));
    this.next();
    return bundle;
  }

  /** Waits for a build under way, then removes the folder and everything in it. */
  async remove(): Promise<void> {
    this.closed = true;
    for (const request of this.queued.values()) request.reject(new BundleError('The function bundles are being removed'));
    this.queued.clear();
    await this.running;
    await rm(this.directory, { recursive: true, force: true });
  }

  private next(): void {
    if (this.running || this.queued.size === 0 || this.closed) return;
    const batch = this.queued;
    this.queued = new Map();
    this.running = this.buildBatch(batch).finally(() => {
      this.running = undefined;
      this.next();
    });
  }

  private async buildBatch(batch: ReadonlyMap<string, Request>): Promise<void> {
    const names = [...batch.keys()];
    const startedAt = performance.now();
    try {
      await this.build(names);
    } catch (error) {
      // One broken entry must not fail the others built with it: build them one by one.
      if (names.length > 1) {
        for (const [name, request] of batch) await this.buildBatch(new Map([[name, request]]));
        return;
      }
      batch.get(names[0]!)!.reject(new BundleError(`The bundle of ${names[0]} could not be built: ${describeBuildFailure(error)}`));
      return;
    }
    this.log(`bundled ${names.join(', ')} in ${((performance.now() - startedAt) / 1000).toFixed(1)} s`);
    for (const [name, request] of batch) request.resolve(path.join(this.directory, `${name}.mjs`));
  }

  private async build(names: readonly string[]): Promise<void> {
    await build({
      ...functionBuildOptions(),
      entryPoints: names.map((name) => ({ in: path.resolve(this.rootDir, this.entries[name]!), out: name })),
      outdir: this.directory,
      outExtension: { '.js': '.mjs' },
      // The thrown error carries the messages; esbuild's own report would print them twice.
      logLevel: 'silent',
    });
  }
}

interface BuildMessage {
  readonly text: string;
  readonly location: { readonly file: string; readonly line: number; readonly column: number } | null;
}

function describeBuildFailure(error: unknown): string {
  const errors = (error as { errors?: readonly BuildMessage[] }).errors;
  if (!Array.isArray(errors) || errors.length === 0) return error instanceof Error ? error.message : String(error);
  return errors.map(({ text, location }) => (location ? `${location.file}:${location.line}:${location.column}: ${text}` : text)).join('; ');
}
