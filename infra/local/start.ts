import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { system as productSystem, type SystemSpec } from '../system';
import { startLocalCloud, type LocalCloud } from './cloud';
import { readLocalConfig } from './config';
import { describeCloud } from './describe';

const usage = `Usage: npm start [-- options]

Runs Ticketflow's local cloud on 127.0.0.1: DynamoDB Local, SES, SQS and SNS, Step Functions, the
API gateway with its JWT authorizer, the identity provider and the stream poller. Ctrl-C stops everything.

Options:
  --data-dir DIR   keep DynamoDB's data in DIR across restarts (default: in memory)
  --fixtures       also load the test fixtures (example functions, routes and state machines)
  --help           show this text

Ports (environment): TICKETFLOW_API_PORT (3000), TICKETFLOW_DYNAMODB_PORT (8000),
TICKETFLOW_SES_PORT (8005), TICKETFLOW_STEPFUNCTIONS_PORT (8083), TICKETFLOW_IDENTITY_PORT (8090),
TICKETFLOW_QUEUES_PORT (8091).
`;

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function chooseSystem(withFixtures: boolean): Promise<SystemSpec> {
  if (!withFixtures) return productSystem;
  const fixtures = await import('../../test/fixtures/system');
  return fixtures.withFixtures(productSystem);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { 'data-dir': { type: 'string' }, fixtures: { type: 'boolean' }, help: { type: 'boolean' } },
  });
  if (values.help) {
    process.stdout.write(usage);
    return;
  }
  const startedAt = Date.now();
  const config = readLocalConfig({ ...process.env, ...(values['data-dir'] ? { TICKETFLOW_DATA_DIR: values['data-dir'] } : {}) });
  const log = (line: string) => console.log(`[local] ${line}`);
  const system = await chooseSystem(values.fixtures ?? false);

  const running: { cloud?: LocalCloud } = {};
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) {
      console.log(`\n${signal} again: exiting now.`);
      process.exit(1);
    }
    stopping = true;
    console.log(`\n${signal}: stopping the local cloud...`);
    await running.cloud?.stop();
    console.log('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  const cloud = await startLocalCloud({ system, config, rootDir, log });
  running.cloud = cloud;
  if (stopping) return;
  const endpointsFile = process.env['TICKETFLOW_ENDPOINTS_FILE'];
  if (endpointsFile) writeFileSync(endpointsFile, JSON.stringify(cloud.endpoints));
  console.log(describeCloud(cloud, { seconds: (Date.now() - startedAt) / 1000, dataDir: config.dataDir }));
}

main().catch((error: unknown) => {
  console.error(`The local cloud could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
