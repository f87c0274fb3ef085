import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { system } from '../../infra/system';
import { bundledFunction, producerOf, resourcesOf, synthesize, type Synthesized } from './synthesize';

// The product's own system (its functions' bundles are read from bundledFunction).
let synth: Synthesized;
beforeAll(() => {
  synth = synthesize(system);
});

// Calls a bundle's handler with no input, which fails in our code, and prints the stack as a log would show it.
const throwFromHandler = `
const { handler } = await import(process.argv[1]);
try { await handler(undefined); } catch (error) { console.log(error.stack); }
`;

function logicalIdOf(template: Synthesized['stateful'], type: string): string {
  const [id, ...others] = Object.keys(resourcesOf(template, type));
  if (!id || others.length > 0) throw new Error(`expected exactly one ${type}`);
  return id;
}

describe('the stateful stack', () => {
  it('keeps the one table with its keys, indexes, TTL and stream', () => {
    synth.stateful.resourceCountIs('AWS::DynamoDB::Table', 1);
    synth.stateful.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      BillingMode: 'PAY_PER_REQUEST',
      GlobalSecondaryIndexes: system.table.indexes.map((index) => ({
        IndexName: index.name,
        KeySchema: [
          { AttributeName: index.partitionKey.name, KeyType: 'HASH' },
          ...(index.sortKey ? [{ AttributeName: index.sortKey.name, KeyType: 'RANGE' }] : []),
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
      StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
    });
  });

  it('has the byAssignee index: sparse by assignee and phase, in the queue index’s order, projecting the whole ticket', () => {
    const [table] = Object.values(resourcesOf(synth.stateful, 'AWS::DynamoDB::Table'));
    const indexes = table?.Properties['GlobalSecondaryIndexes'] as { IndexName: string; KeySchema: unknown; Projection: unknown }[];
    const queue = indexes.find((index) => index.IndexName === 'queue');
    expect(indexes.find((index) => index.IndexName === 'byAssignee')).toEqual({
      IndexName: 'byAssignee',
      KeySchema: [
        { AttributeName: 'gsi3pk', KeyType: 'HASH' },
        { AttributeName: 'gsi2sk', KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: 'ALL' },
    });
    expect(queue?.KeySchema).toContainEqual({ AttributeName: 'gsi2sk', KeyType: 'RANGE' });
    expect(table?.Properties['AttributeDefinitions']).toContainEqual({ AttributeName: 'gsi3pk', AttributeType: 'S' });
  });

  it('protects the table: point-in-time recovery, deletion protection, encryption, retained on removal', () => {
    synth.stateful.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        DeletionProtectionEnabled: true,
        SSESpecification: { SSEEnabled: true },
      }),
    });
  });

  it('lets customers sign themselves up with a verified email and a strong password', () => {
    synth.stateful.hasResource('AWS::Cognito::UserPool', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        AdminCreateUserConfig: { AllowAdminCreateUserOnly: false },
        UsernameAttributes: ['email'],
        AutoVerifiedAttributes: ['email'],
        MfaConfiguration: 'OPTIONAL',
        Policies: {
          PasswordPolicy: Match.objectLike({
            MinimumLength: 12,
            RequireLowercase: true,
            RequireUppercase: true,
            RequireNumbers: true,
            RequireSymbols: true,
          }),
        },
      }),
    });
  });

  it('has the agents group and a public app client without a secret', () => {
    synth.stateful.hasResourceProperties('AWS::Cognito::UserPoolGroup', { GroupName: system.agentGroup });
    synth.stateful.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      GenerateSecret: false,
      PreventUserExistenceErrors: 'ENABLED',
    });
  });
});

