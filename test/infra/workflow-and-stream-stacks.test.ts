import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { repositoryRoot } from '../../infra/constructs/repository-root';
import { testSystem } from '../fixtures/infra/test-system';
import { producerOf, resourcesOf, synthesize, type Synthesized } from './synthesize';

// The product plus a stream consumer, a state machine and open and agent routes; the bundles do
// not matter here, so bundling is skipped to keep this synth fast.
let synth: Synthesized;
beforeAll(() => {
  synth = synthesize(testSystem, { settings: { config: { senderAddress: 'help@pay.example', senderName: 'Pay Example', portalUrl: 'https://help.pay.example' }, corsOrigins: ['https://app.pay.example'] } });
});

type Resource = { Properties: Record<string, unknown> };
type Statement = { Action: string | string[]; Resource: unknown; Effect: string };

function functionNamed(name: string): [string, Resource] {
  const description = testSystem.functions[name]?.description;
  const found = Object.entries(resourcesOf(synth.stateless, 'AWS::Lambda::Function')).find(([, fn]) => fn.Properties['Description'] === description);
  if (!found) throw new Error(`no deployed function ${name}`);
  return found;
}

function statementsOfRole(roleLogicalId: unknown): Statement[] {
  return Object.values(resourcesOf(synth.stateless, 'AWS::IAM::Policy'))
    .filter((policy) => JSON.stringify(policy.Properties['Roles']) === JSON.stringify([{ Ref: roleLogicalId }]))
    .flatMap((policy) => (policy.Properties['PolicyDocument'] as { Statement: Statement[] }).Statement);
}

function statementsOfFunction(name: string): Statement[] {
  const [, fn] = functionNamed(name);
  return statementsOfRole((fn.Properties['Role'] as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0]);
}

function actionsOn(statements: Statement[], resource: (value: unknown) => boolean): string[] {
  return statements.filter((statement) => [statement.Resource].flat().some(resource)).flatMap((statement) => [statement.Action].flat());
}

/** The probe state machine of the test system (the product's workflows are deployed beside it). */
function probeMachine(): Resource | undefined {
  return Object.values(resourcesOf(synth.stateless, 'AWS::StepFunctions::StateMachine')).find((machine) => machine.Properties['StateMachineName'] === 'TicketflowStateless-probe');
}

const tableArn = (synthesized: Synthesized) => ({ 'Fn::GetAtt': [Object.keys(resourcesOf(synthesized.stateful, 'AWS::DynamoDB::Table'))[0], 'Arn'] });
const probeArn = {
  'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':states:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, ':stateMachine:TicketflowStateless-probe']],
};

describe('a stream consumer', () => {
  it('reads the table stream with the batching, retries and failure reporting of its spec', () => {
    const [mapping, ...others] = Object.values(resourcesOf(synth.stateless, 'AWS::Lambda::EventSourceMapping'));
    expect(others).toHaveLength(0);
    const [streamProbe] = functionNamed('streamProbe');
    expect(mapping?.Properties).toMatchObject({
      FunctionName: { Ref: streamProbe },
      StartingPosition: 'LATEST',
      BatchSize: 25,
      MaximumBatchingWindowInSeconds: 2,
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 4,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
    const stream = producerOf(mapping?.Properties['EventSourceArn'], synth.stateful);
    expect(stream).toEqual({ 'Fn::GetAtt': [expect.any(String), 'StreamArn'] });
  });

  it('records batches that still fail in an encrypted queue reachable only over TLS', () => {
    const [mapping] = Object.values(resourcesOf(synth.stateless, 'AWS::Lambda::EventSourceMapping'));
    const [queueId, queue] = Object.entries(resourcesOf(synth.stateless, 'AWS::SQS::Queue'))[0] ?? [];
    expect(mapping?.Properties['DestinationConfig']).toEqual({ OnFailure: { Destination: { 'Fn::GetAtt': [queueId, 'Arn'] } } });
    expect(queue?.Properties).toMatchObject({ SqsManagedSseEnabled: true, MessageRetentionPeriod: 14 * 24 * 3600 });
    synth.stateless.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: queueId }],
      PolicyDocument: { Statement: [Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })] },
    });
  });
});

