import { join } from 'node:path';
import { Duration, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { LogLevel, NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IStateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import type { FunctionSpec, TableAccess } from '../system';
import { repositoryRoot } from './repository-root';

// esbuild's ESM output has no `require`; a few dependencies still call it for Node built-ins.
const esmRequireShim = "import { createRequire as __tfCreateRequire } from 'node:module'; const require = __tfCreateRequire(import.meta.url);";

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
 * by the local esbuild (AWS SDK included, minified, with source maps), X-Ray tracing, its own log
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
      environment: { NODE_OPTIONS: '--enable-source-maps', ...props.environment },
      bundling: {
        format: OutputFormat.ESM,
        mainFields: ['module', 'main'],
        banner: esmRequireShim,
        minify: true,
        sourceMap: true,
        sourcesContent: false,
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

  /** Lets the function send email through SES as the given verified identity. */
  allowSendEmail(identityArn: string): void {
    this.role.addToPrincipalPolicy(new PolicyStatement({ actions: ['ses:SendEmail', 'ses:SendRawEmail'], resources: [identityArn] }));
  }

  private acknowledgeSynchronousInvocation(): void {
    const reason =
      'Ticketflow invokes no function asynchronously: API Gateway, the stream event source mapping and Step Functions ' +
      'call synchronously and handle failures themselves (error response, on-failure queue, Retry/Catch).';
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