describe('the stateless stack', () => {
  it('deploys every function of the system on Node 24, arm64, traced', () => {
    const functions = Object.values(resourcesOf(synth.stateless, 'AWS::Lambda::Function'));
    expect(functions).toHaveLength(Object.keys(system.functions).length);
    for (const fn of functions) {
      const spec = Object.values(system.functions).find((candidate) => candidate.description === fn.Properties['Description']);
      expect(fn.Properties).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        TracingConfig: { Mode: 'Active' },
        Handler: 'index.handler',
        Timeout: spec?.timeoutSeconds ?? 10,
        MemorySize: spec?.memoryMb ?? 512,
      });
      // Stack traces are source-mapped when read (functions/shared/source-mapped-stacks.ts), not by --enable-source-maps at every cold start.
      expect((fn.Properties['Environment'] as { Variables?: Record<string, string> } | undefined)?.Variables ?? {}).not.toHaveProperty('NODE_OPTIONS');
    }
  });

  it('ships getMe as a minified ESM bundle with its source map and the AWS SDK inside', () => {
    const assetDir = bundledFunction('getMe');
    expect(existsSync(join(assetDir, 'index.js'))).toBe(false);
    expect(existsSync(join(assetDir, 'index.mjs.map'))).toBe(true);
    const bundle = readFileSync(join(assetDir, 'index.mjs'), 'utf8');
    expect(bundle.startsWith("import { createRequire as __tfCreateRequire } from 'node:module';")).toBe(true);
    expect(bundle).toMatch(/export\s*\{[^}]*\bas handler\b[^}]*\}/);
    expect(bundle).toContain('//# sourceMappingURL=index.mjs.map');
    expect(bundle).not.toMatch(/from\s*"@aws-sdk\//);
  });

  it('lets the list functions Query the indexes they read, the queue’s byAssignee included', () => {
    const statementsOf = (name: string) => {
      const [fn] = Object.values(resourcesOf(synth.stateless, 'AWS::Lambda::Function')).filter((candidate) => candidate.Properties['Description'] === system.functions[name]?.description);
      const role = (fn?.Properties['Role'] as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
      return Object.values(resourcesOf(synth.stateless, 'AWS::IAM::Policy'))
        .filter((policy) => JSON.stringify(policy.Properties['Roles']) === JSON.stringify([{ Ref: role }]))
        .flatMap((policy) => (policy.Properties['PolicyDocument'] as { Statement: { Action: string | string[]; Resource: unknown }[] }).Statement);
    };
    const queryableIndexes = (name: string) =>
      statementsOf(name)
        .filter((statement) => [statement.Action].flat().includes('dynamodb:Query'))
        .flatMap((statement) => [statement.Resource].flat().map((resource) => /\/index\/(\w+)/.exec(JSON.stringify(resource))?.[1]))
        .filter(Boolean);
    expect(queryableIndexes('listQueue')).toEqual(expect.arrayContaining(['queue', 'byAssignee']));
    expect(queryableIndexes('listMyTickets')).toEqual(expect.arrayContaining(['byCustomer']));
  });

  it('ships bundles whose stack traces name the TypeScript source, and whose SDK takes credentials from the environment only', () => {
    const assetDir = bundledFunction('workflowSetStatus');
    const bundle = readFileSync(join(assetDir, 'index.mjs'), 'utf8');
    // The SDK's default credential chain stays out, and with it its ESM import of node:http (undici at every cold start).
    expect(bundle.includes('defaultProvider::fromEnv')).toBe(false);
    expect(/from\s*"node:http"/.test(bundle)).toBe(false);
    const run = spawnSync(process.execPath, ['--input-type=module', '--eval', throwFromHandler, pathToFileURL(join(assetDir, 'index.mjs')).href], {
      env: { PATH: process.env['PATH'] ?? '', AWS_REGION: 'eu-west-1', TABLE_NAME: 'tickets' },
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    // No input is refused by the task's schema in the common wrapper, before the use case runs.
    expect(run.stdout).toMatch(/^InvalidTaskInput: The task input does not match its schema/);
    expect(run.stdout).toMatch(/\n {4}at parseTaskInput \(functions\/shared\/entry-point\.ts:\d+:\d+\)/);
  });

  it('gives each function a log group that forgets after a while', () => {
    const groups = Object.values(resourcesOf(synth.stateless, 'AWS::Logs::LogGroup'));
    expect(groups.length).toBeGreaterThan(Object.keys(system.functions).length);
    for (const group of groups) expect(group.Properties['RetentionInDays']).toBeGreaterThan(0);
  });

  it('checks tokens with a JWT authorizer on the user pool and its app client', () => {
    const [authorizer] = Object.values(resourcesOf(synth.stateless, 'AWS::ApiGatewayV2::Authorizer'));
    expect(authorizer?.Properties).toMatchObject({ AuthorizerType: 'JWT', IdentitySource: ['$request.header.Authorization'] });
    const jwt = authorizer?.Properties['JwtConfiguration'] as { Issuer: { 'Fn::Join': [string, unknown[]] }; Audience: unknown[] };
    const [prefix, region, middle, poolId] = jwt.Issuer['Fn::Join'][1];
    expect([prefix, region, middle]).toEqual(['https://cognito-idp.', { Ref: 'AWS::Region' }, '.amazonaws.com/']);
    expect(producerOf(poolId, synth.stateful)).toEqual({ Ref: logicalIdOf(synth.stateful, 'AWS::Cognito::UserPool') });
    expect(jwt.Audience).toHaveLength(1);
    expect(producerOf(jwt.Audience[0], synth.stateful)).toEqual({ Ref: logicalIdOf(synth.stateful, 'AWS::Cognito::UserPoolClient') });
  });

  it('has one route per system route, behind the authorizer unless the route is open', () => {
    const routes = Object.values(resourcesOf(synth.stateless, 'AWS::ApiGatewayV2::Route')).map((route) => route.Properties);
    expect(routes.map((route) => route['RouteKey']).sort()).toEqual(system.routes.map((route) => `${route.method} ${route.path}`).sort());
    for (const route of system.routes) {
      const deployed = routes.find((candidate) => candidate['RouteKey'] === `${route.method} ${route.path}`);
      expect(deployed?.['AuthorizationType']).toBe(route.auth === 'none' ? 'NONE' : 'JWT');
    }
  });

  it('throttles the default stage and writes JSON access logs', () => {
    const stage = Object.values(resourcesOf(synth.stateless, 'AWS::ApiGatewayV2::Stage'))[0]?.Properties;
    expect(stage).toMatchObject({
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 },
      AccessLogSettings: { DestinationArn: { 'Fn::GetAtt': [expect.any(String), 'Arn'] } },
    });
    const format = JSON.parse((stage?.['AccessLogSettings'] as { Format: string }).Format) as Record<string, string>;
    expect(format).toMatchObject({ requestId: '$context.requestId', routeKey: '$context.routeKey', status: '$context.status' });
  });

  it('answers browsers from the deployed portal’s origin only unless corsOrigins is set', () => {
    const [api] = Object.values(resourcesOf(synth.stateless, 'AWS::ApiGatewayV2::Api'));
    const origins = (api?.Properties['CorsConfiguration'] as { AllowOrigins: unknown[] }).AllowOrigins;
    expect(origins).toHaveLength(1);
    expect(JSON.stringify(origins[0])).toMatch(/"StackName":"TicketflowPortal".*Distribution.*DomainName/);
  });
});

