import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LocalEndpoints } from '../../infra/local/config';
import { cloudEnvironment, lostAPort, waitForEndpoints } from '../support/local-cloud-process';
import { environmentOf, listProcesses, processFamily, stillAlive, type ProcessInfo } from '../support/process-tree';

const rootDir = path.resolve(import.meta.dirname, '../..');
// Only catches a hang: starting and stopping a cloud on a busy 2-core machine takes tens of seconds.
const hangMs = 120_000;

function portAnswers(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port) });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

function urlsOf(endpoints: LocalEndpoints): string[] {
  const { api, dynamodb, ses, stepFunctions, identity, web, queues, files, providers } = endpoints;
  return [api, dynamodb, ses, stepFunctions, identity, web, queues, files, providers.secretsManager, providers.paddle, providers.coinpayments, providers.j2tx];
}

/** A command that runs a local cloud, as a shell job: the leader of its own process group. */
interface Launched {
  readonly child: ChildProcess;
  readonly output: () => string;
  /** The process groups seen to hold its processes, to clean up after a failed test. */
  readonly groups: Set<number>;
  /** The cloud's work folder (identity key, endpoints file), removed after the test. */
  readonly workDirs: Set<string>;
}

function launch(command: string, args: string[], env: NodeJS.ProcessEnv): Launched {
  const child = spawn(command, args, { cwd: rootDir, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output, groups: new Set([child.pid as number]), workDirs: new Set<string>() };
}

async function until<T>(what: string, check: () => T | undefined | Promise<T | undefined>, details: () => string): Promise<T> {
  const deadline = Date.now() + hangMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${hangMs / 1000} s\n${details()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A ready cloud somewhere under `launched`: its endpoints and every process and process group it is made of. */
interface RunningCloud {
  readonly endpoints: LocalEndpoints;
  readonly cloudPid: number;
  readonly processes: ProcessInfo[];
  readonly groups: Set<number>;
}

async function readyCloud(launched: Launched): Promise<RunningCloud> {
  const rootPid = launched.child.pid as number;
  const { cloud, endpointsFile } = await until(
    'the local cloud process appears',
    () => {
      if (launched.child.exitCode !== null) throw new Error(`exited with ${launched.child.exitCode}:\n${launched.output()}`);
      // The Node process running start.ts itself: not npm's shell, whose one script argument names
      // the file too, nor a child the cloud forked and that has not yet run its own program.
      const candidates = processFamily(rootPid).filter((info) => info.argv.includes('infra/local/start.ts'));
      const found = candidates.find((info) => !candidates.some((other) => other.pid === info.ppid));
      if (!found) return undefined;
      // Empty while the process is caught in the middle of exec: look again.
      const file = environmentOf(found.pid)['TICKETFLOW_ENDPOINTS_FILE'];
      return file === undefined ? undefined : { cloud: found, endpointsFile: file };
    },
    launched.output,
  );
  launched.groups.add(cloud.pgrp);
  launched.workDirs.add(path.dirname(endpointsFile));
  const endpoints = await waitForEndpoints(endpointsFile, launched.child, launched.output);
  const processes = [...new Map([...processFamily(rootPid), ...processFamily(cloud.pid)].map((info) => [info.pid, info])).values()];
  const groups = new Set(processes.map((info) => info.pgrp));
  for (const group of groups) launched.groups.add(group);
  return { endpoints, cloudPid: cloud.pid, processes, groups };
}

/** Waits until no process of the cloud is alive, nothing is left in its process groups and none of its ports accepts a connection. */
async function expectGone(cloud: RunningCloud, output: () => string): Promise<void> {
  const leftovers = async () => {
    const alive = [...stillAlive(cloud.processes), ...listProcesses().filter((info) => cloud.groups.has(info.pgrp))];
    const answering = (await Promise.all(urlsOf(cloud.endpoints).map(async (url) => ((await portAnswers(url)) ? url : undefined)))).filter(Boolean);
    return { alive: [...new Map(alive.map((info) => [info.pid, info.args.slice(0, 160)])).values()], answering };
  };
  let last = { alive: [] as string[], answering: [] as (string | undefined)[] };
  await until(
    'every process and port of the cloud released',
    async () => {
      last = await leftovers();
      return last.alive.length === 0 && last.answering.length === 0 ? true : undefined;
    },
    () => `still alive: ${JSON.stringify(last.alive, null, 1)}\nstill answering: ${last.answering.join(', ')}\n${output()}`,
  );
}

function signal(pid: number, name: NodeJS.Signals): void {
  process.kill(pid, name);
}

function cleanUp(launched: Launched): void {
  for (const group of launched.groups) {
    try {
      process.kill(-group, 'SIGKILL');
    } catch {
      // nothing left in it, as it should be
    }
  }
  for (const dir of launched.workDirs) rmSync(dir, { recursive: true, force: true });
}

/** Runs a test of a launched cloud; whatever the outcome, nothing it started is left running afterwards. */
async function withLaunched(launched: Launched, test: (launched: Launched) => Promise<void>): Promise<void> {
  try {
    await test(launched);
  } finally {
    cleanUp(launched);
  }
}

/**
 * Launches a cloud on free ports and waits until it is ready; when another program (a test run
 * beside this one) bound one of its ports first, it launches again on other ports.
 */
async function launchReady(start: (env: NodeJS.ProcessEnv) => Launched): Promise<{ launched: Launched; cloud: RunningCloud }> {
  for (let attempt = 1; ; attempt++) {
    const launched = start((await cloudEnvironment()).env);
    try {
      return { launched, cloud: await readyCloud(launched) };
    } catch (error) {
      cleanUp(launched);
      if (attempt >= 3 || !lostAPort(error)) throw error;
    }
  }
}

interface Way {
  readonly end: string;
  readonly kill: (launched: Launched, cloud: RunningCloud) => void;
  /** Whether the cloud itself gets to stop in order (and say so). */
  readonly stopsInOrder: boolean;
}

const npmStartEnds: Way[] = [
  { end: 'Ctrl-C (SIGINT to its process group)', kill: ({ child }) => signal(-(child.pid as number), 'SIGINT'), stopsInOrder: true },
  { end: 'SIGTERM to npm', kill: ({ child }) => signal(child.pid as number, 'SIGTERM'), stopsInOrder: true },
  { end: 'SIGKILL to npm alone', kill: ({ child }) => signal(child.pid as number, 'SIGKILL'), stopsInOrder: true },
  { end: 'SIGKILL to its whole process group', kill: ({ child }) => signal(-(child.pid as number), 'SIGKILL'), stopsInOrder: false },
];

const cloudProcessEnds: Way[] = [
  { end: 'SIGTERM to the cloud process', kill: (_, cloud) => signal(cloud.cloudPid, 'SIGTERM'), stopsInOrder: true },
  { end: 'SIGKILL to the cloud process alone', kill: (_, cloud) => signal(cloud.cloudPid, 'SIGKILL'), stopsInOrder: false },
];

const testRunEnds: Way[] = [
  { end: 'SIGKILL to the test runner', kill: ({ child }) => signal(child.pid as number, 'SIGKILL'), stopsInOrder: true },
  { end: "Ctrl-C (SIGINT to the test runner's process group)", kill: ({ child }) => signal(-(child.pid as number), 'SIGINT'), stopsInOrder: true },
];

describe('npm start', () => {
  it.each(npmStartEnds)('leaves no process and no open port after $end', { timeout: 4 * hangMs }, async (way) => {
    const started = await launchReady((env) => launch('npm', ['start'], env));
    await withLaunched(started.launched, async (launched) => {
      const { cloud } = started;
      await until('the ready line', () => (/is ready \(\d+\.\d s\)/.test(launched.output()) ? true : undefined), launched.output);
      for (const url of urlsOf(cloud.endpoints).slice(0, 6)) expect(launched.output()).toContain(url);
      for (const url of urlsOf(cloud.endpoints)) expect(await portAnswers(url)).toBe(true);
      expect(cloud.processes.some((info) => info.args.includes(`DynamoDBLocal.jar -port ${new URL(cloud.endpoints.dynamodb).port}`))).toBe(true);

      way.kill(launched, cloud);

      await expectGone(cloud, launched.output);
      if (way.stopsInOrder) expect(launched.output()).toContain('Stopped.');
    });
  });
});

describe("the test harness's local cloud", () => {
  it.each(cloudProcessEnds)('leaves no process and no open port after $end', { timeout: 4 * hangMs }, async (way) => {
    const started = await launchReady((env) => launch(process.execPath, ['--import', 'tsx', 'infra/local/start.ts', '--fixtures'], env));
    await withLaunched(started.launched, async (launched) => {
      const { cloud } = started;
      expect(cloud.processes.some((info) => info.args.includes('DynamoDBLocal.jar'))).toBe(true);

      way.kill(launched, cloud);

      await expectGone(cloud, launched.output);
      if (way.stopsInOrder) expect(launched.output()).toContain('Stopped.');
    });
  });

  it.each(testRunEnds)("is stopped by vitest's global setup after $end", { timeout: 4 * hangMs }, async (way) => {
    const vitest = path.join(rootDir, 'node_modules/vitest/vitest.mjs');
    await withLaunched(launch(process.execPath, [vitest, 'run', '--config', 'test/fixtures/test-run/vitest.config.ts'], process.env), async (launched) => {
      const cloud = await readyCloud(launched);
      expect(cloud.processes.some((info) => info.args.includes('DynamoDBLocal.jar'))).toBe(true);

      way.kill(launched, cloud);

      await expectGone(cloud, launched.output);
    });
  });
});
