import { Duration, Validations } from 'aws-cdk-lib';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import type { ScheduleSpec } from '../system';

/**
 * The system's schedules as EventBridge rules, each invoking its function with the scheduled event
 * (whose `time` the function reads as now). A tick is not retried: the next one, a minute later,
 * finds what this one left due.
 */
export class Schedules extends Construct {
  constructor(scope: Construct, id: string, props: { readonly schedules: readonly ScheduleSpec[]; readonly functionOf: (name: string) => IFunction }) {
    super(scope, id);
    for (const schedule of props.schedules) {
      const rule = new Rule(this, `${schedule.function}Schedule`, {
        description: `Runs ${schedule.function} on ${schedule.expression}`,
        schedule: Schedule.expression(schedule.expression),
        targets: [new LambdaFunction(props.functionOf(schedule.function), { retryAttempts: 0, maxEventAge: Duration.minutes(1) })],
      });
      Validations.of(rule).acknowledge({
        id: 'Serverless-EventBusDLQ',
        reason: 'A tick that fails is not worth keeping: what it should have fired is still due in the table, and the next tick, a minute later, fires it.',
      });
    }
  }
}
