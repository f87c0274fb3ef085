import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { functionBuildOptions } from '../../infra/bundling';
import { repositoryRoot } from '../../infra/constructs/repository-root';

// A bundle built with the options every function gets (as the local cloud builds it), run in its own Node process.
let workDir: string;
let bundle: string;
beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'ticketflow-bundling-'));
  bundle = join(workDir, 'index.mjs');
  await build({ ...functionBuildOptions(), entryPoints: [join(repositoryRoot, 'test/fixtures/bundling/failing-handler.ts')], outfile: bundle, logLevel: 'error' });
});
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const printStack = `
const { handler } = await import(process.argv[1]);
try { await handler(); } catch (error) { console.log(error.stack); }
`;

function stackOfBundle(): string {
  const run = spawnSync(process.execPath, ['--input-type=module', '--eval', printStack, pathToFileURL(bundle).href], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return run.stdout;
}

describe('function bundles', () => {
  it('write stack traces with the TypeScript file, line and function name, without --enable-source-maps', () => {
    const stack = stackOfBundle();
    expect(stack).toMatch(/^Error: bundled failure\n {4}at refuse \(test\/fixtures\/bundling\/failing-handler\.ts:8:9\)\n {4}at handler \(test\/fixtures\/bundling\/failing-handler\.ts:4:10\)\n/);
    // Frames outside the bundle stay as Node writes them.
    expect(stack).toMatch(/\n {4}at async file:\/\/\/.*\[eval1\]:3:\d+\n$/);
  });

  it('leave the stack as Node writes it when the source map is missing', () => {
    rmSync(`${bundle}.map`);
    const stack = stackOfBundle();
    expect(stack).toMatch(/^Error: bundled failure\n {4}at refuse \(file:\/\/\/.*\/index\.mjs:\d+:\d+\)/);
  });
});