describe('compliance', () => {
  it('leaves no AwsSolutions or Serverless finding unacknowledged', () => {
    expect(synth.findings).toEqual([]);
  });
});

describe('the clock', () => {
  const clockFunction = () => {
    const entry = Object.entries(resourcesOf(synth.stateless, 'AWS::Lambda::Function')).find(([, fn]) => fn.Properties['Description'] === system.functions['clockTick']?.description);
    if (!entry) throw new Error('no clockTick function');
    return { id: entry[0], properties: entry[1].Properties };
  };

  it('has the timers index: sparse by shard, ordered by the next timer, projecting the whole ticket', () => {
    const [table] = Object.values(resourcesOf(synth.stateful, 'AWS::DynamoDB::Table'));
    const indexes = table?.Properties['GlobalSecondaryIndexes'] as { IndexName: string }[];
    expect(indexes.find((index) => index.IndexName === 'timers')).toEqual({
      IndexName: 'timers',
      KeySchema: [
        { AttributeName: 'gsi4pk', KeyType: 'HASH' },
        { AttributeName: 'gsi4sk', KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: 'ALL' },
    });
  });

  it('runs clockTick every minute from an EventBridge rule, not retried, which may invoke it', () => {
    const { id } = clockFunction();
    synth.stateless.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(1 minute)',
      State: 'ENABLED',
      Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [id, 'Arn'] }, RetryPolicy: { MaximumRetryAttempts: 0, MaximumEventAgeInSeconds: 60 } })],
    });
    synth.stateless.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      Principal: 'events.amazonaws.com',
      FunctionName: { 'Fn::GetAtt': [id, 'Arn'] },
    });
  });

  it('lets clockTick Query the timers index and write tickets, and gives every ticket writer the same timer settings', () => {
    const { properties } = clockFunction();
    const role = (properties['Role'] as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
    const statements = Object.values(resourcesOf(synth.stateless, 'AWS::IAM::Policy'))
      .filter((policy) => JSON.stringify(policy.Properties['Roles']) === JSON.stringify([{ Ref: role }]))
      .flatMap((policy) => (policy.Properties['PolicyDocument'] as { Statement: { Action: string | string[]; Resource: unknown }[] }).Statement);
    const actions = statements.flatMap((statement) => [statement.Action].flat());
    expect(actions).toEqual(expect.arrayContaining(['dynamodb:Query', 'dynamodb:PutItem']));
    expect(JSON.stringify(statements.filter((statement) => [statement.Action].flat().includes('dynamodb:Query')))).toMatch(/\/index\/\*|\/index\/timers/);
    expect(actions).not.toContain('dynamodb:Scan');

    const writers = Object.values(resourcesOf(synth.stateless, 'AWS::Lambda::Function')).filter((fn) =>
      Object.values(system.functions).some((spec) => spec.table === 'readWrite' && spec.description === fn.Properties['Description']),
    );
    expect(writers.length).toBeGreaterThan(10);
    const settings = new Set(writers.map((fn) => (fn.Properties['Environment'] as { Variables: Record<string, string> }).Variables['CLOCK_SETTINGS']));
    // The default app gives no clock context: every writer gets the defaults ({}), one same value.
    expect([...settings]).toEqual(['{}']);
  });
});
