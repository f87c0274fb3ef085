import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import type { NagPack } from 'cdk-nag';
import type { Construct } from 'constructs';
import type { SystemSpec } from '../system';
import type { DeploymentSettings } from './deployment-settings';
import { StatefulStack } from './stateful-stack';
import { StatelessStack } from './stateless-stack';

/** The two stacks of one Ticketflow deployment. */
export interface TicketflowStacks {
  readonly stateful: StatefulStack;
  readonly stateless: StatelessStack;
}

/**
 * Adds a Ticketflow deployment of `system` to the app: the stateful stack (table, user pool) and
 * the stateless stack built on it. Throws if the stateless part names a function or state
 * machine the system lacks.
 */
export function defineTicketflow(scope: Construct, system: SystemSpec, settings: DeploymentSettings): TicketflowStacks {
  const stateful = new StatefulStack(scope, 'TicketflowStateful', {
    system,
    corsOrigins: settings.corsOrigins,
    description: 'Ticketflow data: the ticket table, the customers user pool and the files bucket (retained)',
  });
  const stateless = new StatelessStack(scope, 'TicketflowStateless', {
    system,
    settings,
    table: stateful.table,
    userPool: stateful.userPool,
    userPoolClient: stateful.userPoolClient,
    providerSecret: stateful.providerSecret,
    filesBucket: stateful.files.bucket,
    description: 'Ticketflow compute: functions, HTTP API, stream consumers, state machines',
  });
  return { stateful, stateless };
}

/**
 * The cdk-nag rule packs every deployment must pass, as fresh instances: register them with
 * `Validations.of(app).addPlugins(...)` so synthesis fails on an unacknowledged finding.
 */
export function compliancePacks(): NagPack[] {
  return [new AwsSolutionsChecks(), new ServerlessChecks()];
}
