import { randomUUID } from 'node:crypto';
import { XMLBuilder } from 'fast-xml-parser';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { buildApp } from 'fauxqs';

/**
 * The SQS query protocol (form-encoded `Action=...`, XML answers) in front of fauxqs, which speaks
 * only SQS's JSON protocol. Debian's AWS CLI v2 (2.9) and other pre-2024 clients send the query
 * protocol to SQS; AWS's SDK v3 sends JSON, which passes through untouched.
 */

const sqsApiVersion = '2012-11-05';
const xmlns = `http://queue.amazonaws.com/doc/${sqsApiVersion}/`;

/** The actions an operator uses from the CLI; the batch actions and tags stay JSON-only. */
export const sqsQueryActions = [
  'ListQueues',
  'GetQueueUrl',
  'CreateQueue',
  'DeleteQueue',
  'GetQueueAttributes',
  'SetQueueAttributes',
  'SendMessage',
  'ReceiveMessage',
  'ChangeMessageVisibility',
  'DeleteMessage',
  'PurgeQueue',
] as const;

// Member names as the query protocol spells them (flattened, singular) and as JSON does.
const listMembers: Readonly<Record<string, string>> = {
  AttributeName: 'AttributeNames',
  MessageAttributeName: 'MessageAttributeNames',
  MessageSystemAttributeName: 'MessageSystemAttributeNames',
};
const mapMembers: Readonly<Record<string, string>> = {
  Attribute: 'Attributes',
  MessageAttribute: 'MessageAttributes',
  MessageSystemAttribute: 'MessageSystemAttributes',
};
const listResults: Readonly<Record<string, string>> = { QueueUrls: 'QueueUrl', Messages: 'Message' };
const mapResults: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(mapMembers).map(([query, json]) => [json, query]));
const integerMembers = new Set(['MaxResults', 'MaxNumberOfMessages', 'VisibilityTimeout', 'WaitTimeSeconds', 'DelaySeconds']);
const envelope = new Set(['Action', 'Version']);
// AWS answers these with ResponseMetadata alone; every other action has a result element, which
// the CLI looks for even when it is empty.
const withoutResult = new Set(['DeleteQueue', 'SetQueueAttributes', 'ChangeMessageVisibility', 'DeleteMessage', 'PurgeQueue']);

/** A request the query protocol cannot express as the JSON call it stands for. */
export class SqsQueryError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly statusCode = 400,
  ) {
    super(message);
    this.name = 'SqsQueryError';
  }
}

/** True when a form-encoded request is meant for SQS (its API version or its signature's service). */
export function isSqsQueryRequest(form: Readonly<Record<string, string>>, authorization: string | undefined): boolean {
  return form['Version'] === sqsApiVersion || (form['Version'] === undefined && /\/sqs\/aws4_request/.test(authorization ?? ''));
}

/**
 * Turns the parameters of an SQS query request into the action and the JSON input of the same call
 * (`AttributeName.1` into `AttributeNames`, `MessageAttribute.1.Name`/`.Value.*` into
 * `MessageAttributes`, numbers into numbers).
 * @throws SqsQueryError `InvalidAction` for an action not served here, `InvalidParameterValue` for
 *   a number that is not one or a parameter this action does not take, `MissingAction` without one.
 */
export function jsonCallOf(form: Readonly<Record<string, string>>): { action: string; input: Record<string, unknown> } {
  const action = form['Action'];
  if (!action) throw new SqsQueryError('MissingAction', 'The request must contain the parameter Action.');
  if (!(sqsQueryActions as readonly string[]).includes(action)) {
    throw new SqsQueryError(
      'InvalidAction',
      `The local SQS answers the query protocol for ${sqsQueryActions.join(', ')}; ${action} is served only in SQS's JSON protocol (AWS SDK v3, or a newer AWS CLI).`,
    );
  }
  const input: Record<string, unknown> = {};
  const lists: Record<string, Map<number, string>> = {};
  const maps: Record<string, Map<number, { Name?: string; Value?: unknown }>> = {};
  for (const [key, value] of Object.entries(form)) {
    if (envelope.has(key)) continue;
    const [member = '', index, ...rest] = key.split('.');
    const position = Number(index);
    if (index === undefined) {
      input[key] = integerMembers.has(key) ? integer(key, value) : value;
    } else if (listMembers[member] && rest.length === 0 && Number.isInteger(position)) {
      (lists[member] ??= new Map()).set(position, value);
    } else if (mapMembers[member] && Number.isInteger(position) && (rest[0] === 'Name' || rest[0] === 'Value')) {
      const entry = (maps[member] ??= new Map()).get(position) ?? {};
      if (rest[0] === 'Name' && rest.length === 1) entry.Name = value;
      else if (rest.length === 1) entry.Value = value;
      else entry.Value = { ...(entry.Value as object | undefined), [rest.slice(1).join('.')]: value };
      maps[member].set(position, entry);
    } else {
      throw new SqsQueryError('InvalidParameterValue', `${action} does not take the parameter ${key}.`);
    }
  }
  for (const [member, values] of Object.entries(lists)) input[listMembers[member]!] = inOrder(values);
  for (const [member, entries] of Object.entries(maps)) {
    input[mapMembers[member]!] = Object.fromEntries(
      inOrder(entries).map((entry) => {
        if (entry.Name === undefined || entry.Value === undefined) {
          throw new SqsQueryError('InvalidParameterValue', `Each ${member}.N needs both ${member}.N.Name and ${member}.N.Value.`);
        }
        return [entry.Name, entry.Value];
      }),
    );
  }
  return { action, input };
}

