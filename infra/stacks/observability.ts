import { Duration } from 'aws-cdk-lib';
import {
  Alarm,
  AlarmStatusWidget,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  MathExpression,
  Metric,
  TextWidget,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import type { IAlarm, IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { IStateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { businessMetricNames, businessMetrics, metricsNamespace, serviceName } from '../../functions/shared/business-metrics';
import type { SystemSpec } from '../system';

/**
 * When an alarm fires. The product answers bad input with a 4xx, so a 5xx is a defect; a few are
 * tolerated before paging because API Gateway retries nothing and one can come from a cold
 * dependency. A task's Lambda error is sometimes part of a workflow (ProviderUnavailable, retried;
 * TicketMovedOn, caught), so a function alarms on a burst rather than on one.
 */
export const alarmThresholds = {
  /** 5xx answers of the API within 5 minutes. */
  api5xxPerFiveMinutes: 3,
  /** The API's p99 latency, in ms, for 3 periods of 5 minutes in a row. */
  apiP99LatencyMs: 2000,
  /** Read and write throttle events of the table and its indexes within 5 minutes. */
  tableThrottlesPerFiveMinutes: 1,
  /** A function's errors and throttles within 5 minutes. */
  functionFailuresPerFiveMinutes: 5,
} as const;

/** What the dashboard and the alarms watch: the deployed parts, found by the system's names. */
export interface OperationsProps {
  readonly system: SystemSpec;
  readonly httpApi: IHttpApi;
  readonly table: ITable;
  readonly functionOf: (name: string) => IFunction;
  readonly machines: ReadonlyMap<string, IStateMachine>;
  /** Each stream consumer's on-failure queue, by function name. */
  readonly failureQueues: ReadonlyMap<string, IQueue>;
  /** Alarms made elsewhere (failed executions, on-failure queues), shown with these. */
  readonly otherAlarms: readonly IAlarm[];
  /** The support team's alert topic: every alarm here notifies it. */
  readonly alertTopic: ITopic;
}

const fiveMinutes = Duration.minutes(5);

/**
 * The CloudWatch dashboard of a deployment and the alarms on the API (5xx, p99 latency), the
 * table (throttles) and every function (errors and throttles), all sent to the team's alert topic.
 * The failed-execution and on-failure-queue alarms live beside their resources and are shown here.
 */
export class Operations extends Construct {
  readonly dashboard: Dashboard;
  readonly alarms: readonly Alarm[];

  constructor(scope: Construct, id: string, props: OperationsProps) {
    super(scope, id);
    const functionNames = Object.keys(props.system.functions);
    const alarms: Alarm[] = [
      this.alarm('Api5xx', {
        description: 'The API answered 5xx: a defect or a failing dependency. Logs Insights "errors by function" (README) finds it.',
        metric: props.httpApi.metricServerError({ period: fiveMinutes, statistic: 'Sum' }),
        threshold: alarmThresholds.api5xxPerFiveMinutes,
        evaluationPeriods: 1,
      }),
      this.alarm('ApiLatencyP99', {
        description: `The API's p99 latency stayed above ${alarmThresholds.apiP99LatencyMs} ms for 15 minutes. Logs Insights "slow requests" (README) names the routes.`,
        metric: props.httpApi.metricLatency({ period: fiveMinutes, statistic: 'p99' }),
        threshold: alarmThresholds.apiP99LatencyMs,
        evaluationPeriods: 3,
      }),
      // An alarm's math takes at most 10 metrics, two per target: the table and its indexes are watched 5 at a time.
      ...throttleTargetGroups(props.system.table.indexes.map((index) => index.name)).map((group, at) =>
        this.alarm(at === 0 ? 'TableThrottles' : `TableThrottles${at + 1}`, {
          description: `DynamoDB throttled reads or writes of ${group.map((index) => (index === null ? 'the ticket table' : `index ${index}`)).join(', ')}: requests failed or were retried.`,
          metric: tableThrottles(props.table, group),
          threshold: alarmThresholds.tableThrottlesPerFiveMinutes,
          evaluationPeriods: 1,
        }),
      ),
      ...functionNames.map((name) =>
        this.alarm(`${name}Failures`, {
          description: `Function ${name} (${props.system.functions[name]?.description ?? ''}) failed or was throttled repeatedly. Its log group holds the errors.`,
          metric: new MathExpression({
            expression: 'errors + throttles',
            usingMetrics: {
              errors: props.functionOf(name).metricErrors({ period: fiveMinutes, statistic: 'Sum' }),
              throttles: props.functionOf(name).metricThrottles({ period: fiveMinutes, statistic: 'Sum' }),
            },
            period: fiveMinutes,
            label: `${name} errors and throttles`,
          }),
          threshold: alarmThresholds.functionFailuresPerFiveMinutes,
          evaluationPeriods: 1,
        }),
      ),
    ];
    this.alarms = alarms;
    this.dashboard = new Dashboard(this, 'Dashboard', { defaultInterval: Duration.hours(3) });
    this.dashboard.addWidgets(
      new TextWidget({
        markdown: '# Ticketflow\nBusiness metrics first, then the API, the functions, the table, the workflows and the streams. README "Operations" explains each.',
        width: 24,
        height: 2,
      }),
    );
    this.dashboard.addWidgets(...businessMetricNames.map((name) => businessWidget(name)));
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'API requests and errors',
        left: [props.httpApi.metricCount({ period: fiveMinutes }), props.httpApi.metricClientError({ period: fiveMinutes }), props.httpApi.metricServerError({ period: fiveMinutes })],
        width: 12,
      }),
      new GraphWidget({
        title: 'API latency (ms)',
        left: ['p50', 'p90', 'p99'].map((statistic) => props.httpApi.metricLatency({ period: fiveMinutes, statistic, label: statistic })),
        width: 12,
      }),
    );
    const perFunction = (metric: (fn: IFunction) => IMetric) => functionNames.map((name) => metric(props.functionOf(name)));
    this.dashboard.addWidgets(
      new GraphWidget({ title: 'Function errors', left: perFunction((fn) => fn.metricErrors({ period: fiveMinutes, statistic: 'Sum' })), width: 8 }),
      new GraphWidget({ title: 'Function throttles', left: perFunction((fn) => fn.metricThrottles({ period: fiveMinutes, statistic: 'Sum' })), width: 8 }),
      new GraphWidget({ title: 'Function duration p99 (ms)', left: perFunction((fn) => fn.metricDuration({ period: fiveMinutes, statistic: 'p99' })), width: 8 }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'Cold starts',
        left: [searchSum(`{${metricsNamespace},function_name,service} MetricName="ColdStart"`, 'Cold starts')],
        width: 8,
      }),
      new GraphWidget({
        title: 'Table throttles and system errors',
        left: [tableThrottles(props.table, [null, ...props.system.table.indexes.map((index) => index.name)]), props.table.metricSystemErrorsForOperations({ period: fiveMinutes })],
        width: 8,
      }),
      new GraphWidget({
        title: 'Table capacity consumed',
        left: [props.table.metricConsumedReadCapacityUnits({ period: fiveMinutes }), props.table.metricConsumedWriteCapacityUnits({ period: fiveMinutes })],
        width: 8,
      }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'Workflow executions',
        left: [...props.machines].flatMap(([name, machine]) => [
          machine.metricStarted({ period: fiveMinutes, label: `${name} started` }),
          machine.metricSucceeded({ period: fiveMinutes, label: `${name} succeeded` }),
          machine.metricFailed({ period: fiveMinutes, label: `${name} failed` }),
          machine.metricTimedOut({ period: fiveMinutes, label: `${name} timed out` }),
        ]),
        width: 12,
      }),
      new GraphWidget({
        title: 'Streams: iterator age (ms) and on-failure queues',
        left: props.system.streamConsumers.map((consumer) =>
          props.functionOf(consumer.function).metric('IteratorAge', { period: fiveMinutes, statistic: 'Maximum', label: `${consumer.function} iterator age` }),
        ),
        right: [...props.failureQueues].map(([consumer, queue]) =>
          queue.metricApproximateNumberOfMessagesVisible({ period: fiveMinutes, statistic: 'Maximum', label: `${consumer} on-failure queue` }),
        ),
        width: 12,
      }),
    );
    this.dashboard.addWidgets(new AlarmStatusWidget({ title: 'Alarms', alarms: [...alarms, ...props.otherAlarms], width: 24, height: 6 }));
    for (const alarm of alarms) alarm.addAlarmAction(new SnsAction(props.alertTopic));
  }

  private alarm(id: string, options: { description: string; metric: IMetric; threshold: number; evaluationPeriods: number }): Alarm {
    return new Alarm(this, id, {
      alarmDescription: options.description,
      metric: options.metric,
      threshold: options.threshold,
      evaluationPeriods: options.evaluationPeriods,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
  }
}

/** The table (null) and its indexes in groups of at most 5, the most whose read and write throttles one alarm can sum. */
function throttleTargetGroups(indexNames: readonly string[]): (string | null)[][] {
  const targets = [null, ...indexNames];
  return Array.from({ length: Math.ceil(targets.length / 5) }, (_, at) => targets.slice(at * 5, at * 5 + 5));
}

/** Read and write throttle events of the table (null) and the named indexes, summed. */
function tableThrottles(table: ITable, targetNames: readonly (string | null)[]): IMetric {
  const targets = targetNames.map((index): Record<string, string> => (index === null ? { TableName: table.tableName } : { TableName: table.tableName, GlobalSecondaryIndexName: index }));
  const usingMetrics: Record<string, IMetric> = {};
  targets.forEach((dimensionsMap, index) => {
    for (const name of ['ReadThrottleEvents', 'WriteThrottleEvents']) {
      usingMetrics[`${name === 'ReadThrottleEvents' ? 'r' : 'w'}${index}`] = new Metric({ namespace: 'AWS/DynamoDB', metricName: name, dimensionsMap, period: fiveMinutes, statistic: 'Sum' });
    }
  });
  return new MathExpression({ expression: Object.keys(usingMetrics).join(' + '), usingMetrics, period: fiveMinutes, label: 'Table and index throttle events' });
}

/** Every series of a metric whatever its dimension values (ticket types, providers), summed per period. */
function searchSum(query: string, label: string): IMetric {
  return new MathExpression({ expression: `SEARCH('${query}', 'Sum', 300)`, usingMetrics: {}, period: fiveMinutes, label });
}

/** One business metric, a line per value of its dimensions. */
function businessWidget(name: (typeof businessMetricNames)[number]): GraphWidget {
  const { dimensions, meaning } = businessMetrics[name];
  const schema = [metricsNamespace, 'service', ...dimensions].join(',');
  return new GraphWidget({
    title: `${name}: ${meaning}`,
    left: [searchSum(`{${schema}} MetricName="${name}" service="${serviceName}"`, name)],
    width: 6,
  });
}
