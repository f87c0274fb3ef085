import { CfnOutput, Lazy, Stack } from 'aws-cdk-lib';
import type { StackProps } from 'aws-cdk-lib';
import type { IUserPool, IUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { StateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import type { IStateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { TicketflowFunction } from '../constructs/ticketflow-function';
import { resolveEnvironment, type FunctionSpec, type SystemSpec } from '../system';
import type { DeploymentSettings } from './deployment-settings';
import { TicketflowHttpApi } from './http-api';
import { taskTokenPartitionPrefix } from '../../functions/data/workflows';
import { providerEnvironment, readProviderSettings } from './provider-settings';
import { NotificationResources, type EmailSending } from './notifications';
import { Operations } from './observability';
import { Schedules } from './schedules';
import { StreamConsumers } from './stream-consumers';
import { Workflows, workflowName } from './workflows';
import { ScanResults } from './scan-results';

/** What the stateless stack is built from: the system, the stateful resources, the settings. */
export interface StatelessStackProps extends StackProps {
  readonly system: SystemSpec;
  readonly settings: DeploymentSettings;
  /** The portal: its address (emails link to it) and the origins it is served from (the API's CORS). */
  readonly portal: { readonly url: string; readonly origins: readonly string[] };
  readonly table: ITable;
  readonly userPool: IUserPool;
  readonly userPoolClient: IUserPoolClient;
  /** The provider credentials, readable by the functions that call providers only. */
  readonly providerSecret: ISecret;
  /** The key of rating links, readable by the functions that sign or check them only. */
  readonly ratingLinkSecret: ISecret;
  /** The files bucket of attachments; functions get the grants their FileAccess names. */
  readonly filesBucket: IBucket;
}

/**
 * Everything that can be replaced at will: every function of the system, the HTTP API and its
 * routes, the stream consumers and the state machines.
 */
export class StatelessStack extends Stack {
  readonly functions: ReadonlyMap<string, TicketflowFunction>;
  readonly httpApi: TicketflowHttpApi;
  readonly streamConsumers: StreamConsumers;
  readonly workflows: Workflows;
  readonly notifications: NotificationResources;
  readonly operations: Operations;
  readonly scanResults: ScanResults;

  constructor(scope: Construct, id: string, props: StatelessStackProps) {
    super(scope, id, props);
    const { system } = props;
    const machineRefs = new Map<string, IStateMachine>();
    const machineRef = (name: string): IStateMachine => {
      if (!(name in system.stateMachines)) throw new Error(`No state machine named ${name} in the system`);
      const known = machineRefs.get(name);
      if (known) return known;
      const ref = StateMachine.fromStateMachineName(this, `${name}Ref`, workflowName(this, name));
      machineRefs.set(name, ref);
      return ref;
    };
    this.notifications = new NotificationResources(this, 'Notifications', {
      senderAddress: props.settings.config.senderAddress,
      supportAlertEmail: props.settings.supportAlertEmail,
    });

    const functions = new Map<string, TicketflowFunction>();
    for (const [name, spec] of Object.entries(system.functions)) {
      const fn = new TicketflowFunction(this, name, {
        spec,
        environment: resolveEnvironment(spec.environment, {
          tableName: props.table.tableName,
          stateMachineArnOf: (machine) => machineRef(machine).stateMachineArn,
          config: { ...props.settings.config, portalUrl: props.portal.url },
          wording: props.settings.wording,
          clock: props.settings.clock,
          // The API is made after the functions (its routes need them); the notifier's links to it resolve at synth.
          apiUrl: Lazy.string({ produce: () => this.httpApi.stage.url }),
        }),
      });
      grantIntents(fn, spec, {
        table: props.table,
        indexNames: system.table.indexes.map((index) => index.name),
        machineRef,
        sending: this.notifications.sending,
        alertTopic: this.notifications.alertTopic,
        providerSecret: props.providerSecret,
        ratingLinkSecret: props.ratingLinkSecret,
        providerEnvironment: providerEnvironment(readProviderSettings(this.node), props.providerSecret.secretArn),
        filesBucket: props.filesBucket,
      });
      functions.set(name, fn);
    }
    this.functions = functions;
    // Customer routes never need a workflow's task token: IAM keeps them out of its partition.
    for (const name of customerOnlyFunctions(system)) functions.get(name)?.denyPartitions(props.table, [taskTokenPartitionPrefix]);
    const functionOf = (name: string) => {
      const fn = functions.get(name);
      if (!fn) throw new Error(`No function named ${name} in the system`);
      return fn.function;
    };

    this.httpApi = new TicketflowHttpApi(this, 'Http', {
      routes: system.routes,
      functionOf,
      userPool: props.userPool,
      userPoolClient: props.userPoolClient,
      corsOrigins: props.portal.origins,
      cors: system.cors,
    });
    this.streamConsumers = new StreamConsumers(this, 'Streams', { consumers: system.streamConsumers, table: props.table, functionOf });
    this.scanResults = new ScanResults(this, 'ScanResults', { bucket: props.filesBucket, function: functionOf(system.files.scanResultFunction) });
    const failureQueueAlarms = [
      ...[...this.streamConsumers.failureQueues].map(([consumer, queue]) => this.notifications.alarmOnFailureQueue(consumer, queue)),
      this.notifications.alarmOnFailureQueue(
        system.files.scanResultFunction,
        this.scanResults.failureQueue,
        'Malware scan results that could not be recorded wait in this queue (the event and the error): an attachment stays "being checked" until one is replayed.',
      ),
    ];
    new Schedules(this, 'Schedules', { schedules: system.schedules, functionOf });
    this.workflows = new Workflows(this, 'Workflows', { machines: system.stateMachines, functionOf, alarmTopic: this.notifications.alertTopic });
    this.operations = new Operations(this, 'Operations', {
      system,
      httpApi: this.httpApi.api,
      table: props.table,
      functionOf,
      machines: this.workflows.machines,
      failureQueues: this.streamConsumers.failureQueues,
      otherAlarms: [...failureQueueAlarms, ...this.workflows.alarms.values()],
      alertTopic: this.notifications.alertTopic,
    });

    new CfnOutput(this, 'ApiUrl', { value: this.httpApi.stage.url, description: 'Base URL of the HTTP API' });
  }
}

interface IntentTargets {
  readonly table: ITable;
  readonly indexNames: readonly string[];
  readonly machineRef: (name: string) => IStateMachine;
  readonly sending: EmailSending;
  readonly alertTopic: ITopic;
  readonly providerSecret: ISecret;
  readonly ratingLinkSecret: ISecret;
  readonly providerEnvironment: Readonly<Record<string, string>>;
  readonly filesBucket: IBucket;
}

function grantIntents(fn: TicketflowFunction, spec: FunctionSpec, targets: IntentTargets): void {
  fn.bindTable(targets.table, spec.table, targets.indexNames);
  for (const name of spec.stateMachines?.start ?? []) fn.allowStartExecution(targets.machineRef(name));
  for (const name of spec.stateMachines?.answerTasks ?? []) fn.allowAnswerTasks(targets.machineRef(name));
  if (spec.sendsEmail) fn.allowSendEmail(targets.sending);
  if (spec.alertsTeam) fn.allowAlertTeam(targets.alertTopic);
  for (const name of spec.stateMachines?.stop ?? []) fn.allowStopExecution(targets.machineRef(name), workflowName(fn, name));
  for (const name of spec.stateMachines?.inspect ?? []) fn.allowInspectExecutions(targets.machineRef(name), workflowName(fn, name));
  if (spec.callsProviders) fn.allowCallProviders(targets.providerSecret, targets.providerEnvironment);
  if (spec.ratingLinks) fn.allowRatingLinks(targets.ratingLinkSecret);
  if (spec.files?.length) fn.allowFiles(targets.filesBucket, spec.files);
}

/** The functions behind customer routes only (a function also serving agents or webhooks is not one). */
function customerOnlyFunctions(system: SystemSpec): string[] {
  return Object.keys(system.functions).filter((name) => {
    const auths = system.routes.filter((route) => route.function === name).map((route) => route.auth);
    return auths.length > 0 && auths.every((auth) => auth === 'customer');
  });
}
