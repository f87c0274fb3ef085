import { randomBytes, randomUUID } from 'node:crypto';
import type { InvokeOutcome } from '../functions';

/** How a Task's Resource reaches Lambda. */
export type LambdaResource =
  | { readonly kind: 'invoke' }
  | { readonly kind: 'invokeWaitForTaskToken' }
  | { readonly kind: 'function'; readonly arn: string };

/** The Lambda integration a Task's Resource names, or undefined for any other service. */
export function lambdaResourceOf(resource: string): LambdaResource | undefined {
  if (/^arn:aws[\w-]*:states:::lambda:invoke$/.test(resource)) return { kind: 'invoke' };
  if (/^arn:aws[\w-]*:states:::lambda:invoke\.waitForTaskToken$/.test(resource)) return { kind: 'invokeWaitForTaskToken' };
  if (/^arn:aws[\w-]*:lambda:[\w-]+:\d{12}:function:[\w-]+(:[\w$-]+)?$/.test(resource)) return { kind: 'function', arn: resource };
  return undefined;
}

function traceId(): string {
  const seconds = Math.floor(Date.now() / 1000).toString(16);
  return `Root=1-${seconds}-${randomBytes(12).toString('hex')};Parent=${randomBytes(8).toString('hex')};Sampled=0;Lineage=1:${randomBytes(4).toString('hex')}:0`;
}

/**
 * What the optimized `lambda:invoke` integration returns for a successful invocation: the
 * function's result as `Payload`, wrapped in the SDK's response metadata.
 */
export function invokeResult(payload: unknown): Record<string, unknown> {
  const requestId = randomUUID();
  const headers: Record<string, string> = {
    Connection: 'keep-alive',
    'Content-Length': String(Buffer.byteLength(JSON.stringify(payload ?? null))),
    'Content-Type': 'application/json',
    Date: new Date().toUTCString(),
    'X-Amz-Executed-Version': '$LATEST',
    'x-amzn-Remapped-Content-Length': '0',
    'x-amzn-RequestId': requestId,
    'X-Amzn-Trace-Id': traceId(),
  };
  return {
    ExecutedVersion: '$LATEST',
    Payload: payload ?? null,
    SdkHttpMetadata: {
      AllHttpHeaders: Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, [value]])),
      HttpHeaders: headers,
      HttpStatusCode: 200,
    },
    SdkResponseMetadata: { RequestId: requestId },
    StatusCode: 200,
  };
}

/** A failed invocation as a Task sees it: the ASL error name and the Cause text. */
export interface LambdaFailure {
  readonly error: string;
  readonly cause: string;
}

/** The error and cause a function's error gives a Task: its errorType, and its error payload as JSON. */
export function functionFailure(outcome: Extract<InvokeOutcome, { ok: false }>): LambdaFailure {
  const { errorType, errorMessage, trace } = outcome.error;
  return { error: errorType, cause: JSON.stringify({ errorType, errorMessage, trace }) };
}

/** The error and cause of invoking a function that does not exist, worded as AWS words it. */
export function functionNotFound(functionArn: string): LambdaFailure {
  return {
    error: 'Lambda.ResourceNotFoundException',
    cause: `Function not found: ${functionArn} (Service: AWSLambda; Status Code: 404; Error Code: ResourceNotFoundException; Request ID: ${randomUUID()}; Proxy: null)`,
  };
}