describe('a state machine', () => {
  it('is defined by its ASL file with the substitutions of its spec, numbers as strings', () => {
    const machine = probeMachine();
    const [workflowStep] = functionNamed('workflowStep');
    expect(machine?.Properties).toMatchObject({
      StateMachineName: 'TicketflowStateless-probe',
      StateMachineType: 'STANDARD',
      DefinitionSubstitutions: { StepFunctionArn: { 'Fn::GetAtt': [workflowStep, 'Arn'] }, Greeting: 'hello', MaxAttempts: '3' },
    });
    const key = (machine?.Properties['DefinitionS3Location'] as { Key: string }).Key;
    const staged = readFileSync(join(synth.assembly.directory, `asset.${key}`), 'utf8');
    expect(staged).toBe(readFileSync(join(repositoryRoot, 'test/fixtures/infra/probe.asl.json'), 'utf8'));
  });

  it('logs every event to its own log group and is traced', () => {
    const machine = probeMachine();
    const [logGroupId, logGroup] =
      Object.entries(resourcesOf(synth.stateless, 'AWS::Logs::LogGroup')).find(([, group]) => group.Properties['LogGroupName'] === '/aws/vendedlogs/states/TicketflowStateless-probe') ?? [];
    expect(logGroup?.Properties['RetentionInDays']).toBeGreaterThan(0);
    expect(machine?.Properties).toMatchObject({
      LoggingConfiguration: { Level: 'ALL', Destinations: [{ CloudWatchLogsLogGroup: { LogGroupArn: { 'Fn::GetAtt': [logGroupId, 'Arn'] } } }] },
      TracingConfiguration: { Enabled: true },
    });
  });

  it('may invoke exactly the functions its substitutions name', () => {
    const machine = probeMachine();
    const statements = statementsOfRole((machine?.Properties['RoleArn'] as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0]);
    const invoke = statements.filter((statement) => [statement.Action].flat().includes('lambda:InvokeFunction'));
    const [workflowStep] = functionNamed('workflowStep');
    expect(invoke).toEqual([{ Action: 'lambda:InvokeFunction', Effect: 'Allow', Resource: { 'Fn::GetAtt': [workflowStep, 'Arn'] } }]);
  });

  it('lets its own task function answer its task tokens without a reference cycle', () => {
    expect(actionsOn(statementsOfFunction('workflowStep'), (resource) => JSON.stringify(resource) === JSON.stringify(probeArn)).sort()).toEqual([
      'states:SendTaskFailure',
      'states:SendTaskHeartbeat',
      'states:SendTaskSuccess',
    ]);
  });
});

