import { describe, expect, it } from 'vitest';
import { localFunctionEnvironment, type LocalEnvironmentContext } from '../../../infra/local/environment';

const context: LocalEnvironmentContext = {
  region: 'eu-west-1',
  tableName: 'ticketflow-tickets',
  endpoints: { dynamodb: 'http://127.0.0.1:8000', ses: 'http://127.0.0.1:8005', stepFunctions: 'http://127.0.0.1:8083' },
  stateMachineArnOf: (name) => `arn:aws:states:eu-west-1:000000000000:stateMachine:${name}`,
  config: { senderAddress: 'support@example.com', senderName: 'Ticketflow', portalUrl: 'https://help.example.com' },
};

describe("a function's local environment", () => {
  it('points the SDK at the local services through AWS_ENDPOINT_URL_* only', () => {
    const env = localFunctionEnvironment('getMe', { entry: 'x.ts', description: '', environment: {}, table: 'none' }, context);
    expect(env).toMatchObject({
      AWS_REGION: 'eu-west-1',
      AWS_ENDPOINT_URL_DYNAMODB: 'http://127.0.0.1:8000',
      AWS_ENDPOINT_URL_SES: 'http://127.0.0.1:8005',
      AWS_ENDPOINT_URL_SFN: 'http://127.0.0.1:8083',
      AWS_LAMBDA_FUNCTION_NAME: 'getMe',
    });
    expect(env).not.toHaveProperty('TABLE_NAME');
  });

  it('resolves table, state machine and configuration references as the deployment does', () => {
    const env = localFunctionEnvironment(
      'starter',
      {
        entry: 'x.ts',
        description: '',
        table: 'readWrite',
        environment: {
          REFUND_STATE_MACHINE_ARN: { ref: 'stateMachineArn', stateMachine: 'refund' },
          SENDER: { ref: 'config', key: 'senderAddress' },
          LITERAL: 'yes',
        },
      },
      context,
    );
    expect(env).toMatchObject({
      TABLE_NAME: 'ticketflow-tickets',
      REFUND_STATE_MACHINE_ARN: 'arn:aws:states:eu-west-1:000000000000:stateMachine:refund',
      SENDER: 'support@example.com',
      LITERAL: 'yes',
    });
  });

  it('points S3 at the local S3, path-style, and names the files bucket to the functions that use it', () => {
    const withFiles = { ...context, endpoints: { ...context.endpoints, files: 'http://127.0.0.1:8093' }, filesBucket: 'ticketflow-files' };
    const scanner = localFunctionEnvironment('scanResult', { entry: 'x.ts', description: '', environment: {}, table: 'readWrite', files: ['deleteAttachments'] }, withFiles);
    expect(scanner).toMatchObject({ AWS_ENDPOINT_URL_S3: 'http://127.0.0.1:8093', S3_FORCE_PATH_STYLE: 'true', FILES_BUCKET: 'ticketflow-files' });
    const other = localFunctionEnvironment('getMe', { entry: 'x.ts', description: '', environment: {}, table: 'none' }, withFiles);
    expect(other).not.toHaveProperty('FILES_BUCKET');
  });
});
