/**
 * `npm run bench:cold [-- --runs N] [-- --only getMe,notifier] [-- --inputs]`: how big every
 * function's bundle is and how much CPU importing it costs on a cold start. It builds each function
 * of infra/system.ts with the options of infra/bundling.ts (esbuild's JS API, as CDK runs esbuild),
 * plus two references built beside them:
 * - an empty handler, built and run like a function: the floor no function can go below;
 * - the anchor: a naive bundle that imports and constructs the DynamoDB document client
 *   (@aws-sdk/lib-dynamodb over @aws-sdk/client-dynamodb), the Step Functions client
 *   (@aws-sdk/client-sfn) and the SES client (@aws-sdk/client-ses) and nothing else, built with
 *   plain options of its own (bundle, ESM, minify, no source map) and run without NODE_OPTIONS.
 * Each bundle is imported in a fresh Node process (the same Node 24 as this script) `--runs` times,
 * round-robin so that a busy machine weighs on every bundle alike; each run measures the CPU time
 * (process.cpuUsage) and the wall time around `await import(bundle)`, with the NODE_OPTIONS the
 * function gets in Lambda. It prints bytes, medians and each function's ratio to the anchor, with
 * the goals (at most 450 kB, at most 0.9x the anchor's CPU) marked; it asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build, type BuildOptions, type Metafile } from 'esbuild';
import { functionBuildOptions, functionNodeOptions } from '../infra/bundling';
import { repositoryRoot } from '../infra/constructs/repository-root';
import { system } from '../infra/system';

const maxBytes = 450_000;
const maxCpuRatio = 0.9;

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '15' },
    only: { type: 'string' },
    inputs: { type: 'boolean', default: false },
  },
});
const runs = Math.min(Math.max(Number(values.runs) || 15, 3), 200);
const only = values.only ? new Set(values.only.split(',')) : undefined;

const anchorSource = `
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { SFNClient } from '@aws-sdk/client-sfn';
import { SESClient } from '@aws-sdk/client-ses';
export const clients = [DynamoDBDocumentClient.from(new DynamoDBClient({})), new SFNClient({}), new SESClient({})];
export const handler = async () => clients.length;
`;

// The naive way to bundle for Lambda: everything in, minified, ESM with a require shim, no source map.
const anchorOptions: BuildOptions = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node24',
  mainFields: ['module', 'main'],
  minify: true,
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
};

const emptySource = 'export const handler = async () => ({ statusCode: 200, body: "{}" });\n';

// What Lambda and the deployment give a function; nothing here is contacted during an import.
const coldStartEnvironment: Record<string, string> = {
  PATH: process.env['PATH'] ?? '',
  TZ: 'UTC',
  AWS_REGION: 'eu-west-1',
  AWS_DEFAULT_REGION: 'eu-west-1',
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
  AWS_LAMBDA_FUNCTION_NAME: 'bench',
  TABLE_NAME: 'ticketflow-tickets',
  FILES_BUCKET: 'ticketflow-files',
  REFUND_STATE_MACHINE_ARN: 'arn:aws:states:eu-west-1:123456789012:stateMachine:refund',
  KYC_STATE_MACHINE_ARN: 'arn:aws:states:eu-west-1:123456789012:stateMachine:kyc',
  WITHDRAWAL_STATE_MACHINE_ARN: 'arn:aws:states:eu-west-1:123456789012:stateMachine:withdrawal',
  SENDER_ADDRESS: 'support@example.com',
  SENDER_NAME: 'Ticketflow',
  PORTAL_URL: 'https://support.example.com',
  EMAIL_CONFIGURATION_SET: 'ticketflow',
  ALERT_TOPIC_ARN: 'arn:aws:sns:eu-west-1:123456789012:alerts',
  PADDLE_API_URL: 'https://api.paddle.example',
  COINPAYMENTS_API_URL: 'https://coinpayments.example',
  COINPAYMENTS_MERCHANT_ID: 'merchant',
  J2TX_API_URL: 'https://j2tx.example',
  PROVIDER_SECRETS_ID: 'ticketflow/providers',
};

// Runs in the fresh process: times the import only, not Node's own start.
const importTimer = `
const cpu = process.cpuUsage();
const started = performance.now();
const module = await import(process.argv[1]);
const wallMs = performance.now() - started;
const used = process.cpuUsage(cpu);
if (typeof module.handler !== 'function') throw new Error('The bundle exports no handler');
console.log(JSON.stringify({ cpuMs: (used.user + used.system) / 1000, wallMs }));
`;

interface Bundle {
  readonly name: string;
  readonly file: string;
  readonly bytes: number;
  readonly nodeOptions: string;
  readonly metafile: Metafile;
  readonly cpuMs: number[];
  readonly wallMs: number[];
}

const workDir = mkdtempSync(join(tmpdir(), 'ticketflow-bench-cold-'));

/** Builds one bundle from an entry file or, for the references, from source resolved at the repository root. */
async function bundle(name: string, entry: string | { source: string }, options: BuildOptions, nodeOptions: string): Promise<Bundle> {
  const file = join(workDir, name, 'index.mjs');
  const input: BuildOptions =
    typeof entry === 'string' ? { entryPoints: [entry] } : { stdin: { contents: entry.source, loader: 'ts', resolveDir: repositoryRoot, sourcefile: `${name}.ts` } };
  const result = await build({ ...options, ...input, outfile: file, metafile: true, logLevel: 'warning', absWorkingDir: repositoryRoot });
  return { name, file, bytes: statSync(file).size, nodeOptions, metafile: result.metafile, cpuMs: [], wallMs: [] };
}