describe('functions', () => {
  it('see their environment references resolved to the deployed table, machine and settings', () => {
    const [, starter] = functionNamed('workflowStarter');
    const variables = (starter.Properties['Environment'] as { Variables: Record<string, unknown> }).Variables;
    expect(variables).toMatchObject({ PROBE_MACHINE_ARN: probeArn, SENDER_ADDRESS: 'help@pay.example', GREETING: 'hello' });
    expect(producerOf(variables['TICKETS_TABLE'], synth.stateful)).toEqual({ Ref: Object.keys(resourcesOf(synth.stateful, 'AWS::DynamoDB::Table'))[0] });
    expect(variables['TABLE_NAME']).toBeUndefined();
  });

  it('are told the table name when they use the table', () => {
    const [, step] = functionNamed('workflowStep');
    const variables = (step.Properties['Environment'] as { Variables: Record<string, unknown> }).Variables;
    expect(producerOf(variables['TABLE_NAME'], synth.stateful)).toEqual({ Ref: Object.keys(resourcesOf(synth.stateful, 'AWS::DynamoDB::Table'))[0] });
  });

  it('take timeout and memory from their spec', () => {
    expect(functionNamed('workflowStep')[1].Properties).toMatchObject({ Timeout: 30, MemorySize: 1024 });
    expect(functionNamed('streamProbe')[1].Properties).toMatchObject({ Timeout: 10, MemorySize: 512 });
  });

  it('read the table and its indexes only with GetItem, BatchGetItem and Query, and never Scan', () => {
    const onTable = (resource: unknown) => JSON.stringify(producerOf(resource, synth.stateful)) === JSON.stringify(tableArn(synth));
    const readActions = actionsOn(statementsOfFunction('streamProbe'), onTable);
    expect(readActions).toEqual(expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query']));
    expect(readActions.filter((action) => /Put|Update|Delete|Write/.test(action))).toEqual([]);
    const writeActions = actionsOn(statementsOfFunction('workflowStep'), onTable);
    expect(writeActions).toEqual(expect.arrayContaining(['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem']));
    const everyAction = Object.keys(testSystem.functions).flatMap((name) => statementsOfFunction(name).flatMap((statement) => [statement.Action].flat()));
    expect(everyAction).not.toContain('dynamodb:Scan');
    expect(everyAction.filter((action) => action.endsWith('*'))).toEqual([]);
  });

  it('may start, or send email as, only what their spec names', () => {
    const statements = statementsOfFunction('workflowStarter');
    expect(actionsOn(statements, (resource) => JSON.stringify(resource) === JSON.stringify(probeArn))).toEqual(['states:StartExecution']);
    const sesIdentity = (resource: unknown) => JSON.stringify(resource).includes(':identity/pay.example');
    expect(actionsOn(statements, sesIdentity).sort()).toEqual(['ses:SendEmail', 'ses:SendRawEmail']);
    expect(actionsOn(statementsOfFunction('workflowStep'), sesIdentity)).toEqual([]);
  });

  it('are granted on * only actions that have no resource-level permissions', () => {
    const roles = Object.keys(resourcesOf(synth.stateless, 'AWS::IAM::Role'));
    const onStar = new Set(roles.flatMap((role) => actionsOn(statementsOfRole(role), (resource) => resource === '*')));
    const allowed = [/^xray:/, /^logs:(Create|Get|Update|Delete|List)LogDeliver(y|ies)$/, /^logs:(PutResourcePolicy|DescribeResourcePolicies|DescribeLogGroups)$/, /^dynamodb:ListStreams$/];
    expect([...onStar].filter((action) => !allowed.some((pattern) => pattern.test(action)))).toEqual([]);
  });
});

describe('routes', () => {
  it('put agent routes behind the authorizer and leave webhook routes open', () => {
    const routes = Object.values(resourcesOf(synth.stateless, 'AWS::ApiGatewayV2::Route')).map((route) => route.Properties);
    const byKey = Object.fromEntries(routes.map((route) => [route['RouteKey'], route['AuthorizationType']]));
    expect(byKey).toMatchObject({ 'GET /v1/me': 'JWT', 'POST /v1/queue/{ticket}/claim': 'JWT', 'POST /v1/webhooks/probe': 'NONE' });
    for (const route of testSystem.routes) expect(byKey[`${route.method} ${route.path}`]).toBe(route.auth === 'none' ? 'NONE' : 'JWT');
  });

  it('answer browsers from the configured origins', () => {
    synth.stateless.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: { AllowOrigins: ['https://app.pay.example'], AllowHeaders: ['authorization', 'content-type', 'idempotency-key'] },
    });
  });
});

describe('compliance', () => {
  it('leaves no AwsSolutions or Serverless finding unacknowledged on consumers, workflows and open routes', () => {
    expect(synth.findings).toEqual([]);
  });
});
