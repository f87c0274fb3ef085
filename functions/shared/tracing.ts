import { randomBytes } from 'node:crypto';
import type { Socket } from 'node:dgram';

/*
 * X-Ray traces of an invocation: a subsegment for the handler (cold start, service and ticket number
 * as annotations, the error when it fails) and one for each AWS call, sent to the X-Ray daemon that
 * Lambda runs beside a function with active tracing, under the segment Lambda opened for the
 * invocation (the `_X_AMZN_TRACE_ID` header). Step Functions and the SDK carry the same trace id on
 * (the SDK's recursion-detection middleware sends the header), so a ticket's workflow is one trace.
 *
 * Written here rather than taken from Powertools' Tracer: the Tracer is built on aws-xray-sdk-core,
 * which `npm run bench:cold` measured at +150 kB per bundle and +40 ms CPU per cold start (every
 * function past the project's size and CPU goals), and with it an ESM import of node:http. What the
 * product uses of it fits in this file: the documented segment format (JSON over UDP), no sampling
 * rules of our own (Lambda decides, `Sampled=1`), no patching of globals.
 */

/** What Lambda says of the invocation's trace: its root, the segment to hang subsegments on, and whether it is sampled. */
export interface TraceHeader {
  readonly root: string;
  readonly parent: string;
  readonly sampled: boolean;
}

/**
 * Reads an `X-Amzn-Trace-Id` header (`Root=1-...;Parent=...;Sampled=1`).
 * @returns undefined when there is no header, or it lacks a root or a parent.
 */
export function traceHeaderOf(value: string | undefined): TraceHeader | undefined {
  if (!value) return undefined;
  const fields = new Map(value.split(';').map((part) => part.split('=', 2) as [string, string | undefined]));
  const root = fields.get('Root');
  const parent = fields.get('Parent');
  if (!root || !parent) return undefined;
  return { root, parent, sampled: fields.get('Sampled') === '1' };
}

/** One subsegment document, as the X-Ray daemon takes it (fields of the X-Ray segment documents reference). */
export interface SubsegmentDocument {
  readonly type: 'subsegment';
  readonly name: string;
  readonly id: string;
  readonly trace_id: string;
  readonly parent_id: string;
  readonly start_time: number;
  end_time?: number;
  namespace?: 'aws' | 'remote';
  annotations?: Record<string, string | number | boolean>;
  aws?: Record<string, string>;
  http?: { response: { status: number } };
  error?: boolean;
  fault?: boolean;
  cause?: { exceptions: { id: string; type: string; message: string }[] };
}

/** Where finished subsegments go: the daemon's UDP port in Lambda, a list in a test. */
export type SegmentSender = (document: SubsegmentDocument) => void;

const seconds = () => Date.now() / 1000;
const newSegmentId = () => randomBytes(8).toString('hex');

function causeOf(error: unknown): SubsegmentDocument['cause'] {
  const type = error instanceof Error ? error.name : 'Error';
  const message = error instanceof Error ? error.message : String(error);
  return { exceptions: [{ id: newSegmentId(), type, message: message.slice(0, 500) }] };
}

/** A client of the AWS SDK v3, as far as tracing it needs: its middleware stack. */
export interface TraceableClient {
  readonly middlewareStack: { add(middleware: never, options: never): void };
}

/** What a call's answer (or its error's `$metadata`) tells the trace. */
export interface CallMetadata {
  readonly requestId?: string | undefined;
  readonly httpStatusCode?: number | undefined;
}

type SdkResult = { readonly output?: { readonly $metadata?: CallMetadata } };
type SdkMiddleware = (
  next: (args: unknown) => Promise<SdkResult>,
  context: { readonly clientName?: string; readonly commandName?: string },
) => (args: unknown) => Promise<SdkResult>;

/** The tracer of one sandbox: one invocation at a time, as Lambda runs them. */
export interface InvocationTracer {
  /** Opens the handler's subsegment when the invocation is sampled; nothing otherwise. */
  startInvocation(header: TraceHeader | undefined, annotations: Readonly<Record<string, string | boolean>>): void;
  /** Adds an annotation (searchable in X-Ray: `annotation.ticketNumber = "..."`) to the open invocation. */
  annotate(key: string, value: string): void;
  /** Closes the handler's subsegment, marking a fault when the handler threw. */
  endInvocation(error?: unknown): void;
  /** The client, its calls traced as subsegments of the open invocation. */
  traced<T extends TraceableClient>(client: T): T;
  /**
   * Runs one AWS call made without the SDK (`service` and `operation` as X-Ray names them) as a
   * subsegment of the open invocation; `metadataOf` reads its status and request id. Rethrows
   * what `run` throws, marking a 4xx in the error's `$metadata` as an error, anything else a fault.
   */
  traceCall<T>(service: string, operation: string, run: () => Promise<T>, metadataOf: (result: T) => CallMetadata | undefined): Promise<T>;
}

