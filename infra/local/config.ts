import type { Wording } from '../../functions/domain/catalog';
import { localClockSettings, localWording } from './environment';
/** Where each local service listens, and the fixed settings of the local cloud. */
export interface LocalConfig {
  readonly host: string;
  readonly region: string;
  readonly ports: {
    readonly api: number;
    readonly dynamodb: number;
    readonly ses: number;
    readonly stepFunctions: number;
    readonly identity: number;
    /** fauxqs: SQS and SNS (the on-failure queues and the support team's alert topic). */
    readonly queues: number;
    /** Secrets Manager, holding the provider secret (the fake providers' ports: see test/fakes). */
    readonly secrets: number;
    /** S3 (the local S3 front before fauxqs): the files bucket of attachments. */
    readonly files: number;
    /** The web app (customer portal), built from web/. */
    readonly web: number;
  };
  /** A folder to keep DynamoDB's data in across restarts; in memory when absent. */
  readonly dataDir: string | undefined;
  /** Where the local identity provider keeps its signing key. */
  readonly identityDir: string;
  /** Front-end origins the local API answers CORS for: the web app's own and TICKETFLOW_CORS_ORIGINS. */
  readonly corsOrigins: readonly string[];
  /** Where emails link to (TICKETFLOW_PORTAL_URL): the local web app unless set. */
  readonly portalUrl: string;
  /** Most sandboxes each function may have at once (TICKETFLOW_FUNCTION_CONCURRENCY). */
  readonly functionConcurrency: number;
  /** The platform's words (TICKETFLOW_PLATFORM_NAME, TICKETFLOW_STATUS_WORDING). */
  readonly wording: Wording;
  /** The clock's settings as TICKETFLOW_CLOCK gives them (JSON, checked), like the CDK context `clock`; undefined for the defaults. */
  readonly clock: unknown;
}

/**
 * Sandboxes per function when TICKETFLOW_FUNCTION_CONCURRENCY is not set: twice the cores of a
 * 2-core laptop, so one invocation's wait on DynamoDB or a provider overlaps another's work.
 * Invocations past it wait for a free sandbox, and that wait does not count against the
 * function's timeout, so a burst of any size is answered. More sandboxes would not answer it
 * sooner on 2 cores (the CPU is the bottleneck), but would slice the CPU thinner per invocation,
 * which on a busy machine pushed some past their timeout, and each costs a cold start and memory.
 */
export const defaultFunctionConcurrency = 4;

/** The endpoints of a running local cloud, as printed by `npm start` and handed to tests. */
export interface LocalEndpoints {
  readonly region: string;
  readonly api: string;
  readonly dynamodb: string;
  readonly ses: string;
  readonly stepFunctions: string;
  readonly identity: string;
  /** The web app (customer portal), and the portal URL emails link to. */
  readonly web: string;
  /** SQS and SNS (fauxqs): the stream consumers' on-failure queues and the alert topic. */
  readonly queues: string;
  /** Secrets Manager and the fake Paddle, CoinPayments and J2TX (drive them with test/fakes' remoteFake). */
  readonly providers: { readonly secretsManager: string; readonly paddle: string; readonly coinpayments: string; readonly j2tx: string };
  /** The issuer and audience tokens must carry for the local JWT authorizer. */
  readonly issuer: string;
  readonly audience: string;
  /** The folder holding the identity provider's signing key, for minting tokens in tests. */
  readonly identityDir: string;
  readonly tableName: string;
  /** S3 (path-style; presigned links are checked) and the files bucket of attachments. */
  readonly files: string;
  readonly filesBucket: string;
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number of 1 or more, not "${raw}"`);
  return value;
}

function port(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    throw new Error(`${name} must be a port number (1-65535), not "${raw}"`);
  }
  return value;
}

/**
 * Reads the local cloud's settings from the environment (TICKETFLOW_*_PORT, TICKETFLOW_DATA_DIR, TICKETFLOW_PORTAL_URL,
 * TICKETFLOW_FUNCTION_CONCURRENCY, ...).
 * @throws Error naming the variable when a port is not a port number, the concurrency not a
 * whole number of 1 or more, the wording names a type or status the catalogue does not have, or
 * TICKETFLOW_CLOCK is not clock settings (naming the setting).
 */
export function readLocalConfig(env: NodeJS.ProcessEnv = process.env): LocalConfig {
  const host = '127.0.0.1';
  const webPort = port(env, 'TICKETFLOW_WEB_PORT', 5173);
  const webOrigins = [`http://${host}:${webPort}`, `http://localhost:${webPort}`];
  const extraOrigins = (env['TICKETFLOW_CORS_ORIGINS'] ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  return {
    host,
    region: env['TICKETFLOW_REGION'] || 'us-east-1',
    ports: {
      api: port(env, 'TICKETFLOW_API_PORT', 3000),
      dynamodb: port(env, 'TICKETFLOW_DYNAMODB_PORT', 8000),
      ses: port(env, 'TICKETFLOW_SES_PORT', 8005),
      stepFunctions: port(env, 'TICKETFLOW_STEPFUNCTIONS_PORT', 8083),
      identity: port(env, 'TICKETFLOW_IDENTITY_PORT', 8090),
      queues: port(env, 'TICKETFLOW_QUEUES_PORT', 8091),
      secrets: port(env, 'TICKETFLOW_SECRETS_PORT', 8092),
      files: port(env, 'TICKETFLOW_FILES_PORT', 8093),
      web: webPort,
    },
    dataDir: env['TICKETFLOW_DATA_DIR'] || undefined,
    identityDir: env['TICKETFLOW_IDENTITY_DIR'] || '.local/identity',
    corsOrigins: [...new Set([...webOrigins, ...extraOrigins])],
    portalUrl: env['TICKETFLOW_PORTAL_URL'] || `http://${host}:${webPort}`,
    functionConcurrency: positiveInteger(env, 'TICKETFLOW_FUNCTION_CONCURRENCY', defaultFunctionConcurrency),
    wording: localWording(env),
    clock: localClockSettings(env),
  };
}
