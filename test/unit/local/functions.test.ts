import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FunctionBundler } from '../../../infra/local/bundles';
import { LocalFunctions, type LocalFunctionDefinition } from '../../../infra/local/functions';
import { until } from '../../support/eventually';

// Entry files written for these tests: one does not even parse, which no file of the repository may do.
const sources: Record<string, string> = {
  'thrower.ts': [
    'export async function handler(event: { message: string }): Promise<never> {',
    '  throw new Error(event.message);',
    '}',
  ].join('\n'),
  // Init says it started, then holds until the test releases it, once it has outlasted the timeout.
  'slow-init.ts': [
    "import { existsSync, writeFileSync } from 'node:fs';",
    "writeFileSync(process.env['INIT_STARTED']!, '');",
    "while (!existsSync(process.env['INIT_RELEASE']!)) await new Promise((resolve) => setTimeout(resolve, 20));",
    "export const handler = async () => 'answered';",
  ].join('\n'),
  // A timer keeps the thread alive, as an init stuck on a connection would.
  'hung-init.ts': ['await new Promise(() => setInterval(() => {}, 1000));', 'export const handler = async () => null;'].join('\n'),
  'no-handler.ts': 'export const notTheHandler = () => null;',
  'hoarder.ts': [
    'const kept: number[][] = [];',
    'export async function handler(): Promise<never> {',
    '  for (;;) kept.push(new Array(1_000_000).fill(1));',
    '}',
  ].join('\n'),
  'broken.ts': 'export const handler = async () => {',
};
const rootDir = mkdtempSync(path.join(tmpdir(), 'ticketflow-functions-test-'));
for (const [file, text] of Object.entries(sources)) writeFileSync(path.join(rootDir, file), text);
const entries = Object.fromEntries(Object.keys(sources).map((file) => [file.replace('.ts', ''), file]));
const bundler = await FunctionBundler.create(entries, rootDir);
const definition = (name: string): LocalFunctionDefinition => ({
  bundle: () => bundler.bundleOf(name),
  environment: { NODE_OPTIONS: '--enable-source-maps' },
  timeoutSeconds: 3,
  memoryMb: 128,
});
// Filling 128 MB took 3 s on a busy 2-core machine: the hoarder's timeout only catches a hang, so
// that it runs out of memory rather than out of time.
const definitions = Object.fromEntries(Object.keys(entries).map((name) => [name, name === 'hoarder' ? { ...definition(name), timeoutSeconds: 60 } : definition(name)]));
const functions = new LocalFunctions(definitions, { region: 'us-east-1', concurrency: 2 });
// Init holds until released; its function's timeout is short, and only the handler is timed.
const initStarted = path.join(rootDir, 'init-started');
const initRelease = path.join(rootDir, 'init-release');
const slow = new LocalFunctions(
  { 'slow-init': { ...definition('slow-init'), environment: { INIT_STARTED: initStarted, INIT_RELEASE: initRelease }, timeoutSeconds: 0.2 } },
  { region: 'us-east-1', concurrency: 1 },
);
// An init that never ends fails at any limit; a short one keeps the test short.
const impatient = new LocalFunctions({ 'hung-init': definition('hung-init') }, { region: 'us-east-1', concurrency: 2, initTimeoutSeconds: 1 });
afterAll(async () => {
  await Promise.all([functions.close(), impatient.close(), slow.close()]);
  await bundler.remove();
  rmSync(rootDir, { recursive: true, force: true });
});

describe('local functions', () => {
  it("report a handler's error as Lambda does, its trace pointing into the TypeScript source", async () => {
    const outcome = await functions.invoke('thrower', { message: 'no such ticket' });

    expect(outcome).toMatchObject({ ok: false, error: { errorType: 'Error', errorMessage: 'no such ticket' } });
    expect(outcome.ok ? [] : outcome.error.trace.join('\n')).toContain(`${path.join(rootDir, 'thrower.ts')}:2:`);
  });

  it('start the timeout when the handler is called, not while the sandbox loads its bundle', async () => {
    const outcome = slow.invoke('slow-init', {});
    await until('the init to start', async () => existsSync(initStarted), Boolean);
    const startedAt = Date.now();
    await until('the init to outlast the timeout', async () => Date.now() - startedAt, (elapsed) => elapsed > 400);
    writeFileSync(initRelease, '');

    expect(await outcome).toEqual({ ok: true, payload: 'answered' });
  });

  it('fail an invocation whose sandbox never finishes loading once the init limit passes', { timeout: 60_000 }, async () => {
    expect(await impatient.invoke('hung-init', {})).toMatchObject({ ok: false, error: { errorType: 'Sandbox.Timedout', errorMessage: 'hung-init init timed out after 1.00 seconds' } });
    expect(impatient.sandboxCount('hung-init')).toBe(0);
  });

  it('end only the sandbox of a handler that runs out of memory', { timeout: 60_000 }, async () => {
    expect(await functions.invoke('hoarder', {})).toMatchObject({ ok: false, error: { errorType: 'Runtime.OutOfMemory', errorMessage: 'hoarder ran out of memory (128 MB)' } });
    expect(functions.sandboxCount('hoarder')).toBe(0);
    expect(await functions.invoke('thrower', { message: 'others still run' })).toMatchObject({ ok: false, error: { errorMessage: 'others still run' } });
  });

  it('say that a bundle exports no handler', async () => {
    expect(await functions.invoke('no-handler', {})).toMatchObject({
      ok: false,
      error: { errorType: 'Runtime.HandlerNotFound', errorMessage: 'no-handler.handler is undefined or not exported' },
    });
  });

  it('name the file and line of an entry that does not build, and build the others asked for with it', async () => {
    const [broken, other] = await Promise.all([functions.invoke('broken', {}), functions.invoke('thrower', { message: 'still built' })]);

    expect(broken).toMatchObject({ ok: false, error: { errorType: 'Runtime.ImportModuleError' } });
    expect(broken.ok ? '' : broken.error.errorMessage).toMatch(/^The bundle of broken could not be built: \S*broken\.ts:1:\d+: /);
    expect(other).toMatchObject({ ok: false, error: { errorMessage: 'still built' } });
  });
});
