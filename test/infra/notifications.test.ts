import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { system } from '../../infra/system';
import { resourcesOf, synthesize, type Synthesized } from './synthesize';

// The product's system with a sender on the platform's domain, the team's alert address and its own words.
const wording = { platformName: 'PayDay', statuses: { '*': { resolved: { label: 'Solved' } } } };
let synth: Synthesized;
let quiet: Synthesized;
beforeAll(() => {
  const config = { senderAddress: 'help@pay.example', senderName: 'Pay Example', portalUrl: 'https://help.pay.example' };
  synth = synthesize(system, { settings: { config, corsOrigins: [], supportAlertEmail: 'oncall@pay.example', wording } });
  quiet = synthesize(system, { settings: { config, corsOrigins: [] } });
});

type Statement = { Action: string | string[]; Resource: unknown; Condition?: unknown };

function logicalId(template: Synthesized['stateless'], type: string, match: (properties: Record<string, unknown>) => boolean): string {
  const found = Object.entries(resourcesOf(template, type)).filter(([, resource]) => match(resource.Properties));
  if (found.length !== 1) throw new Error(`expected one ${type}, found ${found.length}`);
  return found[0]![0];
}

const notifierId = () => logicalId(synth.stateless, 'AWS::Lambda::Function', (properties) => properties['Description'] === system.functions['notifier']!.description);
const topicId = () => logicalId(synth.stateless, 'AWS::SNS::Topic', () => true);
const configurationSetId = () => logicalId(synth.stateless, 'AWS::SES::ConfigurationSet', () => true);

function statementsOf(functionId: string): Statement[] {
  const fn = resourcesOf(synth.stateless, 'AWS::Lambda::Function')[functionId]!;
  const role = (fn.Properties['Role'] as { 'Fn::GetAtt': [string] })['Fn::GetAtt'][0];
  return Object.values(resourcesOf(synth.stateless, 'AWS::IAM::Policy'))
    .filter((policy) => JSON.stringify(policy.Properties['Roles']) === JSON.stringify([{ Ref: role }]))
    .flatMap((policy) => (policy.Properties['PolicyDocument'] as { Statement: Statement[] }).Statement);
}

const actions = (statements: Statement[], prefix: string) => statements.flatMap((statement) => [statement.Action].flat()).filter((action) => action.startsWith(prefix));

describe('the notifier', () => {
  it('reads the table stream in small batches, bisecting, with bounded retries and batch item failures', () => {
    synth.stateless.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: notifierId() },
      StartingPosition: 'LATEST',
      BatchSize: 10,
      MaximumBatchingWindowInSeconds: 1,
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 5,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [Match.stringLikeRegexp('^StreamsnotifierFailures'), 'Arn'] } } },
    });
  });

  it('is told the sender and its display name, the portal, the platform’s words, the configuration set and the alert topic', () => {
    const variables = (resourcesOf(synth.stateless, 'AWS::Lambda::Function')[notifierId()]!.Properties['Environment'] as { Variables: Record<string, unknown> }).Variables;
    expect(variables).toMatchObject({
      PLATFORM_WORDING: JSON.stringify(wording),
      SENDER_ADDRESS: 'help@pay.example',
      SENDER_NAME: 'Pay Example',
      PORTAL_URL: 'https://help.pay.example',
      EMAIL_CONFIGURATION_SET: { Ref: configurationSetId() },
      ALERT_TOPIC_ARN: { Ref: topicId() },
    });
  });

  it('may send email only from the sender address, as the sender identity, in the configuration set', () => {
    const ses = statementsOf(notifierId()).filter((statement) => actions([statement], 'ses:').length > 0);
    expect(ses).toHaveLength(1);
    const resources = JSON.stringify(ses[0]!.Resource);
    expect(resources).toContain(':identity/pay.example');
    expect(resources).toContain(`:configuration-set/",{"Ref":"${configurationSetId()}"}`);
    expect(ses[0]!.Condition).toEqual({ StringEquals: { 'ses:FromAddress': 'help@pay.example' } });
    expect([ses[0]!.Action].flat().sort()).toEqual(['ses:SendEmail', 'ses:SendRawEmail']);
  });

  it('may publish to the alert topic and use its key, and nothing more of SNS or KMS', () => {
    const statements = statementsOf(notifierId());
    expect(statements.filter((statement) => actions([statement], 'sns:').length > 0)).toEqual([{ Action: 'sns:Publish', Effect: 'Allow', Resource: { Ref: topicId() } }]);
    const keyId = logicalId(synth.stateless, 'AWS::KMS::Key', () => true);
    const kms = statements.filter((statement) => actions([statement], 'kms:').length > 0);
    expect(kms.map((statement) => ({ ...statement, Action: [statement.Action].flat().sort() }))).toEqual([
      { Action: ['kms:Decrypt', 'kms:GenerateDataKey'], Effect: 'Allow', Resource: { 'Fn::GetAtt': [keyId, 'Arn'] } },
    ]);
  });

  it('is the only function that may send email, and alerts the team with the scan-result function only', () => {
    const scanResultId = logicalId(synth.stateless, 'AWS::Lambda::Function', (properties) => properties['Description'] === system.functions[system.files.scanResultFunction]!.description);
    const others = Object.keys(resourcesOf(synth.stateless, 'AWS::Lambda::Function')).filter((id) => id !== notifierId());
    for (const id of others) expect(actions(statementsOf(id), 'ses:')).toEqual([]);
    for (const id of others.filter((id) => id !== scanResultId)) expect(actions(statementsOf(id), 'sns:')).toEqual([]);
    expect(statementsOf(scanResultId).filter((statement) => actions([statement], 'sns:').length > 0)).toEqual([{ Action: 'sns:Publish', Effect: 'Allow', Resource: { Ref: topicId() } }]);
  });
});

