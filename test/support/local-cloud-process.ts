import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LocalEndpoints } from '../../infra/local/config';

const rootDir = path.resolve(import.meta.dirname, '../..');

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** A local cloud started as `npm start` starts it, in a child process, on free ports. */
export interface LocalCloudProcess {
  readonly endpoints: LocalEndpoints;
  readonly child: ChildProcess;
  readonly output: () => string;
  /** Sends SIGTERM and waits for the process to exit; returns its exit code. */
  stop(): Promise<number | null>;
}

/**
 * Starts `tsx infra/local/start.ts --fixtures` on free ports with a fresh identity folder and
 * waits until it has written its endpoints.
 * @throws Error with the process output when it exits first or takes more than 60 s.
 */
export async function startLocalCloudProcess(): Promise<LocalCloudProcess> {
  const workDir = mkdtempSync(path.join(tmpdir(), 'ticketflow-cloud-'));
  const endpointsFile = path.join(workDir, 'endpoints.json');
  const env = {
    ...process.env,
    TICKETFLOW_API_PORT: String(await freePort()),
    TICKETFLOW_DYNAMODB_PORT: String(await freePort()),
    TICKETFLOW_SES_PORT: String(await freePort()),
    TICKETFLOW_STEPFUNCTIONS_PORT: String(await freePort()),
    TICKETFLOW_IDENTITY_PORT: String(await freePort()),
    TICKETFLOW_QUEUES_PORT: String(await freePort()),
    TICKETFLOW_SECRETS_PORT: String(await freePort()),
    TICKETFLOW_PADDLE_PORT: String(await freePort()),
    TICKETFLOW_COINPAYMENTS_PORT: String(await freePort()),
    TICKETFLOW_J2TX_PORT: String(await freePort()),
    TICKETFLOW_IDENTITY_DIR: path.join(workDir, 'identity'),
    TICKETFLOW_ENDPOINTS_FILE: endpointsFile,
  };
  const child = spawn(path.join(rootDir, 'node_modules/.bin/tsx'), ['infra/local/start.ts', '--fixtures'], {
    cwd: rootDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    if (process.env['TICKETFLOW_CLOUD_LOG']) process.stderr.write(chunk);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const deadline = Date.now() + 60_000;
  while (!existsSync(endpointsFile)) {
    if (child.exitCode !== null) throw new Error(`The local cloud exited with ${child.exitCode}:\n${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`The local cloud was not ready within 60 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const endpoints = JSON.parse(readFileSync(endpointsFile, 'utf8')) as LocalEndpoints;
  return {
    endpoints,
    child,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      const code = await exited;
      rmSync(workDir, { recursive: true, force: true });
      return code;
    },
  };
}
