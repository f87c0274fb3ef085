import { join } from 'node:path';
import { Duration, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Effect, Policy, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { LogLevel, NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IStateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { FileAccess, FunctionSpec, TableAccess } from '../system';
import { fileKeyPrefixes } from '../../functions/domain/attachment';
import type { EmailSending } from '../stacks/notifications';
import { functionBundling, functionNodeOptions } from '../bundling';
import { repositoryRoot } from './repository-root';
import { acknowledgeWildcardResources } from './wildcard-acknowledgements';
import { ratingLinkSecretVariable } from '../../functions/shared/rating-link-key';

// Transactions need no actions of their own: DynamoDB authorizes each item operation inside them.
const tableReadActions = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:ConditionCheckItem', 'dynamodb:DescribeTable'];
const tableWriteActions = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'];

const defaultTimeoutSeconds = 10;
const defaultMemoryMb = 512;

/** What the construct needs to know about one function of the system. */
export interface TicketflowFunctionProps {
  readonly spec: FunctionSpec;
  /** The function's own variables, already resolved from the EnvValue references of its spec. */
  readonly environment: Readonly<Record<string, string>>;
}

/**
 * One Ticketflow Lambda function with the project's defaults: Node 24 on arm64, an ESM bundle made
 * by the local esbuild with the options of infra/bundling.ts (AWS SDK included, minified, with a
 * source map its stack traces read when an error is logged), X-Ray tracing, its own log
 * group with a retention, and a role that starts with nothing but writing to that log group.
 * Everything else the function may do is added through the intent methods below.
 */
export class TicketflowFunction extends Construct {
  readonly function: NodejsFunction;
  readonly logGroup: LogGroup;
  readonly role: Role;

  constructor(scope: Construct, id: string, props: TicketflowFunctionProps) {
    super(scope, id);
    const { spec } = props;
    this.logGroup = new LogGroup(this, 'Logs', { retention: RetentionDays.TWO_WEEKS });
    // Our own role instead of AWSLambdaBasicExecutionRole: that managed policy may write to every log group.
    this.role = new Role(this, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    this.logGroup.grantWrite(this.role);
    this.function = new NodejsFunction(this, 'Function', {
      entry: join(repositoryRoot, spec.entry),
      handler: 'handler',
      description: spec.description,
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      timeout: Duration.seconds(spec.timeoutSeconds ?? defaultTimeoutSeconds),
      memorySize: spec.memoryMb ?? defaultMemoryMb,
      tracing: Tracing.ACTIVE,
      role: this.role,
      logGroup: this.logGroup,
      projectRoot: repositoryRoot,
      depsLockFilePath: join(repositoryRoot, 'package-lock.json'),
      environment: { ...(functionNodeOptions ? { NODE_OPTIONS: functionNodeOptions } : {}), ...props.environment },
      bundling: {
        format: functionBundling.format === 'esm' ? OutputFormat.ESM : OutputFormat.CJS,
        target: functionBundling.target,
        mainFields: [...functionBundling.mainFields],
        banner: functionBundling.banner,
        minify: functionBundling.minify,
        keepNames: functionBundling.keepNames,
        sourceMap: functionBundling.sourcemap,
        sourcesContent: functionBundling.sourcesContent,
        inject: [...functionBundling.inject],
        loader: { ...functionBundling.loader },
        // NodejsFunction has no alias option of its own; it passes esbuildArgs to esbuild as they are.
        esbuildArgs: { '--alias': Object.entries(functionBundling.alias).map(([from, to]) => `${from}=${to}`) },
        // The bundle carries the SDK version we test with instead of whatever the runtime ships.
        bundleAwsSDK: true,
        forceDockerBundling: false,
        logLevel: LogLevel.WARNING,
      },
    });
    this.acknowledgeSynchronousInvocation();
    this.acknowledgeWildcards();
  }

  /**
   * Lets the function read the table and the named indexes (GetItem, BatchGetItem, Query) or also
   * write items, and tells it the table's name in TABLE_NAME. Scan is never granted: every read
   * is a GetItem or a Query.
   */
  bindTable(table: ITable, access: TableAccess, indexNames: readonly string[]): void {
    if (access === 'none') return;
    const actions = access === 'read' ? tableReadActions : [...tableReadActions, ...tableWriteActions];
    const resources = [table.tableArn, ...indexNames.map((index) => `${table.tableArn}/index/${index}`)];
    this.role.addToPrincipalPolicy(new PolicyStatement({ actions, resources }));
    this.function.addEnvironment('TABLE_NAME', table.tableName);
  }

  /** Lets the function start executions of the state machine. */
  allowStartExecution(machine: IStateMachine): void {
    machine.grantStartExecution(this.function);
  }

  /** Lets the function answer (succeed, fail, heartbeat) task tokens handed out by the state machine. */
  allowAnswerTasks(machine: IStateMachine): void {
    this.role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['states:SendTaskSuccess', 'states:SendTaskFailure', 'states:SendTaskHeartbeat'],
        resources: [machine.stateMachineArn],
      }),
    );
  }

  /**
   * Lets the function send email through SES as the sender identity, from the sender address
   * only, in the configuration set (whose name it finds in EMAIL_CONFIGURATION_SET): SES
   * authorizes a send against both the identity and the configuration set.
   */
  allowSendEmail(sending: EmailSending): void {
    this.role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['ses:SendEmail', 'ses:SendRawEmail'],
        resources: [sending.identityArn, sending.configurationSetArn],
        conditions: { StringEquals: { 'ses:FromAddress': sending.fromAddress } },
      }),
    );
    this.function.addEnvironment('EMAIL_CONFIGURATION_SET', sending.configurationSetName);
  }

  /** Lets the function publish to the support team's alert topic, whose ARN it finds in ALERT_TOPIC_ARN. */
  allowAlertTeam(topic: ITopic): void {
    this.role.addToPrincipalPolicy(new PolicyStatement({ actions: ['sns:Publish'], resources: [topic.topicArn] }));
    // Publishing to an encrypted topic encrypts with its key: exactly these two actions, not grantPublish's kms:GenerateDataKey*.
    if (topic.masterKey) {
      this.role.addToPrincipalPolicy(new PolicyStatement({ actions: ['kms:GenerateDataKey', 'kms:Decrypt'], resources: [topic.masterKey.keyArn] }));
    }
    this.function.addEnvironment('ALERT_TOPIC_ARN', topic.topicArn);
  }

  /** Lets the function stop executions of the state machine named `machineName` (a customer cancelling their withdrawal). */
  allowStopExecution(machine: IStateMachine, machineName: string): void {
    machine.grantExecution(this.function, 'states:StopExecution');
    this.acknowledgeExecutions(machineName);
  }

  /** Lets the function read executions of the state machine and their history (the workflow view). */
  allowInspectExecutions(machine: IStateMachine, machineName: string): void {
    machine.grantExecution(this.function, 'states:DescribeExecution', 'states:GetExecutionHistory');
    this.acknowledgeExecutions(machineName);
  }

  /** Executions are named by ticket number at run time: their ARNs can only be granted by the machine's prefix. */
  private acknowledgeExecutions(machineName: string): void {
    Validations.of(this.role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:states:<AWS::Region>:<AWS::AccountId>:execution:${machineName}:*]`,
      reason: 'Executions of this one state machine only; each is named by its ticket number when it starts.',
    });
  }

  /**
   * Lets the function call the outside parties: it reads the provider secret (and only that
   * secret) and finds the providers' addresses in its environment.
   */
  allowCallProviders(secret: ISecret, environment: Readonly<Record<string, string>>): void {
    secret.grantRead(this.role);
    for (const [name, value] of Object.entries(environment)) this.function.addEnvironment(name, value);
  }

  /**
   * Lets the function sign or check rating links: it reads the secret holding their key (and only
   * that secret), whose ARN it finds in RATING_LINK_SECRET_ID.
   */
  allowRatingLinks(secret: ISecret): void {
    secret.grantRead(this.role);
    this.function.addEnvironment(ratingLinkSecretVariable, secret.secretArn);
  }

  /**
   * Lets the function do what its FileAccess names with the files bucket, each on its prefix only
   * (see FileAccess), and tells it the bucket's name in FILES_BUCKET. Nobody may list the bucket.
   */
  allowFiles(bucket: IBucket, access: readonly FileAccess[]): void {
    const uploads = bucket.arnForObjects(`${fileKeyPrefixes.uploads}*`);
    const attachments = bucket.arnForObjects(`${fileKeyPrefixes.attachments}*`);
    const grants: Record<FileAccess, readonly { actions: string[]; resources: string[] }[]> = {
      // A presigned POST is authorized as the signer's PutObject when S3 receives it.
      presignUploads: [{ actions: ['s3:PutObject'], resources: [uploads] }],
      // Reads the upload (HEAD, first bytes) and deletes refused ones.
      attach: [{ actions: ['s3:GetObject', 's3:DeleteObject'], resources: [uploads] }],
      // Copies it: GetObject of the source, PutObject of the copy.
      copyAttached: [
        { actions: ['s3:GetObject'], resources: [uploads] },
        { actions: ['s3:PutObject'], resources: [attachments] },
      ],
      // A presigned GET is authorized as the signer's GetObject when it is used (and the bucket policy's scan tag).
      presignDownloads: [{ actions: ['s3:GetObject'], resources: [attachments] }],
      deleteAttachments: [{ actions: ['s3:DeleteObject'], resources: [attachments] }],
    };
    const policy = new Policy(this, 'FilesPolicy', { statements: [...new Set(access)].flatMap((grant) => grants[grant].map((statement) => new PolicyStatement(statement))) });
    this.role.attachInlinePolicy(policy);
    acknowledgeWildcardResources(
      policy,
      [...new Set(access)].flatMap((grant) => grants[grant].flatMap((statement) => statement.resources)),
      'Objects of the files bucket are named by ids made at run time: each grant is limited to the one prefix its use needs (uploads/ or attachments/).',
    );
    this.function.addEnvironment('FILES_BUCKET', bucket.bucketName);
  }

  /**
   * Denies the function every item whose partition key starts with one of `prefixes` (task tokens
   * for customer routes), whatever else it is granted: DynamoDB checks dynamodb:LeadingKeys on
   * each key it reads or writes, so the rule holds for GetItem, Query and writes alike.
   */
  denyPartitions(table: ITable, prefixes: readonly string[]): void {
    this.role.addToPrincipalPolicy(
      new PolicyStatement({
        effect: Effect.DENY,
        actions: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem', 'dynamodb:ConditionCheckItem'],
        resources: [table.tableArn],
        conditions: { 'ForAnyValue:StringLike': { 'dynamodb:LeadingKeys': prefixes.map((prefix) => `${prefix}*`) } },
      }),
    );
  }

  private acknowledgeSynchronousInvocation(): void {
    const reason =
      'API Gateway, the stream event source mapping and Step Functions call synchronously and handle failures themselves ' +
      '(error response, on-failure queue, Retry/Catch). Of the two functions invoked asynchronously by EventBridge, the scan ' +
      'results have an on-failure destination queue instead of a DLQ, which keeps the error with the event ' +
      '(infra/stacks/scan-results.ts), and the clock\'s schedule needs none: a failed tick leaves its timers due for the next one a minute later.';
    Validations.of(this.function).acknowledge({ id: 'Serverless-LambdaDLQ', reason });
  }

  private acknowledgeWildcards(): void {
    Validations.of(this.role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'Only actions without resource-level permissions are granted on *: X-Ray PutTraceSegments and ' +
        'PutTelemetryRecords, and for stream consumers dynamodb:ListStreams.',
    });
  }
}