function importOnce(target: Bundle): void {
  const child = spawnSync(process.execPath, ['--input-type=module', '--eval', importTimer, pathToFileURL(target.file).href], {
    env: { ...coldStartEnvironment, NODE_OPTIONS: target.nodeOptions },
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`Importing ${target.name} failed:\n${child.stderr}`);
  const { cpuMs, wallMs } = JSON.parse(child.stdout.trim().split('\n').pop() ?? '') as { cpuMs: number; wallMs: number };
  target.cpuMs.push(cpuMs);
  target.wallMs.push(wallMs);
}

function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

/** The packages (or our own folders) that weigh most in a bundle, by bytes in its output. */
function heaviestInputs(metafile: Metafile, count: number): string {
  const totals = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [path, input] of Object.entries(output.inputs)) {
      const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
      const key = inPackage?.[1] ?? path.split('/').slice(0, 2).join('/');
      totals.set(key, (totals.get(key) ?? 0) + input.bytesInOutput);
    }
  }
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, bytes]) => `${key} ${(bytes / 1000).toFixed(0)} kB`)
    .join(', ');
}

try {
  const anchor = await bundle('anchor', { source: anchorSource }, anchorOptions, '');
  const empty = await bundle('empty', { source: emptySource }, functionBuildOptions(), functionNodeOptions);
  const functions: Bundle[] = [];
  for (const [name, spec] of Object.entries(system.functions)) {
    if (only && !only.has(name)) continue;
    functions.push(await bundle(name, join(repositoryRoot, spec.entry), functionBuildOptions(), functionNodeOptions));
  }
  const all = [anchor, empty, ...functions];
  console.log(`Importing ${all.length} bundles ${runs} times each in fresh ${process.version} processes (functions with NODE_OPTIONS="${functionNodeOptions}")...`);
  for (let run = 0; run < runs; run++) for (const target of all) importOnce(target);

  const anchorCpu = median(anchor.cpuMs);
  const width = Math.max(...all.map((target) => target.name.length));
  console.log(`\n${'bundle'.padEnd(width)}  ${'bytes'.padStart(9)}  ${'cpu ms'.padStart(7)}  ${'wall ms'.padStart(7)}  ${'x anchor'.padStart(8)}  size<=450kB  cpu<=0.9x`);
  for (const target of all) {
    const cpu = median(target.cpuMs);
    const ratio = cpu / anchorCpu;
    const isFunction = functions.includes(target);
    const verdicts = isFunction ? `${(target.bytes <= maxBytes ? 'pass' : 'FAIL').padEnd(11)}  ${ratio <= maxCpuRatio ? 'pass' : 'FAIL'}` : '';
    console.log(
      `${target.name.padEnd(width)}  ${String(target.bytes).padStart(9)}  ${cpu.toFixed(1).padStart(7)}  ${median(target.wallMs).toFixed(1).padStart(7)}  ${ratio.toFixed(2).padStart(8)}  ${verdicts}`,
    );
    if (values.inputs) console.log(`${' '.repeat(width)}  ${heaviestInputs(target.metafile, 8)}`);
  }
  const failing = functions.filter((target) => target.bytes > maxBytes || median(target.cpuMs) / anchorCpu > maxCpuRatio);
  console.log(`\n${functions.length - failing.length} of ${functions.length} functions meet both goals${failing.length ? `; not: ${failing.map((target) => target.name).join(', ')}` : ''}.`);
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
