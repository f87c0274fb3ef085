import { join } from 'node:path';
import { Duration, Stack, Validations } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, MathExpression, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { DefinitionBody, LogLevel, StateMachine, StateMachineType } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { repositoryRoot } from '../constructs/repository-root';
import type { StateMachineSpec, SubstitutionValue } from '../system';

/** What the workflows are built from. */
export interface WorkflowsProps {
  readonly machines: Readonly<Record<string, StateMachineSpec>>;
  readonly functionOf: (name: string) => IFunction;
  /** Where the alarm on failed and timed-out executions is sent (the support team's alert topic). */
  readonly alarmTopic?: ITopic;
}

/**
 * The deployed name of a state machine. Fixed from the stack name so that functions can be told
 * (and granted) a machine's ARN without referencing the machine, whose definition may in turn
 * reference those same functions: a reference both ways would be a CloudFormation cycle.
 */
export function workflowName(scope: Construct, name: string): string {
  return `${Stack.of(scope).stackName}-${name}`;
}

/**
 * One Step Functions state machine per StateMachineSpec, defined by its ASL file with the spec's
 * substitutions, logging every event to its own log group, traced, and allowed to invoke exactly
 * the functions its substitutions name.
 */
export class Workflows extends Construct {
  readonly machines: ReadonlyMap<string, StateMachine>;
  /** One alarm per machine: an execution failed or timed out, so a ticket waits for ops. */
  readonly alarms: ReadonlyMap<string, Alarm>;

  constructor(scope: Construct, id: string, props: WorkflowsProps) {
    super(scope, id);
    const machines = new Map<string, StateMachine>();
    const alarms = new Map<string, Alarm>();
    for (const [name, spec] of Object.entries(props.machines)) {
      const machine = this.addMachine(name, spec, props.functionOf);
      machines.set(name, machine);
      alarms.set(name, this.addAlarm(name, machine, props.alarmTopic));
    }
    this.machines = machines;
    this.alarms = alarms;
  }

  private addAlarm(name: string, machine: StateMachine, topic: ITopic | undefined): Alarm {
    const period = Duration.minutes(5);
    const alarm = new Alarm(this, `${name}Failures`, {
      alarmDescription: `A ${name} execution failed or timed out: its ticket needs ops (look up the execution by the ticket number, fix, redrive).`,
      metric: new MathExpression({
        expression: 'failed + timedOut',
        usingMetrics: { failed: machine.metricFailed({ period, statistic: 'Sum' }), timedOut: machine.metricTimedOut({ period, statistic: 'Sum' }) },
        period,
        label: `${name} executions failed or timed out`,
      }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    if (topic) alarm.addAlarmAction(new SnsAction(topic));
    return alarm;
  }

  private addMachine(name: string, spec: StateMachineSpec, functionOf: (name: string) => IFunction): StateMachine {
    const machineName = workflowName(this, name);
    const invoked = [...new Set(Object.values(spec.substitutions).flatMap((value) => (typeof value === 'object' ? [value.function] : [])))];
    const machine = new StateMachine(this, name, {
      stateMachineName: machineName,
      stateMachineType: spec.type === 'EXPRESS' ? StateMachineType.EXPRESS : StateMachineType.STANDARD,
      definitionBody: DefinitionBody.fromFile(join(repositoryRoot, spec.aslFile)),
      definitionSubstitutions: Object.fromEntries(
        Object.entries(spec.substitutions).map(([key, value]) => [key, substitution(value, functionOf)]),
      ),
      logs: {
        // The vendedlogs prefix keeps CloudWatch's account-wide resource policy from growing per machine.
        destination: new LogGroup(this, `${name}Logs`, { logGroupName: `/aws/vendedlogs/states/${machineName}`, retention: RetentionDays.ONE_MONTH }),
        level: LogLevel.ALL,
        // Standard workflows keep their execution history in Step Functions; express ones have only these logs.
        includeExecutionData: spec.type === 'EXPRESS',
      },
      tracingEnabled: true,
    });
    // Only the unqualified ARNs the definition names: grantInvoke would add every version and alias (`:*`).
    if (invoked.length > 0) {
      machine.addToRolePolicy(new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: invoked.map((fn) => functionOf(fn).functionArn) }));
    }
    Validations.of(machine.role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'Log delivery (logs:*LogDelivery*, DescribeLogGroups) and X-Ray writes support no resource-level permissions.',
    });
    return machine;
  }
}

function substitution(value: SubstitutionValue, functionOf: (name: string) => IFunction): string {
  if (typeof value === 'object') return functionOf(value.function).functionArn;
  return String(value);
}
