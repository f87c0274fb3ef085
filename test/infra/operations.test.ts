import { beforeAll, describe, expect, it } from 'vitest';
import { businessMetricNames } from '../../functions/shared/business-metrics';
import { alarmThresholds } from '../../infra/stacks/observability';
import { system } from '../../infra/system';
import { resourcesOf, synthesize, type Synthesized } from './synthesize';

let synth: Synthesized;
beforeAll(() => {
  synth = synthesize(system);
});

interface AlarmMetric {
  Id: string;
  Expression?: string;
  MetricStat?: { Metric: { Namespace: string; MetricName: string; Dimensions: { Name: string; Value: unknown }[] }; Stat: string };
}
type AlarmProperties = Record<string, unknown> & { Metrics?: AlarmMetric[]; AlarmActions?: unknown[] };

const alarms = () => Object.values(resourcesOf(synth.stateless, 'AWS::CloudWatch::Alarm')).map((alarm) => alarm.Properties as AlarmProperties);
const only = <T>(found: T[]): T => {
  expect(found).toHaveLength(1);
  return found[0]!;
};
const topicRef = () => ({ Ref: only(Object.keys(resourcesOf(synth.stateless, 'AWS::SNS::Topic'))) });
const functionRef = (name: string) => ({
  Ref: only(Object.entries(resourcesOf(synth.stateless, 'AWS::Lambda::Function')).filter(([, fn]) => fn.Properties['Description'] === system.functions[name]?.description)).at(0),
});

/** The dashboard's JSON body with CloudFormation references written as JSON, to search its text. */
function dashboardText(): string {
  const dashboard = only(Object.values(resourcesOf(synth.stateless, 'AWS::CloudWatch::Dashboard')));
  const body = dashboard.Properties['DashboardBody'] as { 'Fn::Join': [string, unknown[]] };
  return body['Fn::Join'][1].map((part) => (typeof part === 'string' ? part : JSON.stringify(part))).join('');
}

describe('the alarms', () => {
  it('fire on the API’s 5xx answers', () => {
    const alarm = only(alarms().filter((properties) => properties['MetricName'] === '5xx'));
    expect(alarm).toMatchObject({ Namespace: 'AWS/ApiGateway', Statistic: 'Sum', Threshold: alarmThresholds.api5xxPerFiveMinutes, Period: 300, ComparisonOperator: 'GreaterThanOrEqualToThreshold' });
  });

  it('fire on the API’s p99 latency staying high for 15 minutes', () => {
    const alarm = only(alarms().filter((properties) => properties['MetricName'] === 'Latency'));
    expect(alarm).toMatchObject({ Namespace: 'AWS/ApiGateway', ExtendedStatistic: 'p99', Threshold: alarmThresholds.apiP99LatencyMs, EvaluationPeriods: 3 });
  });

  it('fire on throttled reads or writes of the table and of each of its indexes, in alarms within CloudWatch’s 10 metrics', () => {
    const throttleAlarms = alarms().filter((properties) => properties.Metrics?.some((metric) => metric.MetricStat?.Metric.MetricName === 'ReadThrottleEvents'));
    for (const alarm of throttleAlarms) {
      const own = alarm.Metrics!.filter((metric) => metric.MetricStat);
      expect(own.length).toBeLessThanOrEqual(10);
      expect(only(alarm.Metrics!.filter((metric) => metric.Expression)).Expression?.split(' + ')).toHaveLength(own.length);
    }
    const stats = throttleAlarms.flatMap((alarm) => alarm.Metrics!.filter((metric) => metric.MetricStat).map((metric) => metric.MetricStat!.Metric));
    expect(stats.map((metric) => metric.MetricName).sort()).toEqual(
      Array.from({ length: system.table.indexes.length + 1 }, () => ['ReadThrottleEvents', 'WriteThrottleEvents']).flat().sort(),
    );
    const indexes = stats.flatMap((metric) => metric.Dimensions.filter((dimension) => dimension.Name === 'GlobalSecondaryIndexName').map((dimension) => dimension.Value));
    expect([...new Set(indexes)].sort()).toEqual(system.table.indexes.map((index) => index.name).sort());
  });

  it.each(Object.keys(system.functions))('fire on errors and throttles of function %s', (name) => {
    const alarm = only(
      alarms().filter((properties) =>
        properties.Metrics?.some((metric) => metric.MetricStat?.Metric.MetricName === 'Errors' && JSON.stringify(metric.MetricStat.Metric.Dimensions).includes(JSON.stringify(functionRef(name)))),
      ),
    );
    const names = alarm.Metrics!.map((metric) => metric.MetricStat?.Metric.MetricName ?? metric.Expression);
    expect(names.sort()).toEqual(['Errors', 'Throttles', 'errors + throttles']);
    expect(alarm['Threshold']).toBe(alarmThresholds.functionFailuresPerFiveMinutes);
  });

  it('all go to the support team’s alert topic, with the failed executions and the on-failure queues', () => {
    const all = alarms();
    // The API's two, the table's throttles (five of the table and its indexes to an alarm), and one more: the scan results' failure queue.
    expect(all.length).toBe(2 + Math.ceil((system.table.indexes.length + 1) / 5) + Object.keys(system.functions).length + Object.keys(system.stateMachines).length + system.streamConsumers.length + 1);
    for (const alarm of all) expect(alarm.AlarmActions).toEqual([topicRef()]);
  });
});

describe('the dashboard', () => {
  it('charts every business metric by its dimensions', () => {
    const text = dashboardText();
    for (const name of businessMetricNames) expect(text).toContain(`MetricName=\\"${name}\\"`);
    expect(text).toContain('{Ticketflow,service,type,outcome} MetricName=\\"WorkflowOutcomes\\"');
  });

  it('charts the API, every function, the table, every workflow and every stream consumer', () => {
    const text = dashboardText();
    for (const title of ['API requests and errors', 'API latency (ms)', 'Function errors', 'Function throttles', 'Function duration p99 (ms)', 'Cold starts', 'Table throttles and system errors', 'Workflow executions', 'Streams: iterator age (ms) and on-failure queues']) {
      expect(text).toContain(`"title":"${title}"`);
    }
    for (const name of Object.keys(system.functions)) expect(text).toContain(JSON.stringify(functionRef(name)));
    for (const name of Object.keys(system.stateMachines)) expect(text).toContain(`${name} failed`);
    for (const consumer of system.streamConsumers) expect(text).toContain(`${consumer.function} on-failure queue`);
  });

  it('shows the state of every alarm', () => {
    const text = dashboardText();
    const alarmIds = Object.keys(resourcesOf(synth.stateless, 'AWS::CloudWatch::Alarm'));
    for (const id of alarmIds) expect(text).toContain(`{"Fn::GetAtt":["${id}","Arn"]}`);
  });
});
