import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { Tracer } from '@aws-lambda-powertools/tracer';
import { metricsNamespace, serviceName, type BusinessMetricName } from './business-metrics';

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
 * X-Ray traces: the handler's subsegment (cold start and service annotations) and one subsegment
 * per AWS call of the clients passed through `traced`. The Tracer turns itself off outside Lambda
 * (no AWS_EXECUTION_ENV: the local cloud, tests), so nothing looks for an X-Ray daemon there.
 */
export const tracer = new Tracer({ serviceName });

/**
 * An AWS SDK v3 client whose calls appear as subsegments of the invocation's trace; the client
 * itself when tracing is off.
 */
export function traced<T>(client: T): T {
  return tracer.captureAWSv3Client(client);
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
