import { beforeAll, describe, expect, it } from 'vitest';
import { system } from '../../infra/system';
import { producerOf, resourcesOf, synthesize, type Synthesized } from './synthesize';

// The product as deployed, without bundling (the bundles do not matter here).
let synth: Synthesized;
beforeAll(() => {
  synth = synthesize(system);
});

type Resource = { Properties: Record<string, unknown> };
type Statement = { Action: string | string[]; Resource: unknown; Effect: string; Condition?: unknown };

const machines = ['refund', 'kyc', 'withdrawal'] as const;

function functionNamed(name: string): [string, Resource] {
  const description = system.functions[name]?.description;
  const found = Object.entries(resourcesOf(synth.stateless, 'AWS::Lambda::Function')).find(([, fn]) => fn.Properties['Description'] === description);
  if (!found) throw new Error(`no deployed function ${name}`);
  return found;
}

function machineNamed(name: string): [string, Resource] {
  const found = Object.entries(resourcesOf(synth.stateless, 'AWS::StepFunctions::StateMachine')).find(([, machine]) => machine.Properties['StateMachineName'] === `TicketflowStateless-${name}`);
  if (!found) throw new Error(`no deployed state machine ${name}`);
  return found;
}

function statementsOfRole(roleLogicalId: unknown): Statement[] {
  return Object.values(resourcesOf(synth.stateless, 'AWS::IAM::Policy'))
    .filter((policy) => JSON.stringify(policy.Properties['Roles']) === JSON.stringify([{ Ref: roleLogicalId }]))
    .flatMap((policy) => (policy.Properties['PolicyDocument'] as { Statement: Statement[] }).Statement);
}

