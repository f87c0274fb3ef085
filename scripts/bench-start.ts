/**
 * `npm run bench:start [-- --runs N]`: how long `npm start` takes to be ready, as its user waits
 * for it: the wall time from spawning `npm start` to its ready line, on free ports, N times. Beside
 * it, measured in the same run and interleaved with it, two anchors: `npm start -- --help` (npm,
 * the Node check and loading the start script, the floor of any `npm start`) and DynamoDB Local's
 * JVM alone, from spawn to its first answer (the slowest part of the cloud). Each cloud is stopped
 * with Ctrl-C's signal before the next starts. It prints the figures; it asserts nothing.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startDynamoDb } from '../infra/local/dynamodb';
import { cloudEnvironment, freePort } from '../test/support/local-cloud-process';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Math.min(Math.max(Number(values.runs) || 5, 1), 50);
const rootDir = path.resolve(import.meta.dirname, '..');
// Only catches a hang.
const hangMs = 180_000;

interface Timed {
  readonly wallMs: number;
  /** What the command itself printed, when it prints a time. */
  readonly printedMs?: number;
}

/** Runs `npm <args>` as a shell job (its own process group) until `done` matches its output; then ends the job with Ctrl-C's signal. */
async function timeNpm(args: string[], env: NodeJS.ProcessEnv, done: RegExp): Promise<Timed> {
  const started = performance.now();
  const child = spawn('npm', args, { cwd: rootDir, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const match = await new Promise<RegExpMatchArray>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm ${args.join(' ')}: no ${done} within ${hangMs / 1000} s:\n${output}`)), hangMs);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const found = output.match(done);
      if (found) {
        clearTimeout(timer);
        resolve(found);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => {
      const found = output.match(done);
      if (found) resolve(found);
      else reject(new Error(`npm ${args.join(' ')} exited with ${code}:\n${output}`));
    });
  });
  const wallMs = performance.now() - started;
  try {
    if (child.exitCode === null) process.kill(-(child.pid as number), 'SIGINT');
  } catch {
    // already gone
  }
  await exited;
  return { wallMs, ...(match[1] ? { printedMs: Number(match[1]) * 1000 } : {}) };
}

async function timeJvm(): Promise<Timed> {
  const started = performance.now();
  const dynamodb = await startDynamoDb({ host: '127.0.0.1', port: await freePort(), dataDir: undefined });
  const wallMs = performance.now() - started;
  await dynamodb.stop();
  return { wallMs };
}

function summary(label: string, samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`.padStart(8);
  return `${label.padEnd(52)} min ${seconds(sorted[0]!)}  median ${seconds(median)}  max ${seconds(sorted.at(-1)!)}`;
}

const help: Timed[] = [];
const jvm: Timed[] = [];
const start: Timed[] = [];
const loadBefore = loadavg()[0]!;
for (let run = 1; run <= runs; run++) {
  help.push(await timeNpm(['start', '--', '--help'], process.env, /Usage: npm start/));
  jvm.push(await timeJvm());
  const { env, workDir } = await cloudEnvironment();
  start.push(await timeNpm(['start'], env, /local cloud is ready \((\d+\.\d) s\)/));
  rmSync(workDir, { recursive: true, force: true });
  process.stderr.write(`run ${run}/${runs}: npm start ready after ${(start.at(-1)!.wallMs / 1000).toFixed(2)} s\n`);
}
console.log(`npm start on ${cpus().length} cores, load average ${loadBefore.toFixed(2)} before, ${loadavg()[0]!.toFixed(2)} after; ${runs} runs each, interleaved`);
console.log(summary('npm start: spawn to ready line (wall)', start.map((timed) => timed.wallMs)));
console.log(summary('npm start: the time its ready line prints', start.map((timed) => timed.printedMs ?? NaN)));
console.log(summary('anchor: npm start -- --help (wall)', help.map((timed) => timed.wallMs)));
console.log(summary('anchor: DynamoDB Local JVM alone, to first answer', jvm.map((timed) => timed.wallMs)));
