import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { functionBundling } from '../bundling';

/** The built bundles of a set of functions, in a temporary folder. */
export interface FunctionBundles {
  /** Absolute path of each function's bundle (an ES module with its source map beside it), by function name. */
  readonly files: Readonly<Record<string, string>>;
  /** How long the build took, in milliseconds. */
  readonly buildMs: number;
  /** Removes the folder and everything in it. */
  remove(): Promise<void>;
}

/**
 * Builds each function's entry file into the bundle Lambda runs, with the same esbuild options as
 * the CDK construct (infra/bundling.ts), in one esbuild build, into a new temporary folder.
 * @param entries entry file of each function, by function name, relative to rootDir.
 * @throws Error listing esbuild's errors (file, line, text) when an entry does not build; the
 * folder is removed then.
 */
export async function buildFunctionBundles(entries: Readonly<Record<string, string>>, rootDir: string): Promise<FunctionBundles> {
  const outdir = await mkdtemp(path.join(tmpdir(), 'ticketflow-bundles-'));
  const remove = () => rm(outdir, { recursive: true, force: true });
  const startedAt = performance.now();
  try {
    await build({
      ...functionBundling,
      entryPoints: Object.entries(entries).map(([name, entry]) => ({ in: path.resolve(rootDir, entry), out: name })),
      outdir,
      outExtension: { '.js': '.mjs' },
      absWorkingDir: rootDir,
      // esbuild's own report would repeat what the thrown error says.
      logLevel: 'silent',
    });
  } catch (error) {
    await remove();
    throw new Error(`The functions could not be bundled: ${describeBuildFailure(error)}`, { cause: error });
  }
  return {
    files: Object.fromEntries(Object.keys(entries).map((name) => [name, path.join(outdir, `${name}.mjs`)])),
    buildMs: performance.now() - startedAt,
    remove,
  };
}

interface BuildMessage {
  readonly text: string;
  readonly location: { readonly file: string; readonly line: number; readonly column: number } | null;
}

function describeBuildFailure(error: unknown): string {
  const errors = (error as { errors?: readonly BuildMessage[] }).errors;
  if (!Array.isArray(errors) || errors.length === 0) return error instanceof Error ? error.message : String(error);
  return errors
    .map(({ text, location }) => (location ? `${location.file}:${location.line}:${location.column}: ${text}` : text))
    .join('; ');
}
