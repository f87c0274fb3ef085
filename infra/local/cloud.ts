import type { SystemSpec } from '../system';
import { checkSystem } from '../system';
import type { LocalConfig, LocalEndpoints } from './config';
import { FunctionBundler } from './bundles';
import { startDynamoDb, type LocalDynamoDb } from './dynamodb';
import { fileKeyPrefixes } from '../../functions/domain/attachment';
import { localBucketName, LocalScanner, scanResultEvent, startLocalFiles } from './files';
import { createTable } from './dynamodb-table';
import { localDeploymentConfig, localFunctionEnvironment } from './environment';
import { LocalFunctions } from './functions';
import { startApiGateway } from './gateway';
import { startIdentityProvider } from './identity';
import { startLocalProviders } from './providers';
import { emailConfigurationSetName, startQueues } from './queues';
import { startSchedules } from './schedules';
import { startSes } from './ses';
import { renderDefinition, startStepFunctions, stateMachineArn } from './stepfunctions';
import { startStreamPoller } from './streams';
import { startWebServer } from './web';
import { builtWebApp } from './web-build';

interface Stoppable {
  stop(): Promise<void>;
}

/** A running local cloud: its endpoints, and one call that stops every part of it. */
export interface LocalCloud {
  readonly endpoints: LocalEndpoints;
  readonly system: SystemSpec;
  stop(): Promise<void>;
}

/** The table's name in the local cloud (CloudFormation names it in AWS). */
export function localTableName(system: SystemSpec): string {
  return `${system.name}-${system.table.id}`.toLowerCase();
}

/**
 * Starts every local service for a system: DynamoDB Local with its table, SES, SQS and SNS
 * (fauxqs: on-failure queues, alert topic), S3 (the local S3 front before a fauxqs of its own, with
 * the files bucket) and the local scanner, the identity provider, the web app (built first when
 * web/ changed), the functions (bundled as for
 * Lambda on first use, run in pools of sandboxes), the Step Functions endpoint, the API gateway and the stream
 * poller, and the schedules (the clock's minute). If one part fails to start, the parts already started are stopped.
 * @throws Error from the part that failed.
 */