function integer(name: string, value: string): number {
  if (!/^-?\d+$/.test(value)) throw new SqsQueryError('InvalidParameterValue', `Value ${value} for parameter ${name} is invalid. Reason: must be an integer.`);
  return Number(value);
}

function inOrder<T>(values: Map<number, T>): T[] {
  return [...values.entries()].sort(([a], [b]) => a - b).map(([, value]) => value);
}

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true });

/** The JSON result of an SQS call in the query protocol's XML (`<ActionResponse><ActionResult>...`). */
export function queryResponseOf(action: string, result: Readonly<Record<string, unknown>>, requestId: string = randomUUID()): string {
  return builder.build({
    [`${action}Response`]: {
      '@_xmlns': xmlns,
      ...(withoutResult.has(action) ? {} : { [`${action}Result`]: xmlMembers(result) }),
      ResponseMetadata: { RequestId: requestId },
    },
  });
}

/** An SQS error in the query protocol's XML (`<ErrorResponse><Error><Type><Code><Message>`). */
export function queryErrorOf(error: { code: string; message: string; sender: boolean }, requestId: string = randomUUID()): string {
  return builder.build({
    ErrorResponse: {
      '@_xmlns': xmlns,
      Error: { Type: error.sender ? 'Sender' : 'Receiver', Code: error.code, Message: error.message, Detail: '' },
      RequestId: requestId,
    },
  });
}

function xmlMembers(json: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const members: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(json)) {
    if (value === undefined || value === null) continue;
    if (listResults[key] && Array.isArray(value)) {
      members[listResults[key]] = value.map(xmlValue);
    } else if (mapResults[key] && typeof value === 'object') {
      members[mapResults[key]] = Object.entries(value).map(([Name, entry]) => ({ Name, Value: xmlValue(entry) }));
    } else {
      members[key] = xmlValue(value);
    }
  }
  return members;
}

function xmlValue(value: unknown): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? xmlMembers(value as Record<string, unknown>) : value;
}

/** The error of a JSON answer, with the query protocol's code fauxqs gives in `x-amzn-query-error`. */
function queryErrorOfJson(statusCode: number, headers: Record<string, unknown>, body: string): { code: string; message: string; sender: boolean } {
  const [code, fault] = String(headers['x-amzn-query-error'] ?? '').split(';');
  let parsed: { __type?: string; message?: string } = {};
  try {
    parsed = JSON.parse(body) as typeof parsed;
  } catch {
    // not JSON: the status code speaks for it
  }
  return {
    code: code || parsed.__type?.split('#').pop() || 'InternalFailure',
    message: parsed.message ?? body,
    sender: fault ? fault === 'Sender' : statusCode < 500,
  };
}

/**
 * Makes a fauxqs app answer SQS query-protocol requests: each is turned into the JSON call fauxqs
 * serves (sent to the same app in process) and its answer or error into AWS's XML. SNS's query
 * requests and JSON requests go on to fauxqs as before. Call before the app listens.
 */
export function answerSqsQueryProtocol(app: ReturnType<typeof buildApp>): void {
  app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    const contentType = request.headers['content-type'] ?? '';
    const form = request.body as Record<string, string> | undefined;
    if (!contentType.includes('application/x-www-form-urlencoded') || typeof form !== 'object' || form === null) return;
    if (!isSqsQueryRequest(form, request.headers.authorization)) return;

    const requestId = randomUUID();
    reply.header('content-type', 'text/xml').header('x-amzn-requestid', requestId);
    let call: ReturnType<typeof jsonCallOf>;
    try {
      call = jsonCallOf(form);
    } catch (error) {
      if (!(error instanceof SqsQueryError)) throw error;
      return reply.status(error.statusCode).send(queryErrorOf({ code: error.code, message: error.message, sender: true }, requestId));
    }
    const answer = await app.inject({
      method: 'POST',
      url: '/',
      headers: {
        ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}),
        host: request.headers.host ?? '',
        'content-type': 'application/x-amz-json-1.0',
        'x-amz-target': `AmazonSQS.${call.action}`,
      },
      payload: JSON.stringify(call.input),
    });
    if (answer.statusCode >= 300) {
      return reply.status(answer.statusCode).send(queryErrorOf(queryErrorOfJson(answer.statusCode, answer.headers, answer.body), requestId));
    }
    return reply.status(200).send(queryResponseOf(call.action, answer.json(), requestId));
  });
}
