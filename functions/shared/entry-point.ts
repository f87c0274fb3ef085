import middy from '@middy/core';
import type { MiddlewareObj, MiddyfiedHandler } from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { Context } from 'aws-lambda';
import type * as z from 'zod/mini';
import type { FieldProblem } from '../domain/errors';
import { serviceName } from './business-metrics';
import { logger, metrics, tracer } from './observability';
import { fieldProblems } from './schema-problems';
import { streamEventSchema, type StreamBatchResponse, type StreamRecord } from './stream-envelope';
import { traceHeaderOf } from './tracing';

/*
 * The one wrapper every entry point runs in, whatever calls it (API Gateway, a provider's webhook,
 * Step Functions, the table's stream): the same logs, traces and metrics for all.
 */

/**
 * Publishes the invocation's buffered metrics, and the cold start metric once per sandbox.
 * Powertools' own logMetrics middleware is not used: it warns "No application metrics to publish"
 * on every invocation that buffered none, and business metrics are published on their own
 * (countBusinessEvent), so most invocations would log that warning.
 */
function publishMetrics(): MiddlewareObj<unknown, unknown, Error, Context> {
  const publish = () => {
    if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
  };
  return {
    before: (request) => {
      metrics.captureColdStartMetric(request.context.functionName);
    },
    after: publish,
    onError: publish,
  };
}

let coldStart = true;

/**
 * The invocation's X-Ray subsegment, annotated with the cold start and the service (and, once
 * known, the ticket number). An error the HTTP edge answered below 500 is the caller's, not a fault.
 */
function traceInvocation(): MiddlewareObj<unknown, unknown, Error, Context> {
  return {
    before: () => {
      tracer.startInvocation(traceHeaderOf(process.env['_X_AMZN_TRACE_ID']), { ColdStart: coldStart, Service: serviceName });
      coldStart = false;
    },
    after: () => tracer.endInvocation(),
    onError: (request) => {
      const status = (request.response as { statusCode?: unknown } | undefined)?.statusCode;
      tracer.endInvocation(typeof status === 'number' && status < 500 ? undefined : request.error);
    },
  };
}

/**
 * A middy handler in the common wrapper: the X-Ray subsegment of the invocation (never its event or
 * response, they carry customers' words), the logger's context (request id, cold start, function;
 * keys appended during one invocation are dropped before the next) and the metrics published.
 * Add the entry point's own middleware (the HTTP error table) after it, then `.handler(fn)`.
 */
export function entryPoint<TEvent, TResult>(): MiddyfiedHandler<TEvent, TResult, Error, Context> {
  return middy<TEvent, TResult, Error, Context>()
    .use(traceInvocation())
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(publishMetrics());
}

/**
 * Adds the ticket number to every log line of the rest of the invocation, so that an operator
 * follows a ticket's trail by its number whichever function handled it.
 */
export function logTicketNumber(ticketNumber: string | undefined): void {
  if (!ticketNumber) return;
  logger.appendKeys({ ticketNumber });
  tracer.annotate('ticketNumber', ticketNumber);
}

/**
 * A Step Functions task's input did not match its schema: a state machine or its substitutions
 * changed apart from the task. No Retry of the state machines names it, so it is never retried; a
 * provider wait's catch-all escalates it to agents, any other task fails its execution (alarmed).
 */
export class InvalidTaskInputError extends Error {
  override readonly name = 'InvalidTaskInput';
  readonly fields: readonly FieldProblem[];

  constructor(fields: readonly FieldProblem[]) {
    super(`The task input does not match its schema: ${fields.map((field) => `${field.path || '(input)'}: ${field.message}`).join('; ')}`);
    this.fields = fields;
  }
}

/**
 * Parses a task's input with its schema.
 * @throws InvalidTaskInputError naming each field at fault.
 */
export function parseTaskInput<S extends z.ZodMiniType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new InvalidTaskInputError(fieldProblems(result.error));
  return result.data;
}

/**
 * A Step Functions task entry point: the input parsed with `schema` before `fn` sees it, the
 * ticket number in the logs, all in the common wrapper.
 * The handler throws InvalidTaskInputError for an input that does not parse, and whatever `fn` throws.
 */
export function taskHandler<S extends z.ZodMiniType<{ readonly ticketNumber: string }>, R>(schema: S, fn: (input: z.output<S>, context: Context) => Promise<R>) {
  return entryPoint<unknown, R>().handler(async (event, context) => {
    const input = parseTaskInput(schema, event);
    logTicketNumber(input.ticketNumber);
    return fn(input, context);
  });
}

/** The stream event did not have the shape of Lambda's DynamoDB stream event. */
export class InvalidStreamEventError extends Error {
  override readonly name = 'InvalidStreamEvent';
}

/**
 * A stream consumer's entry point: Lambda's event envelope parsed (records, sequence numbers,
 * images as DynamoDB JSON) before `fn` sees the records, all in the common wrapper. `fn` answers
 * the records to deliver again.
 * The handler throws InvalidStreamEventError when the envelope does not parse: the batch is then
 * retried as a whole and, after its retries, recorded in the consumer's on-failure queue (alarmed).
 */
export function streamHandler(fn: (records: readonly StreamRecord[], context: Context) => Promise<StreamBatchResponse>) {
  return entryPoint<unknown, StreamBatchResponse>().handler(async (event, context) => {
    const parsed = streamEventSchema.safeParse(event);
    if (!parsed.success) {
      const problems = fieldProblems(parsed.error).map((field) => `${field.path}: ${field.message}`);
      throw new InvalidStreamEventError(`The stream event does not match Lambda's DynamoDB stream event: ${problems.slice(0, 5).join('; ')}`);
    }
    logger.appendKeys({ batchSize: parsed.data.Records.length });
    return fn(parsed.data.Records, context);
  });
}
