import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultDeploymentSettings } from '../../infra/stacks/deployment-settings';
import { system } from '../../infra/system';
import { producerOf, resourcesOf, synthesize, type Synthesized } from './synthesize';

// The product's system without bundling (the bundles are product-stacks.test.ts's concern), with and without browser origins.
let synth: Synthesized;
let withOrigins: Synthesized;
beforeAll(() => {
  synth = synthesize(system);
  withOrigins = synthesize(system, { settings: { ...defaultDeploymentSettings, corsOrigins: ['https://app.pay.example'] } });
});

type Statement = { Sid?: string; Effect: string; Action: string | string[]; Resource: unknown; Condition?: Record<string, Record<string, unknown>>; Principal?: unknown };

function onlyOne<T>(values: Record<string, T>): [string, T] {
  const entries = Object.entries(values);
  if (entries.length !== 1) throw new Error(`expected exactly one, found ${entries.length}`);
  return entries[0]!;
}

const filesBucket = (s: Synthesized) =>
  onlyOne(Object.fromEntries(Object.entries(resourcesOf(s.stateful, 'AWS::S3::Bucket')).filter(([, bucket]) => bucket.Properties['LoggingConfiguration'] !== undefined)));

/** The stateless function a system function became, and the statements of every policy of its role. */
function deployedFunction(name: string): { id: string; properties: Record<string, unknown>; statements: Statement[] } {
  const [id, fn] = onlyOne(
    Object.fromEntries(Object.entries(resourcesOf(synth.stateless, 'AWS::Lambda::Function')).filter(([, candidate]) => candidate.Properties['Description'] === system.functions[name]?.description)),
  );
  const role = (fn.Properties['Role'] as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
  const statements = Object.values(resourcesOf(synth.stateless, 'AWS::IAM::Policy'))
    .filter((policy) => JSON.stringify(policy.Properties['Roles']) === JSON.stringify([{ Ref: role }]))
    .flatMap((policy) => (policy.Properties['PolicyDocument'] as { Statement: Statement[] }).Statement);
  return { id, properties: fn.Properties, statements };
}

/** A resource of the stateless stack as `<bucket>/<suffix>`, the bucket named by its stateful logical id. */
function bucketResource(resource: unknown): string {
  const join = (resource as { 'Fn::Join'?: [string, unknown[]] })['Fn::Join'];
  if (!join) return JSON.stringify(resource);
  const [arn, ...rest] = join[1];
  const producer = producerOf(arn, synth.stateful) ?? arn;
  const id = (producer as { 'Fn::GetAtt'?: [string, string] })['Fn::GetAtt']?.[0];
  return `${id === filesBucket(synth)[0] ? '<files>' : JSON.stringify(producer)}${rest.join('')}`;
}

describe('the files bucket', () => {
  it('is retained, encrypted, private, TLS only, without ACLs or versions, and logs access to a bucket of its own', () => {
    const [, bucket] = filesBucket(synth);
    expect(bucket['DeletionPolicy']).toBe('Retain');
    expect(bucket.Properties).toMatchObject({
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
      LoggingConfiguration: { LogFilePrefix: 'files/' },
    });
    expect(bucket.Properties['VersioningConfiguration']).toBeUndefined();
    const [, policy] = onlyOne(
      Object.fromEntries(Object.entries(resourcesOf(synth.stateful, 'AWS::S3::BucketPolicy')).filter(([, candidate]) => JSON.stringify(candidate.Properties['Bucket']).includes(filesBucket(synth)[0]))),
    );
    expect((policy.Properties['PolicyDocument'] as { Statement: Statement[] }).Statement).toContainEqual(
      expect.objectContaining({ Effect: 'Deny', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
    );
  });

  it('expires unattached uploads after uploadsExpireAfterDays and aborts incomplete multipart uploads', () => {
    const [, bucket] = filesBucket(synth);
    expect((bucket.Properties['LifecycleConfiguration'] as { Rules: unknown[] }).Rules).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ Prefix: 'uploads/', ExpirationInDays: system.files.uploadsExpireAfterDays, Status: 'Enabled' }),
        expect.objectContaining({ AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 }, Status: 'Enabled' }),
      ]),
    );
  });

  it('answers browsers of the deployment’s origins only (the deployed portal’s by default): POST for uploads, GET and HEAD for downloads', () => {
    const portalOrigins = (filesBucket(synth)[1].Properties['CorsConfiguration'] as { CorsRules: { AllowedOrigins: unknown[] }[] }).CorsRules[0]?.AllowedOrigins;
    expect(portalOrigins).toHaveLength(1);
    expect(JSON.stringify(portalOrigins)).toMatch(/"StackName":"TicketflowPortal".*Distribution.*DomainName/);
    expect(filesBucket(withOrigins)[1].Properties['CorsConfiguration']).toEqual({
      CorsRules: [{ AllowedOrigins: ['https://app.pay.example'], AllowedMethods: ['GET', 'HEAD', 'POST'], AllowedHeaders: ['*'], ExposedHeaders: ['ETag'], MaxAge: 3600 }],
    });
  });

  it('refuses to read an attachment whose scan tag is not NO_THREATS_FOUND, to everyone but GuardDuty’s role', () => {
    const [bucketId] = filesBucket(synth);
    const [roleId] = onlyOne(resourcesOf(synth.stateful, 'AWS::IAM::Role'));
    const statements = Object.values(resourcesOf(synth.stateful, 'AWS::S3::BucketPolicy')).flatMap((policy) => (policy.Properties['PolicyDocument'] as { Statement: Statement[] }).Statement);
    expect(statements).toContainEqual({
      Sid: 'OnlyScannedCleanAttachmentsCanBeRead',
      Effect: 'Deny',
      Principal: { AWS: '*' },
      Action: ['s3:GetObject', 's3:GetObjectVersion'],
      Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [bucketId, 'Arn'] }, '/attachments/*']] },
      Condition: { StringNotEquals: { 's3:ExistingObjectTag/GuardDutyMalwareScanStatus': 'NO_THREATS_FOUND', 'aws:PrincipalArn': { 'Fn::GetAtt': [roleId, 'Arn'] } } },
    });
  });
});