const roleOf = (resource: Resource, property: string) => (resource.Properties[property] as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
const statementsOfFunction = (name: string) => statementsOfRole(roleOf(functionNamed(name)[1], 'Role'));
const actionsOf = (statements: Statement[]) => statements.flatMap((statement) => [statement.Action].flat());
const variablesOf = (name: string) => (functionNamed(name)[1].Properties['Environment'] as { Variables: Record<string, unknown> }).Variables;

describe('the workflows', () => {
  it.each(machines)('deploys %s as a Standard state machine from its ASL file, its waits and settings substituted', (name) => {
    const [, machine] = machineNamed(name);
    expect(machine.Properties['StateMachineType']).toBe('STANDARD');
    const substitutions = machine.Properties['DefinitionSubstitutions'] as Record<string, unknown>;
    const spec = system.stateMachines[name];
    for (const [key, value] of Object.entries(spec?.substitutions ?? {})) {
      if (typeof value === 'object') expect(substitutions[key]).toEqual({ 'Fn::GetAtt': [functionNamed(value.function)[0], 'Arn'] });
      else expect(substitutions[key]).toBe(String(value));
    }
  });

  it.each(machines)('logs every event of %s to its own log group and traces it with X-Ray', (name) => {
    const [, machine] = machineNamed(name);
    expect(machine.Properties).toMatchObject({ LoggingConfiguration: { Level: 'ALL' }, TracingConfiguration: { Enabled: true } });
  });

  it.each(machines)('lets %s invoke exactly the functions its tasks run', (name) => {
    const [, machine] = machineNamed(name);
    const invoke = statementsOfRole(roleOf(machine, 'RoleArn')).filter((statement) => actionsOf([statement]).includes('lambda:InvokeFunction'));
    const expected = Object.values(system.stateMachines[name]?.substitutions ?? {}).flatMap((value) => (typeof value === 'object' ? [value.function] : []));
    expect(invoke).toHaveLength(1);
    expect([invoke[0]?.Resource].flat()).toEqual(expect.arrayContaining(expected.map((fn) => ({ 'Fn::GetAtt': [functionNamed(fn)[0], 'Arn'] }))));
    expect([invoke[0]?.Resource].flat()).toHaveLength(expected.length);
  });

  it.each(machines)('alarms the support team when a %s execution fails or times out', (name) => {
    const alarm = Object.values(resourcesOf(synth.stateless, 'AWS::CloudWatch::Alarm')).find((candidate) => String(candidate.Properties['AlarmDescription']).startsWith(`A ${name} execution`));
    expect(alarm?.Properties).toMatchObject({ Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold', TreatMissingData: 'notBreaching' });
    const metrics = JSON.stringify(alarm?.Properties['Metrics']);
    expect(metrics).toContain('ExecutionsFailed');
    expect(metrics).toContain('ExecutionsTimedOut');
    expect(alarm?.Properties['AlarmActions']).toHaveLength(1);
  });
});

describe('what workflow functions may do', () => {
  it('starts the workflows from the stream, and nothing else starts them', () => {
    const starters = Object.keys(system.functions).filter((name) => actionsOf(statementsOfFunction(name)).includes('states:StartExecution'));
    expect(starters).toEqual(['workflowEvents']);
    expect(Object.keys(variablesOf('workflowEvents'))).toEqual(expect.arrayContaining(['REFUND_STATE_MACHINE_ARN', 'KYC_STATE_MACHINE_ARN', 'WITHDRAWAL_STATE_MACHINE_ARN']));
  });

  it('lets only the customer’s cancel stop withdrawals, and only the workflow view read executions', () => {
    const stoppers = Object.keys(system.functions).filter((name) => actionsOf(statementsOfFunction(name)).includes('states:StopExecution'));
    expect(stoppers).toEqual(['cancelMyTicket']);
    const stop = statementsOfFunction('cancelMyTicket').find((statement) => actionsOf([statement]).includes('states:StopExecution'));
    expect(JSON.stringify(stop?.Resource)).toContain(':execution:TicketflowStateless-withdrawal:*');
    const readers = Object.keys(system.functions).filter((name) => actionsOf(statementsOfFunction(name)).includes('states:GetExecutionHistory'));
    expect(readers).toEqual(['getWorkflow']);
  });

  /** The functions allowed to read a secret, by what their statements name as its resource. */
  const readersOf = (secretId: string) =>
    Object.keys(system.functions).filter((name) =>
      statementsOfFunction(name).some((statement) => actionsOf([statement]).includes('secretsmanager:GetSecretValue') && [statement.Resource].flat().some((resource) => JSON.stringify(producerOf(resource, synth.stateful)) === JSON.stringify({ Ref: secretId }))),
    );
  const secretNamed = (prefix: string) => Object.entries(synth.stateful.findResources('AWS::SecretsManager::Secret')).find(([id]) => id.startsWith(prefix)) as [string, { DeletionPolicy: string; Properties: Record<string, unknown> }];

  it('keeps two secrets in the stateful stack: the providers\' and the rating links\' key', () => {
    expect(Object.keys(synth.stateful.findResources('AWS::SecretsManager::Secret')).map((id) => id.replace(/[0-9A-F]{8}$/, '')).sort()).toEqual(['ProviderSecret', 'RatingLinkKey']);
  });

  it('generates the rating links\' key, retained, readable only by the functions that sign or check links, which find it in RATING_LINK_SECRET_ID', () => {
    const [secretId, secret] = secretNamed('RatingLinkKey');
    expect(secret.DeletionPolicy).toBe('Retain');
    expect(secret.Properties['GenerateSecretString']).toEqual({ PasswordLength: 64, ExcludePunctuation: true });
    const readers = readersOf(secretId);
    expect(readers.sort()).toEqual(['notifier', 'rateByLink', 'showRatingPage']);
    for (const reader of readers) expect(producerOf(variablesOf(reader)['RATING_LINK_SECRET_ID'], synth.stateful)).toEqual({ Ref: secretId });
  });

  it('keeps the provider secret in the stateful stack, retained, readable only by the functions that call providers', () => {
    const [secretId, secret] = secretNamed('ProviderSecret');
    expect(secret.DeletionPolicy).toBe('Retain');
    const readers = readersOf(secretId);
    expect(readers.sort()).toEqual(['coinpaymentsWebhook', 'j2txWebhook', 'paddleWebhook', 'workflowAwaitProvider']);
    for (const reader of readers) {
      const variables = variablesOf(reader);
      expect(producerOf(variables['PROVIDER_SECRETS_ID'], synth.stateful)).toEqual({ Ref: secretId });
      expect(variables).toMatchObject({ PADDLE_API_URL: 'https://api.paddle.com', COINPAYMENTS_API_URL: 'https://www.coinpayments.net', J2TX_API_URL: 'https://api.j2tx.com' });
    }
  });

  it('denies the customer route functions the partition of task tokens, whatever else they may read', () => {
    const customerOnly = ['createTicket', 'listMyTickets', 'getMyTicket', 'replyToMyTicket', 'solveMyTicket', 'reopenMyTicket', 'closeMyTicket', 'cancelMyTicket'];
    for (const name of customerOnly) {
      const denied = statementsOfFunction(name).filter((statement) => statement.Effect === 'Deny');
      expect(denied, name).toEqual([
        expect.objectContaining({ Condition: { 'ForAnyValue:StringLike': { 'dynamodb:LeadingKeys': ['TASKTOKEN#*'] } }, Action: expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:Query']) }),
      ]);
    }
    expect(statementsOfFunction('decideTicket').some((statement) => statement.Effect === 'Deny')).toBe(false);
  });
});

describe('webhook routes', () => {
  it.each(['paddle', 'coinpayments', 'j2tx'])('opens POST /v1/webhooks/%s without the JWT authorizer: the function checks the signature', (provider) => {
    const route = Object.values(resourcesOf(synth.stateless, 'AWS::ApiGatewayV2::Route')).find((candidate) => candidate.Properties['RouteKey'] === `POST /v1/webhooks/${provider}`);
    expect(route?.Properties['AuthorizationType']).toBe('NONE');
  });

  it('puts the decision, cancel and workflow routes behind the authorizer', () => {
    for (const key of ['POST /v1/agent/tickets/{number}/decision', 'POST /v1/tickets/{number}/cancel', 'GET /v1/agent/tickets/{number}/workflow']) {
      const route = Object.values(resourcesOf(synth.stateless, 'AWS::ApiGatewayV2::Route')).find((candidate) => candidate.Properties['RouteKey'] === key);
      expect(route?.Properties['AuthorizationType'], key).toBe('JWT');
    }
  });
});

describe('compliance', () => {
  it('leaves no AwsSolutions or Serverless finding unacknowledged', () => {
    expect(synth.findings).toEqual([]);
  });
});