describe('the stream consumers', () => {
  it.each(system.streamConsumers.map((consumer) => [consumer.function, consumer] as const))(
    'map %s with the filters of the system description, one pattern each, as the local poller applies them',
    (name, consumer) => {
      const functionId = logicalId(synth.stateless, 'AWS::Lambda::Function', (properties) => properties['Description'] === system.functions[name]!.description);
      const [mapping, ...others] = Object.values(resourcesOf(synth.stateless, 'AWS::Lambda::EventSourceMapping')).filter(
        (resource) => JSON.stringify(resource.Properties['FunctionName']) === JSON.stringify({ Ref: functionId }),
      );

      expect(others).toEqual([]);
      expect(consumer.filters?.length).toBeGreaterThan(0);
      const patterns = (mapping?.Properties['FilterCriteria'] as { Filters: { Pattern: string }[] }).Filters.map((filter) => JSON.parse(filter.Pattern) as unknown);
      expect(patterns).toEqual(consumer.filters);
    },
  );
});

describe('email sending', () => {
  it('has the sender domain as an SES identity, sending in a configuration set with reputation metrics', () => {
    synth.stateless.hasResourceProperties('AWS::SES::EmailIdentity', { EmailIdentity: 'pay.example', ConfigurationSetAttributes: { ConfigurationSetName: { Ref: configurationSetId() } } });
    synth.stateless.hasResourceProperties('AWS::SES::ConfigurationSet', {
      ReputationOptions: { ReputationMetricsEnabled: true },
      SendingOptions: { SendingEnabled: true },
      SuppressionOptions: { SuppressedReasons: ['BOUNCE', 'COMPLAINT'] },
      DeliveryOptions: { TlsPolicy: 'REQUIRE' },
    });
  });
});

describe('the support team', () => {
  it('has an alert topic encrypted with a rotating key, reachable only over TLS', () => {
    const keyId = logicalId(synth.stateless, 'AWS::KMS::Key', () => true);
    synth.stateless.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: { 'Fn::GetAtt': [keyId, 'Arn'] } });
    synth.stateless.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
    synth.stateless.hasResourceProperties('AWS::SNS::TopicPolicy', {
      Topics: [{ Ref: topicId() }],
      PolicyDocument: { Statement: [Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })] },
    });
  });

  it('receives the alerts by email at the supportAlertEmail address, when one is set', () => {
    synth.stateless.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'oncall@pay.example', TopicArn: { Ref: topicId() } });
    quiet.stateless.resourceCountIs('AWS::SNS::Subscription', 0);
  });

  it('is alarmed as soon as the notifier’s on-failure queue holds a record', () => {
    synth.stateless.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [Match.stringLikeRegexp('^StreamsnotifierFailures'), 'QueueName'] } }],
      ComparisonOperator: 'GreaterThanThreshold',
      Threshold: 0,
      EvaluationPeriods: 1,
      TreatMissingData: 'notBreaching',
      AlarmActions: [{ Ref: topicId() }],
    });
  });
});

describe('compliance', () => {
  it('leaves no AwsSolutions or Serverless finding unacknowledged', () => {
    expect(synth.findings).toEqual([]);
  });
});

describe('the platform’s words', () => {
  it('reach every function that names a status to customers: each API route’s and the notifier', () => {
    const described = new Map(Object.values(resourcesOf(synth.stateless, 'AWS::Lambda::Function')).map((fn) => [fn.Properties['Description'], fn.Properties]));
    const naming = Object.entries(system.functions).filter(([name, spec]) => spec.entry.startsWith('functions/api/') || name === 'notifier');

    expect(naming.length).toBeGreaterThan(15);
    for (const [, spec] of naming) {
      const variables = (described.get(spec.description)?.['Environment'] as { Variables: Record<string, unknown> } | undefined)?.Variables;
      expect(variables?.['PLATFORM_WORDING'], spec.entry).toBe(JSON.stringify(wording));
    }
  });
});