describe('GuardDuty Malware Protection for S3', () => {
  it('protects the attachments/ prefix of the files bucket with tagging on, through its own role', () => {
    const [bucketId] = filesBucket(synth);
    const [roleId] = onlyOne(resourcesOf(synth.stateful, 'AWS::IAM::Role'));
    const [, plan] = onlyOne(resourcesOf(synth.stateful, 'AWS::GuardDuty::MalwareProtectionPlan'));
    expect(plan.Properties).toEqual({
      Role: { 'Fn::GetAtt': [roleId, 'Arn'] },
      ProtectedResource: { S3Bucket: { BucketName: { Ref: bucketId }, ObjectPrefixes: ['attachments/'] } },
      Actions: { Tagging: { Status: 'ENABLED' } },
    });
    expect(plan['DependsOn']).toEqual(expect.arrayContaining([expect.stringMatching(/MalwareScanPolicy/)]));
  });

  it('gives its role the permissions AWS documents, objects limited to the protected prefix', () => {
    synth.stateful.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: { Statement: [Match.objectLike({ Principal: { Service: 'malware-protection-plan.guardduty.amazonaws.com' } })] },
    });
    const [, policy] = onlyOne(Object.fromEntries(Object.entries(resourcesOf(synth.stateful, 'AWS::IAM::Policy')).filter(([id]) => id.includes('MalwareScanPolicy'))));
    const statements = (policy.Properties['PolicyDocument'] as { Statement: Statement[] }).Statement;
    // In any order: CDK sorts a statement's actions.
    const actionsOf = (sid: string) => [statements.find((statement) => statement.Sid === sid)?.Action].flat().sort();
    expect(actionsOf('AllowManagedRuleToSendS3EventsToGuardDuty')).toEqual(['events:PutRule', 'events:DeleteRule', 'events:PutTargets', 'events:RemoveTargets'].sort());
    expect(actionsOf('AllowGuardDutyToMonitorEventBridgeManagedRule')).toEqual(['events:DescribeRule', 'events:ListTargetsByRule'].sort());
    expect(actionsOf('AllowEnableS3EventBridgeEvents')).toEqual(['s3:PutBucketNotification', 's3:GetBucketNotification'].sort());
    expect(actionsOf('AllowCheckBucketOwnership')).toEqual(['s3:ListBucket'].sort());
    expect(actionsOf('AllowPutValidationObject')).toEqual(['s3:PutObject'].sort());
    expect(actionsOf('AllowMalwareScan')).toEqual(['s3:GetObject', 's3:GetObjectVersion'].sort());
    expect(actionsOf('AllowPostScanTag')).toEqual(['s3:PutObjectTagging', 's3:GetObjectTagging', 's3:PutObjectVersionTagging', 's3:GetObjectVersionTagging'].sort());
    const scan = statements.find((statement) => statement.Sid === 'AllowMalwareScan');
    expect(JSON.stringify(scan?.Resource)).toContain('/attachments/*');
  });

  it('sends its scan results for this bucket to the scan-result function, with a failure queue', () => {
    const scanResult = deployedFunction(system.files.scanResultFunction);
    const eventRules = resourcesOf(synth.stateless, 'AWS::Events::Rule');
    // The clock's schedule is a rule too; the scan results' is the one with an event pattern.
    const [, rule] = onlyOne(Object.fromEntries(Object.entries(eventRules).filter(([, each]) => each.Properties['EventPattern'] !== undefined)));
    const pattern = rule.Properties['EventPattern'] as { source: string[]; 'detail-type': string[]; detail: { s3ObjectDetails: { bucketName: unknown[] } } };
    expect(pattern.source).toEqual(['aws.guardduty']);
    expect(pattern['detail-type']).toEqual(['GuardDuty Malware Protection Object Scan Result']);
    expect(producerOf(pattern.detail.s3ObjectDetails.bucketName[0], synth.stateful)).toEqual({ Ref: filesBucket(synth)[0] });
    const [target] = rule.Properties['Targets'] as { Arn: unknown; DeadLetterConfig?: unknown }[];
    expect(target?.Arn).toEqual({ 'Fn::GetAtt': [scanResult.id, 'Arn'] });
    expect(target?.DeadLetterConfig).toBeDefined();
    synth.stateless.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: scanResult.id },
      MaximumRetryAttempts: 2,
      DestinationConfig: { OnFailure: { Destination: Match.anyValue() } },
    });
  });
});

