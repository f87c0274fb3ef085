// Imports here are kept to Node's built-ins and small local modules: the JVM of DynamoDB Local,
// the slowest part, is launched before the rest of the local cloud is loaded (see main).
import { renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { SystemSpec } from '../system';
import type { LocalCloud } from './cloud';
import { commandStartedAt } from './command-start';
import { readLocalConfig } from './config';
import { startDynamoDb, type LocalDynamoDb } from './dynamodb';

const startedAt = commandStartedAt();

const usage = `Usage: npm start [-- options]

Runs Ticketflow's local cloud on 127.0.0.1: DynamoDB Local, SES, SQS and SNS, S3 with the local scanner, Step Functions, the
API gateway with its JWT authorizer, the identity provider and the stream poller. Ctrl-C (or SIGTERM,
or the end of the process that started it) stops everything.

Options:
  --data-dir DIR   keep DynamoDB's data in DIR across restarts (default: in memory)
  --fixtures       also load the test fixtures (example functions, routes and state machines)
  --help           show this text

Ports (environment): TICKETFLOW_API_PORT (3000), TICKETFLOW_DYNAMODB_PORT (8000),
TICKETFLOW_SES_PORT (8005), TICKETFLOW_STEPFUNCTIONS_PORT (8083), TICKETFLOW_IDENTITY_PORT (8090),
TICKETFLOW_QUEUES_PORT (8091), TICKETFLOW_SECRETS_PORT (8092), TICKETFLOW_FILES_PORT (8093).
`;

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// npm forwards the terminal's Ctrl-C to its script, which the terminal has already signalled:
// one press arrives twice. Only a signal this long after the first one means "stop waiting".
const repeatedSignalMs = 1000;
// How often the cloud checks that the process that started it is still there.
const parentCheckMs = 250;
// Only catches a stop that hangs; exiting then still takes the JVM along (see dynamodb.ts).
const stopDeadlineMs = 30_000;

async function chooseSystem(withFixtures: boolean): Promise<SystemSpec> {
  const { system } = await import('../system');
  if (!withFixtures) return system;
  const fixtures = await import('../../test/fixtures/system');
  return fixtures.withFixtures(system);
}

/**
 * Stops the cloud once, on a signal or when the parent process goes away (a test runner killed,
 * a terminal closed): nothing of the cloud may outlive what started it.
 */
function stopOnEnd(running: { cloud?: LocalCloud; dynamodb?: Promise<LocalDynamoDb> }): { readonly stopping: boolean } {
  const state = { stopping: false };
  let firstAt = 0;
  const shutdown = async (reason: string, canForce: boolean) => {
    if (state.stopping) {
      if (!canForce || Date.now() - firstAt < repeatedSignalMs) return;
      console.log(`\n${reason} again: exiting now.`);
      process.exit(1);
    }
    state.stopping = true;
    firstAt = Date.now();
    setTimeout(() => {
      console.error(`Stopping took more than ${stopDeadlineMs / 1000} s: exiting now.`);
      process.exit(1);
    }, stopDeadlineMs).unref();
    console.log(`\n${reason}: stopping the local cloud...`);
    try {
      if (running.cloud) await running.cloud.stop();
      else await (await running.dynamodb?.catch(() => undefined))?.stop();
      console.log('Stopped.');
    } catch (error) {
      console.error(`Error while stopping: ${String(error)}`);
    }
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(signal, true));
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void shutdown(`The process that started the local cloud (${parent}) has ended`, false);
  }, parentCheckMs).unref();
  // A closed terminal or pipe must stop the cloud, not crash it half-stopped.
  for (const stream of [process.stdout, process.stderr]) stream.on('error', () => void shutdown('Output closed', false));
  return state;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { 'data-dir': { type: 'string' }, fixtures: { type: 'boolean' }, help: { type: 'boolean' } },
  });
  if (values.help) {
    process.stdout.write(usage);
    return;
  }
  const config = readLocalConfig({ ...process.env, ...(values['data-dir'] ? { TICKETFLOW_DATA_DIR: values['data-dir'] } : {}) });
  running.dynamodb = startDynamoDb({ host: config.host, port: config.ports.dynamodb, dataDir: config.dataDir });
  // Settled by startLocalCloud; this only keeps an early failure from being reported as unhandled.
  running.dynamodb.catch(() => undefined);

  const [{ startLocalCloud }, { describeCloud }, system] = await Promise.all([
    import('./cloud'),
    import('./describe'),
    chooseSystem(values.fixtures ?? false),
  ]);
  const log = (line: string) => console.log(`[local] ${line}`);
  const cloud = await startLocalCloud({ system, config, rootDir, log, dynamodb: running.dynamodb });
  running.cloud = cloud;
  if (end.stopping) return;
  const endpointsFile = process.env['TICKETFLOW_ENDPOINTS_FILE'];
  if (endpointsFile) {
    // Whoever waits for the file must never read it half written.
    writeFileSync(`${endpointsFile}.partial`, JSON.stringify(cloud.endpoints));
    renameSync(`${endpointsFile}.partial`, endpointsFile);
  }
  console.log(describeCloud(cloud, { seconds: (Date.now() - startedAt) / 1000, dataDir: config.dataDir }));
}

const running: { cloud?: LocalCloud; dynamodb?: Promise<LocalDynamoDb> } = {};
const end = stopOnEnd(running);
main().catch((error: unknown) => {
  // Stopping during the start makes the start fail; that is not worth reporting.
  if (end.stopping) return;
  console.error(`The local cloud could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
