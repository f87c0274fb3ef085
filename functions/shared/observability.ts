import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { metricsNamespace, serviceName, type BusinessMetricName } from './business-metrics';
import { createInvocationTracer, daemonSender, type TraceableClient } from './tracing';

/*
 * The one module for what a function tells operations: structured logs, metrics and traces, made
 * once per cold start. Every entry point runs in the common wrapper (./entry-point.ts), which
 * gives them the invocation's context.
 */

/**
 * The structured JSON logger every function shares. Never log a token, a message body or a
 * value redaction removed: log ticket numbers, codes and ids.
 */
export const logger = new Logger({ serviceName });

/**
 * X-Ray traces (./tracing.ts): the handler's subsegment and one per AWS call of the clients passed
 * through `traced`. Without a daemon address and a sampled trace header (the local cloud, tests)
 * nothing is recorded or sent.
 */
export const tracer = createInvocationTracer(daemonSender(process.env['AWS_XRAY_DAEMON_ADDRESS']));

/** An AWS SDK v3 client whose calls appear as subsegments of the invocation's trace, when it is traced. */
export function traced<T extends TraceableClient>(client: T): T {
  return tracer.traced(client);
}

/** CloudWatch metrics in the embedded metric format, namespace `Ticketflow`. */
export const metrics = new Metrics({ namespace: metricsNamespace, serviceName });

/**
 * Counts one business event (./business-metrics.ts names them and their dimensions), with its own
 * dimensions (a ticket type, a provider, an outcome), and publishes it at once, apart from the
 * invocation's other metrics.
 */
export function countBusinessEvent(name: BusinessMetricName, dimensions: Readonly<Record<string, string>> = {}, count = 1): void {
  const single = metrics.singleMetric();
  for (const [dimension, value] of Object.entries(dimensions)) single.addDimension(dimension, value);
  single.addMetric(name, MetricUnit.Count, count);
}
export type { BusinessMetricName } from './business-metrics';