describe('the grants of FileAccess', () => {
  it('lets the scan-result function delete attachments and nothing else of the bucket, and names the bucket in FILES_BUCKET', () => {
    const scanResult = deployedFunction(system.files.scanResultFunction);
    const s3Statements = scanResult.statements.filter((statement) => [statement.Action].flat().some((action) => action.startsWith('s3:')));
    expect(s3Statements.map((statement) => ({ actions: [statement.Action].flat(), resource: bucketResource(statement.Resource) }))).toEqual([
      { actions: ['s3:DeleteObject'], resource: '<files>/attachments/*' },
    ]);
    const variables = (scanResult.properties['Environment'] as { Variables: Record<string, unknown> }).Variables;
    expect(producerOf(variables['FILES_BUCKET'], synth.stateful)).toEqual({ Ref: filesBucket(synth)[0] });
  });

  it('lets the routes that attach read and delete uploads only, and the attachment copier copy uploads to attachments only', () => {
    const s3Of = (name: string) =>
      deployedFunction(name)
        .statements.filter((statement) => [statement.Action].flat().some((action) => action.startsWith('s3:')))
        .map((statement) => ({ actions: [statement.Action].flat().sort(), resource: bucketResource(statement.Resource) }));
    expect(s3Of('createTicket')).toEqual([{ actions: ['s3:DeleteObject', 's3:GetObject'], resource: '<files>/uploads/*' }]);
    expect(s3Of('attachmentCopies')).toEqual([
      { actions: ['s3:GetObject'], resource: '<files>/uploads/*' },
      { actions: ['s3:PutObject'], resource: '<files>/attachments/*' },
    ]);
  });

  it('gives no file access to a function whose spec names none', () => {
    const getMe = deployedFunction('getMe');
    expect(getMe.statements.flatMap((statement) => [statement.Action].flat()).filter((action) => action.startsWith('s3:'))).toEqual([]);
    expect((getMe.properties['Environment'] as { Variables: Record<string, unknown> }).Variables['FILES_BUCKET']).toBeUndefined();
  });

  it('leaves no AwsSolutions or Serverless finding unacknowledged, with browser origins too', () => {
    expect(withOrigins.findings).toEqual([]);
  });
});