/** Makes a tracer that hands each finished subsegment to `send`. */
export function createInvocationTracer(send: SegmentSender): InvocationTracer {
  let open: SubsegmentDocument | undefined;

  const finish = (document: SubsegmentDocument, error?: unknown) => {
    document.end_time = seconds();
    if (error !== undefined) {
      document.fault = true;
      document.cause = causeOf(error);
    }
    try {
      send(document);
    } catch {
      // A trace that cannot be sent must never fail the invocation.
    }
  };

  /** Runs one AWS call as a subsegment of the open invocation (the call alone when none is open). */
  const traceCall = async <T>(service: string, operation: string, run: () => Promise<T>, metadataOf: (result: T) => CallMetadata | undefined): Promise<T> => {
    const parent = open;
    if (!parent) return run();
    const call: SubsegmentDocument = {
      type: 'subsegment',
      name: service,
      id: newSegmentId(),
      trace_id: parent.trace_id,
      parent_id: parent.id,
      start_time: seconds(),
      namespace: 'aws',
      aws: { operation, region: process.env['AWS_REGION'] ?? '' },
    };
    const note = (metadata: CallMetadata | undefined) => {
      if (metadata?.requestId) call.aws = { ...call.aws, request_id: metadata.requestId };
      if (metadata?.httpStatusCode) call.http = { response: { status: metadata.httpStatusCode } };
    };
    try {
      const result = await run();
      note(metadataOf(result));
      finish(call);
      return result;
    } catch (error) {
      const metadata = (error as { $metadata?: CallMetadata }).$metadata;
      note(metadata);
      // A 4xx is the caller's error (a condition that failed, a throttle); anything else is a fault.
      const clientError = metadata?.httpStatusCode !== undefined && metadata.httpStatusCode >= 400 && metadata.httpStatusCode < 500;
      if (clientError) {
        call.error = true;
        call.cause = causeOf(error);
        finish(call);
      } else {
        finish(call, error);
      }
      throw error;
    }
  };

  const traceCalls: SdkMiddleware = (next, context) => (args) =>
    traceCall(
      (context.clientName ?? 'AWS').replace(/Client$/, ''),
      (context.commandName ?? '').replace(/Command$/, ''),
      () => next(args),
      (result) => result.output?.$metadata,
    );

  return {
    startInvocation(header, annotations) {
      open = undefined;
      if (!header?.sampled) return;
      open = {
        type: 'subsegment',
        name: '## index.handler',
        id: newSegmentId(),
        trace_id: header.root,
        parent_id: header.parent,
        start_time: seconds(),
        annotations: { ...annotations },
      };
    },
    annotate(key, value) {
      if (open) open.annotations = { ...open.annotations, [key]: value };
    },
    endInvocation(error) {
      const document = open;
      open = undefined;
      if (document) finish(document, error);
    },
    traceCall,
    traced(client) {
      const add = client.middlewareStack.add as unknown as (middleware: SdkMiddleware, options: { step: 'initialize'; name: string }) => void;
      add.call(client.middlewareStack, traceCalls, { step: 'initialize', name: 'ticketflowTracing' });
      return client;
    },
  };
}

/**
 * Sends subsegments to the X-Ray daemon at AWS_XRAY_DAEMON_ADDRESS (`host:port`, or
 * `udp:host:port tcp:host:port`), over UDP. node:dgram is loaded with the first subsegment, so an
 * invocation that is not traced never loads it.
 */
export function daemonSender(address: string | undefined): SegmentSender {
  const target = parseDaemonAddress(address);
  if (!target) return () => undefined;
  let socket: Promise<Socket> | undefined;
  return (document) => {
    socket ??= import('node:dgram').then((dgram) => {
      const created = dgram.createSocket('udp4');
      created.unref();
      return created;
    });
    const packet = Buffer.from(`{"format":"json","version":1}\n${JSON.stringify(document)}`);
    void socket.then((open) => open.send(packet, target.port, target.host)).catch(() => undefined);
  };
}

function parseDaemonAddress(address: string | undefined): { host: string; port: number } | undefined {
  if (!address) return undefined;
  const udp = address.split(' ').find((part) => part.startsWith('udp:')) ?? address;
  const match = /^(?:udp:)?([^:\s]+):(\d+)$/.exec(udp.trim());
  return match ? { host: match[1]!, port: Number(match[2]) } : undefined;
}
