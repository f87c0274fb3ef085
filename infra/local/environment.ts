import { resolveEnvironment, type ConfigKey, type EnvironmentTargets, type FunctionSpec } from '../system';
import { functionNodeOptions } from '../bundling';
import { localCredentials } from './credentials';
import type { Wording } from '../../functions/domain/catalog';
import { parseWording } from '../../functions/shared/wording';
import { parseClockSettings } from '../../functions/domain/clock/settings';

/** What the local cloud knows when it resolves a function's environment. */
export interface LocalEnvironmentContext extends EnvironmentTargets {
  readonly region: string;
  /** `queues` (SQS and SNS) is absent where a test runs functions without them. */
  readonly endpoints: { readonly dynamodb: string; readonly ses: string; readonly stepFunctions: string; readonly queues?: string; readonly files?: string };
  /** The files bucket's local name, where the local S3 runs. */
  readonly filesBucket?: string;
  /** The notification resources' local names (see infra/local/queues.ts), where they exist. */
  readonly emailConfigurationSet?: string;
  readonly alertTopicArn?: string;
  /** Where functions that call providers find them (see infra/local/providers.ts), where they run. */
  readonly providers?: Readonly<Record<string, string>>;
  /** Where functions that sign or check rating links find their key (see infra/local/providers.ts), where it is served. */
  readonly ratingLinks?: Readonly<Record<string, string>>;
}

/**
 * The environment a function sees locally: what Lambda sets (region, function name, initialization type), static
 * credentials, the SDK's `AWS_ENDPOINT_URL_*` variables pointing at the local services (the only
 * thing that differs from AWS; S3 also path-style, S3_FORCE_PATH_STYLE), TABLE_NAME when it uses
 * the table, FILES_BUCKET when it uses the files bucket, then its own variables.
 */
export function localFunctionEnvironment(name: string, spec: FunctionSpec, context: LocalEnvironmentContext): Record<string, string> {
  const own = resolveEnvironment(spec.environment, context);
  return {
    PATH: process.env['PATH'] ?? '',
    TZ: 'UTC',
    NODE_OPTIONS: functionNodeOptions,
    AWS_REGION: context.region,
    AWS_DEFAULT_REGION: context.region,
    AWS_ACCESS_KEY_ID: localCredentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: localCredentials.secretAccessKey,
    AWS_LAMBDA_FUNCTION_NAME: name,
    // What Lambda sets for an on-demand sandbox; Powertools reports cold starts only when it is set.
    AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
    AWS_ENDPOINT_URL_DYNAMODB: context.endpoints.dynamodb,
    AWS_ENDPOINT_URL_DYNAMODB_STREAMS: context.endpoints.dynamodb,
    AWS_ENDPOINT_URL_SES: context.endpoints.ses,
    AWS_ENDPOINT_URL_SESV2: context.endpoints.ses,
    AWS_ENDPOINT_URL_SFN: context.endpoints.stepFunctions,
    ...(context.endpoints.queues ? { AWS_ENDPOINT_URL_SQS: context.endpoints.queues, AWS_ENDPOINT_URL_SNS: context.endpoints.queues } : {}),
    ...(context.endpoints.files ? { AWS_ENDPOINT_URL_S3: context.endpoints.files, S3_FORCE_PATH_STYLE: 'true' } : {}),
    ...(spec.table === 'none' ? {} : { TABLE_NAME: context.tableName }),
    ...(spec.files?.length && context.filesBucket ? { FILES_BUCKET: context.filesBucket } : {}),
    ...(spec.sendsEmail && context.emailConfigurationSet ? { EMAIL_CONFIGURATION_SET: context.emailConfigurationSet } : {}),
    ...(spec.alertsTeam && context.alertTopicArn ? { ALERT_TOPIC_ARN: context.alertTopicArn } : {}),
    ...(spec.callsProviders && context.providers ? context.providers : {}),
    ...(spec.ratingLinks && context.ratingLinks ? context.ratingLinks : {}),
    ...own,
  };
}

/**
 * The deployment settings of the local cloud: TICKETFLOW_SENDER_ADDRESS, TICKETFLOW_SENDER_NAME and TICKETFLOW_PORTAL_URL,
 * or local defaults; the sender's name defaults to TICKETFLOW_PLATFORM_NAME, as a deployment's to its platformName.
 */
export function localDeploymentConfig(env: NodeJS.ProcessEnv = process.env): Readonly<Record<ConfigKey, string>> {
  return {
    senderAddress: env['TICKETFLOW_SENDER_ADDRESS'] || 'support@ticketflow.local',
    senderName: env['TICKETFLOW_SENDER_NAME'] || env['TICKETFLOW_PLATFORM_NAME'] || 'Ticketflow',
    portalUrl: env['TICKETFLOW_PORTAL_URL'] || 'http://127.0.0.1:5173',
  };
}

/**
 * The local cloud's wording: TICKETFLOW_PLATFORM_NAME and TICKETFLOW_STATUS_WORDING (JSON: status
 * words by ticket type, or `*`, then status code), like the CDK context platformName and statusWording.
 * @throws Error naming the variable when its JSON is not a wording, or names an unknown type or status.
 */
export function localWording(env: NodeJS.ProcessEnv = process.env): Wording {
  const platformName = env['TICKETFLOW_PLATFORM_NAME'] || undefined;
  const statuses = env['TICKETFLOW_STATUS_WORDING'] || undefined;
  const worded = statuses === undefined ? {} : parseWording({ statuses: parseStatusWording(statuses) }, 'TICKETFLOW_STATUS_WORDING');
  return parseWording({ ...(platformName !== undefined ? { platformName } : {}), ...worded }, 'TICKETFLOW_PLATFORM_NAME');
}

function parseStatusWording(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`TICKETFLOW_STATUS_WORDING is not JSON: ${text}`);
  }
}

/**
 * The local cloud's clock settings: TICKETFLOW_CLOCK (JSON, as the CDK context `clock`: timers,
 * calendar, service levels, complaint rule); undefined for the defaults.
 * @throws ClockSettingsError naming the setting when it is not clock settings, Error when not JSON.
 */
export function localClockSettings(env: NodeJS.ProcessEnv = process.env): unknown {
  const text = env['TICKETFLOW_CLOCK'] || undefined;
  if (text === undefined) return undefined;
  let given: unknown;
  try {
    given = JSON.parse(text);
  } catch {
    throw new Error(`TICKETFLOW_CLOCK is not JSON: ${text}`);
  }
  parseClockSettings(given, 'TICKETFLOW_CLOCK');
  return given;
}
