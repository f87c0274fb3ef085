import { ArnFormat, CfnOutput, Stack } from 'aws-cdk-lib';
import type { StackProps } from 'aws-cdk-lib';
import type { IUserPool, IUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { StateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import type { IStateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { TicketflowFunction } from '../constructs/ticketflow-function';
import { resolveEnvironment, type FunctionSpec, type SystemSpec } from '../system';
import { domainOf } from './deployment-settings';
import type { DeploymentSettings } from './deployment-settings';
import { TicketflowHttpApi } from './http-api';
import { StreamConsumers } from './stream-consumers';
import { Workflows, workflowName } from './workflows';

/** What the stateless stack is built from: the system, the stateful resources, the settings. */
export interface StatelessStackProps extends StackProps {
  readonly system: SystemSpec;
  readonly settings: DeploymentSettings;
  readonly table: ITable;
  readonly userPool: IUserPool;
  readonly userPoolClient: IUserPoolClient;
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
    const sesIdentityArn = this.formatArn({
      service: 'ses',
      resource: 'identity',
      resourceName: domainOf(props.settings.config.senderAddress),
      arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
    });

    const functions = new Map<string, TicketflowFunction>();
    for (const [name, spec] of Object.entries(system.functions)) {
      const fn = new TicketflowFunction(this, name, {
        spec,
        environment: resolveEnvironment(spec.environment, {
          tableName: props.table.tableName,
          stateMachineArnOf: (machine) => machineRef(machine).stateMachineArn,
          config: props.settings.config,
        }),
      });
      grantIntents(fn, spec, { table: props.table, indexNames: system.table.indexes.map((index) => index.name), machineRef, sesIdentityArn });
      functions.set(name, fn);
    }
    this.functions = functions;
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
      corsOrigins: props.settings.corsOrigins,
      cors: system.cors,
    });
    this.streamConsumers = new StreamConsumers(this, 'Streams', { consumers: system.streamConsumers, table: props.table, functionOf });
    this.workflows = new Workflows(this, 'Workflows', { machines: system.stateMachines, functionOf });

    new CfnOutput(this, 'ApiUrl', { value: this.httpApi.stage.url, description: 'Base URL of the HTTP API' });
  }
}

interface IntentTargets {
  readonly table: ITable;
  readonly indexNames: readonly string[];
  readonly machineRef: (name: string) => IStateMachine;
  readonly sesIdentityArn: string;
}

function grantIntents(fn: TicketflowFunction, spec: FunctionSpec, targets: IntentTargets): void {
  fn.bindTable(targets.table, spec.table, targets.indexNames);
  for (const name of spec.stateMachines?.start ?? []) fn.allowStartExecution(targets.machineRef(name));
  for (const name of spec.stateMachines?.answerTasks ?? []) fn.allowAnswerTasks(targets.machineRef(name));
  if (spec.sendsEmail) fn.allowSendEmail(targets.sesIdentityArn);
}
