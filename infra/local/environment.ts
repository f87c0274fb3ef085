import { resolveEnvironment, type EnvironmentTargets, type FunctionSpec } from '../system';
import { localCredentials } from './credentials';

/** What the local cloud knows when it resolves a function's environment. */
export interface LocalEnvironmentContext extends EnvironmentTargets {
  readonly region: string;
  readonly endpoints: { readonly dynamodb: string; readonly ses: string; readonly stepFunctions: string };
}

/**
 * The environment a function sees locally: what Lambda sets (region, function name), static
 * credentials, the SDK's `AWS_ENDPOINT_URL_*` variables pointing at the local services (the only
 * thing that differs from AWS), TABLE_NAME when it uses the table, then its own variables.
 */
export function localFunctionEnvironment(name: string, spec: FunctionSpec, context: LocalEnvironmentContext): Record<string, string> {
  const own = resolveEnvironment(spec.environment, context);
  return {
    PATH: process.env['PATH'] ?? '',
    TZ: 'UTC',
    NODE_OPTIONS: '--enable-source-maps',
    AWS_REGION: context.region,
    AWS_DEFAULT_REGION: context.region,
    AWS_ACCESS_KEY_ID: localCredentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: localCredentials.secretAccessKey,
    AWS_LAMBDA_FUNCTION_NAME: name,
    AWS_ENDPOINT_URL_DYNAMODB: context.endpoints.dynamodb,
    AWS_ENDPOINT_URL_DYNAMODB_STREAMS: context.endpoints.dynamodb,
    AWS_ENDPOINT_URL_SES: context.endpoints.ses,
    AWS_ENDPOINT_URL_SESV2: context.endpoints.ses,
    AWS_ENDPOINT_URL_SFN: context.endpoints.stepFunctions,
    ...(spec.table === 'none' ? {} : { TABLE_NAME: context.tableName }),
    ...own,
  };
}