export async function startLocalCloud(options: {
  system: SystemSpec;
  config: LocalConfig;
  rootDir: string;
  log: (line: string) => void;
  /** DynamoDB Local already starting (`npm start` launches its JVM first, the slowest part); started here otherwise. */
  dynamodb?: Promise<LocalDynamoDb>;
}): Promise<LocalCloud> {
  const { system, config, rootDir, log } = options;
  checkSystem(system);
  const { host, region, ports } = config;
  const started: Stoppable[] = [];
  const stopAll = async () => {
    for (const part of started.reverse()) {
      try {
        await part.stop();
      } catch (error) {
        log(`error while stopping: ${String(error)}`);
      }
    }
    started.length = 0;
  };
  const url = (port: number) => `http://${host}:${port}`;

  try {
    const tableName = localTableName(system);
    const filesBucket = localBucketName(system);
    // Told of written attachments from the start; scans them once the functions exist.
    const scanning: { scanner?: LocalScanner } = {};
    const [bundler, dynamodb, ses, identity, queues, providers, files, webApp] = await Promise.all([
      FunctionBundler.create(
        Object.fromEntries(Object.entries(system.functions).map(([name, spec]) => [name, spec.entry])),
        rootDir,
        log,
      ).then((part) => {
        started.push({ stop: () => part.remove() });
        log(`function bundles (each built on its first invocation) go to ${part.directory}`);
        return part;
      }),
      (options.dynamodb ?? startDynamoDb({ host, port: ports.dynamodb, dataDir: config.dataDir })).then((part) => (started.push(part), part)),
      startSes({ host, port: ports.ses }).then((part) => (started.push(part), part)),
      startIdentityProvider({ host, port: ports.identity, keyDir: config.identityDir, allowedOrigins: config.corsOrigins }).then(
        (part) => (started.push(part), part),
      ),
      startQueues({
        host,
        port: ports.queues,
        region,
        systemName: system.name,
        consumers: system.streamConsumers.map((consumer) => consumer.function),
        // Read when a batch is given up on, long after the functions exist.
        functionArnOf: (name): string => functions.arnOf(name),
      }).then((part) => (started.push(part), part)),
      startLocalProviders({ host, region, secretsPort: ports.secrets, apiEndpoint: url(ports.api) }).then((part) => (started.push(part), part)),
      startLocalFiles({
        host,
        port: ports.files,
        region,
        bucket: filesBucket,
        cors: { ...system.files.cors, allowOrigins: config.corsOrigins },
        onAttachmentWritten: (key) => scanning.scanner?.notice(key),
      }).then((part) => (started.push(part), part)),
      builtWebApp(rootDir, log),
    ]);
    const table = await createTable({ endpoint: dynamodb.endpoint, region, tableName, table: system.table });

    const environmentContext = {
      region,
      tableName,
      endpoints: { dynamodb: dynamodb.endpoint, ses: ses.endpoint, stepFunctions: url(ports.stepFunctions), queues: queues.endpoint, files: files.endpoint },
      filesBucket,
      emailConfigurationSet: emailConfigurationSetName(system.name),
      alertTopicArn: queues.alertTopicArn,
      providers: providers.environment,
      ratingLinks: providers.ratingLinks,
      apiUrl: url(ports.api),
      stateMachineArnOf: (name: string) => stateMachineArn(region, name),
      config: { ...localDeploymentConfig(), portalUrl: config.portalUrl },
      wording: config.wording,
      clock: config.clock,
    };
    const functions = new LocalFunctions(
      Object.fromEntries(
        Object.entries(system.functions).map(([name, spec]) => [
          name,
          {
            bundle: () => bundler.bundleOf(name),
            environment: localFunctionEnvironment(name, spec, environmentContext),
            timeoutSeconds: spec.timeoutSeconds ?? 10,
            memoryMb: spec.memoryMb ?? 512,
          },
        ]),
      ),
      { region, concurrency: config.functionConcurrency },
    );
    started.push({ stop: () => functions.close() });

    // GuardDuty's part: scans what is written under attachments/ and reports to the scan-result
    // function as EventBridge would (an invocation whose error counts as a failed delivery).
    const activeScanner = new LocalScanner(fileKeyPrefixes.attachments, {
      read: (key) => files.readObject(key),
      tag: (key, result) => files.tagScanResult(key, result),
      report: async (key, eTag, result) => {
        const event = scanResultEvent({ region, account: '000000000000', bucket: filesBucket, key, eTag, result, at: new Date() });
        const outcome = await functions.invoke(system.files.scanResultFunction, event);
        if (!outcome.ok) throw new Error(`${outcome.error.errorType}: ${outcome.error.errorMessage}`);
      },
      log,
    });
    scanning.scanner = activeScanner;
    started.push({ stop: () => activeScanner.stop() });

    const stateMachines = Object.fromEntries(
      Object.entries(system.stateMachines).map(([name, spec]) => [
        name,
        { definition: renderDefinition(rootDir, spec, (fn) => functions.arnOf(fn)), type: spec.type },
      ]),
    );
    const stepFunctions = await startStepFunctions({ host, port: ports.stepFunctions, region, functions, stateMachines });
    started.push(stepFunctions);

    const api = await startApiGateway({
      host,
      port: ports.api,
      region,
      routes: system.routes,
      functions,
      authorizer: { issuer: identity.issuer, audience: identity.audience },
      ...(config.corsOrigins.length > 0 ? { cors: { ...system.cors, allowOrigins: config.corsOrigins } } : {}),
    });
    started.push(api);

    const web = await startWebServer({
      host,
      port: ports.web,
      distDir: webApp,
      // The identity provider's origin plays the user pool's hosted domain.
      config: { apiUrl: api.endpoint, auth: { domain: identity.endpoint, clientId: identity.audience } },
      uploadOrigins: [files.endpoint],
    });
    started.push(web);

    const streams = await startStreamPoller({
      dynamodbEndpoint: dynamodb.endpoint,
      region,
      tableName,
      consumers: system.streamConsumers,
      functions,
      // A table kept in a data folder already has a stream history: replaying it would deliver
      // every old change again, so consumers start at its end, as a new mapping does in AWS.
      startingPosition: table === 'existed' ? 'LATEST' : 'TRIM_HORIZON',
      onFailure: (failure) => queues.sendStreamFailure(failure),
      log,
    });
    started.push(streams);

    started.push(startSchedules({ schedules: system.schedules, functions, region, log }));

    return {
      system,
      endpoints: {
        region,
        api: api.endpoint,
        dynamodb: dynamodb.endpoint,
        ses: ses.endpoint,
        stepFunctions: stepFunctions.endpoint,
        identity: identity.endpoint,
        web: web.endpoint,
        queues: queues.endpoint,
        providers: { secretsManager: providers.secretsManager, paddle: providers.paddle, coinpayments: providers.coinpayments, j2tx: providers.j2tx },
        issuer: identity.issuer,
        audience: identity.audience,
        identityDir: config.identityDir,
        tableName,
        files: files.endpoint,
        filesBucket,
      },
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
