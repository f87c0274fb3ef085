import { createSocket } from 'node:dgram';
import { Readable } from 'node:stream';
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { createInvocationTracer, daemonSender, traceHeaderOf, type SubsegmentDocument } from '../../../functions/shared/tracing';

const header = 'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1;Lineage=a87bd80c:0';

/** A DynamoDB client whose HTTP answers come from `answer`, with no network. */
function clientAnswering(answer: { statusCode: number; body: unknown; requestId: string }): DynamoDBClient {
  return new DynamoDBClient({
    region: 'eu-west-1',
    credentials: { accessKeyId: 'unit', secretAccessKey: 'unit' },
    maxAttempts: 1,
    requestHandler: {
      handle: async () => ({
        response: {
          statusCode: answer.statusCode,
          headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': answer.requestId },
          body: Readable.from([Buffer.from(JSON.stringify(answer.body))]),
        },
      }),
    },
  });
}

describe('tracing an invocation', () => {
  it('reads Lambda’s trace header', () => {
    expect(traceHeaderOf(header)).toEqual({ root: '1-5759e988-bd862e3fe1be46a994272793', parent: '53995c3f42cd8ad8', sampled: true });
    expect(traceHeaderOf('Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1')).toBeUndefined();
    expect(traceHeaderOf(undefined)).toBeUndefined();
  });

  it('records the handler under Lambda’s segment, with cold start, service and ticket number annotations', () => {
    const sent: SubsegmentDocument[] = [];
    const tracer = createInvocationTracer((document) => sent.push(document));
    tracer.startInvocation(traceHeaderOf(header), { ColdStart: true, Service: 'ticketflow' });
    tracer.annotate('ticketNumber', '48213377');
    tracer.endInvocation();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      type: 'subsegment',
      name: '## index.handler',
      trace_id: '1-5759e988-bd862e3fe1be46a994272793',
      parent_id: '53995c3f42cd8ad8',
      annotations: { ColdStart: true, Service: 'ticketflow', ticketNumber: '48213377' },
    });
    expect(sent[0]?.id).toMatch(/^[0-9a-f]{16}$/);
    expect(sent[0]?.end_time).toBeGreaterThanOrEqual(sent[0]?.start_time ?? Infinity);
    expect(sent[0]?.fault).toBeUndefined();
  });

  it('marks a failed invocation as a fault with its error', () => {
    const sent: SubsegmentDocument[] = [];
    const tracer = createInvocationTracer((document) => sent.push(document));
    tracer.startInvocation(traceHeaderOf(header), {});
    const error = new Error('Ticket 1 does not exist.');
    error.name = 'TicketMissing';
    tracer.endInvocation(error);
    expect(sent[0]).toMatchObject({ fault: true, cause: { exceptions: [{ type: 'TicketMissing', message: 'Ticket 1 does not exist.' }] } });
  });

  it('records nothing when Lambda did not sample the invocation, or there is no trace', () => {
    const sent: SubsegmentDocument[] = [];
    const tracer = createInvocationTracer((document) => sent.push(document));
    tracer.startInvocation(traceHeaderOf(header.replace('Sampled=1', 'Sampled=0')), {});
    tracer.endInvocation();
    tracer.startInvocation(undefined, {});
    tracer.endInvocation();
    expect(sent).toEqual([]);
  });

  it('records each AWS call as a subsegment of the handler, with its operation, request id and status', async () => {
    const sent: SubsegmentDocument[] = [];
    const tracer = createInvocationTracer((document) => sent.push(document));
    const client = tracer.traced(clientAnswering({ statusCode: 200, body: { Item: { pk: { S: 'T#1' } } }, requestId: 'REQ1' }));
    tracer.startInvocation(traceHeaderOf(header), {});
    await client.send(new GetItemCommand({ TableName: 'tickets', Key: { pk: { S: 'T#1' } } }));
    tracer.endInvocation();
    const [call, invocation] = sent;
    expect(call).toMatchObject({ name: 'DynamoDB', namespace: 'aws', parent_id: invocation?.id, trace_id: invocation?.trace_id, aws: { operation: 'GetItem', request_id: 'REQ1' }, http: { response: { status: 200 } } });
    expect(call?.fault).toBeUndefined();
  });

  it('marks a call DynamoDB refused (4xx) as an error, not a fault', async () => {
    const sent: SubsegmentDocument[] = [];
    const tracer = createInvocationTracer((document) => sent.push(document));
    const refused = { __type: 'com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException', message: 'The conditional request failed' };
    const client = tracer.traced(clientAnswering({ statusCode: 400, body: refused, requestId: 'REQ2' }));
    tracer.startInvocation(traceHeaderOf(header), {});
    await expect(client.send(new GetItemCommand({ TableName: 'tickets', Key: { pk: { S: 'T#1' } } }))).rejects.toThrow('conditional');
    tracer.endInvocation();
    expect(sent[0]).toMatchObject({ name: 'DynamoDB', error: true, http: { response: { status: 400 } }, cause: { exceptions: [{ type: 'ConditionalCheckFailedException' }] } });
    expect(sent[0]?.fault).toBeUndefined();
  });

  it('records a call made without the SDK (the files bucket’s) like the SDK’s, a missing key as an error', async () => {
    const sent: SubsegmentDocument[] = [];
    const tracer = createInvocationTracer((document) => sent.push(document));
    const statusOf = (response: { status: number; id: string }) => ({ httpStatusCode: response.status, requestId: response.id });
    const noSuchKey = Object.assign(new Error('The specified key does not exist.'), { name: 'NoSuchKey', $metadata: { httpStatusCode: 404, requestId: 'S3REQ2' } });
    tracer.startInvocation(traceHeaderOf(header), {});
    await tracer.traceCall('S3', 'CopyObject', () => Promise.resolve({ status: 200, id: 'S3REQ1' }), statusOf);
    await expect(tracer.traceCall('S3', 'GetObject', () => Promise.reject(noSuchKey), statusOf)).rejects.toBe(noSuchKey);
    tracer.endInvocation();
    const [copy, get, invocation] = sent;
    expect(copy).toMatchObject({ name: 'S3', namespace: 'aws', parent_id: invocation?.id, aws: { operation: 'CopyObject', request_id: 'S3REQ1' }, http: { response: { status: 200 } } });
    expect(get).toMatchObject({ name: 'S3', error: true, aws: { operation: 'GetObject', request_id: 'S3REQ2' }, http: { response: { status: 404 } }, cause: { exceptions: [{ type: 'NoSuchKey' }] } });
    expect(get?.fault).toBeUndefined();
  });

  it('sends each subsegment to the X-Ray daemon as one UDP packet in the daemon’s format', async () => {
    const daemon = createSocket('udp4');
    const received = new Promise<string>((resolve) => daemon.once('message', (message) => resolve(message.toString('utf8'))));
    await new Promise<void>((resolve) => daemon.bind(0, '127.0.0.1', resolve));
    try {
      const tracer = createInvocationTracer(daemonSender(`tcp:127.0.0.1:2000 udp:127.0.0.1:${daemon.address().port}`));
      tracer.startInvocation(traceHeaderOf(header), { Service: 'ticketflow' });
      tracer.endInvocation();
      const [preamble, body] = (await received).split('\n');
      expect(JSON.parse(preamble ?? '')).toEqual({ format: 'json', version: 1 });
      expect(JSON.parse(body ?? '')).toMatchObject({ type: 'subsegment', name: '## index.handler', parent_id: '53995c3f42cd8ad8' });
    } finally {
      daemon.close();
    }
  });
});
