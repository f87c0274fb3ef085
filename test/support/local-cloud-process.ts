import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LocalEndpoints } from '../../infra/local/config';
import { testClockSettings, testDeploymentWordingEnv } from './test-deployment';

const rootDir = path.resolve(import.meta.dirname, '../..');

// Only catches a hang: a local cloud on a busy 2-core machine was seen to take 40 s.
const readyDeadlineMs = 180_000;

/**
 * The first port the kernel hands out to outgoing connections (ip_local_port_range): a port taken
 * from that range by listen(0) can be taken again as the local port of a connection before the
 * cloud binds it, which was seen when two test suites ran side by side.
 */
function ephemeralPortsStart(): number {
  try {
    const [low] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
    return low !== undefined && Number.isInteger(low) && low > 11_000 ? low : 32_768;
  } catch {
    return 32_768;
  }
}

const lowestPort = 10_000;

function listensOn(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    // Every interface, as DynamoDB Local binds.
    server.listen(port, '0.0.0.0', () => server.close(() => resolve(true)));
  });
}

/**
 * A port nobody listens on right now, below the range of ports the kernel gives outgoing
 * connections, drawn at random so that test runs side by side rarely pick the same.
 */
export async function freePort(): Promise<number> {
  const highest = ephemeralPortsStart() - 1;
  for (;;) {
    const port = lowestPort + Math.floor(Math.random() * (highest - lowestPort + 1));
    // A port handed out a moment ago may not be bound yet: never hand it out twice.
    if (!handedOut.has(port) && (await listensOn(port))) {
      handedOut.add(port);
      return port;
    }
  }
}

const handedOut = new Set<number>();

/** Whether a cloud failed to start because one of its ports was taken after it was chosen. */
export function lostAPort(error: unknown): boolean {
  return /EADDRINUSE|Address already in use/.test(String(error));
}

/** The environment of a local cloud of its own: free ports, a fresh identity folder, where to write its endpoints. */
export interface CloudEnvironment {
  readonly env: NodeJS.ProcessEnv;
  readonly workDir: string;
  readonly endpointsFile: string;
  /** The clock settings it runs with (TICKETFLOW_CLOCK), made from when it starts (see testClockSettings). */
  readonly clock: ReturnType<typeof testClockSettings>;
}

/**
 * Picks free ports and a fresh work folder for one local cloud (`npm start` or the test harness),
 * which speaks the test platform's words and runs the test platform's clock (see ./test-deployment.ts).
 */
export async function cloudEnvironment(): Promise<CloudEnvironment> {
  const workDir = mkdtempSync(path.join(tmpdir(), 'ticketflow-cloud-'));
  const endpointsFile = path.join(workDir, 'endpoints.json');
  const names = ['API', 'DYNAMODB', 'SES', 'STEPFUNCTIONS', 'IDENTITY', 'QUEUES', 'SECRETS', 'FILES', 'PADDLE', 'COINPAYMENTS', 'J2TX', 'WEB'];
  const ports: Record<string, string> = {};
  for (const name of names) ports[`TICKETFLOW_${name}_PORT`] = String(await freePort());
  const clock = testClockSettings(new Date());
  return {
    workDir,
    endpointsFile,
    clock,
    env: { ...process.env, ...ports, ...testDeploymentWordingEnv, TICKETFLOW_CLOCK: JSON.stringify(clock), TICKETFLOW_IDENTITY_DIR: path.join(workDir, 'identity'), TICKETFLOW_ENDPOINTS_FILE: endpointsFile },
  };
}

/**
 * Waits until a local cloud has written its endpoints (it does so when ready).
 * @throws Error with the output when `child` exits first or the cloud takes longer than a hang would.
 */
export async function waitForEndpoints(endpointsFile: string, child: ChildProcess, output: () => string): Promise<LocalEndpoints> {
  const deadline = Date.now() + readyDeadlineMs;
  while (!existsSync(endpointsFile)) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The local cloud exited with ${child.exitCode ?? child.signalCode}:\n${output()}`);
    }
    if (Date.now() > deadline) throw new Error(`The local cloud was not ready within ${readyDeadlineMs / 1000} s:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return JSON.parse(readFileSync(endpointsFile, 'utf8')) as LocalEndpoints;
}

/** A local cloud started as `npm start` starts it, in a child process, on free ports. */
export interface LocalCloudProcess {
  readonly endpoints: LocalEndpoints;
  readonly child: ChildProcess;
  readonly output: () => string;
  /** The clock settings it runs with. */
  readonly clock: CloudEnvironment['clock'];
  /** Sends SIGTERM and waits for the process to exit; returns its exit code. */
  stop(): Promise<number | null>;
}

function signalGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  try {
    if (pid !== undefined) process.kill(-pid, signal);
  } catch {
    // the group is gone
  }
}

/**
 * Starts `node --import tsx infra/local/start.ts --fixtures` on free ports with a fresh identity
 * folder, as the leader of its own process group, and waits until it has written its endpoints.
 * The cloud stops by itself when this process ends, however it ends (it watches its parent);
 * this process also signals it on exit, and its group once it has exited, as a second line.
 * @throws Error with the process output when it exits first or hangs.
 */
export async function startLocalCloudProcess(): Promise<LocalCloudProcess> {
  // Another program may bind one of the chosen ports before the cloud does: choose again.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnFreePorts();
    } catch (error) {
      if (attempt >= 3 || !lostAPort(error)) throw error;
    }
  }
}

async function startOnFreePorts(): Promise<LocalCloudProcess> {
  const { env, workDir, endpointsFile, clock } = await cloudEnvironment();
  // One process, no tsx CLI in between: a signal to it reaches the cloud itself. Its own group,
  // so that the cloud and what it started can be told apart from the test run and signalled together.
  const child = spawn(process.execPath, ['--import', 'tsx', 'infra/local/start.ts', '--fixtures'], {
    cwd: rootDir,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stopOnExit = () => signalGroup(child.pid, 'SIGTERM');
  process.once('exit', stopOnExit);
  let output = '';
  // TICKETFLOW_CLOUD_LOG=1 shows the cloud's output as it comes; any other value names a file for it.
  const logTo = process.env['TICKETFLOW_CLOUD_LOG'];
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    if (logTo === '1') process.stderr.write(chunk);
    else if (logTo) appendFileSync(logTo, chunk);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = async () => {
    process.removeListener('exit', stopOnExit);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const code = await exited;
    signalGroup(child.pid, 'SIGKILL');
    rmSync(workDir, { recursive: true, force: true });
    return code;
  };
  try {
    const endpoints = await waitForEndpoints(endpointsFile, child, () => output);
    return { endpoints, child, output: () => output, clock, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
