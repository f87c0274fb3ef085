import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import { listen } from '../listen';
import type { LocalFunctions } from '../functions';
import { SfnError } from './errors';
import type { RequestBody } from './request-fields';
import type { StateMachineInput } from './service';
import { StepFunctionsService } from './service';
import { interpreterTimeoutError } from './state-errors';

const targetPrefix = 'AWSStepFunctions.';
const contentType = 'application/x-amz-json-1.0';

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': contentType,
    'Content-Length': Buffer.byteLength(text),
    'x-amzn-RequestId': randomUUID(),
  });
  response.end(text);
}

function sendError(response: ServerResponse, error: SfnError): void {
  send(response, 400, { __type: error.type, message: error.message });
}

function parseBody(text: string): RequestBody {
  if (text.trim() === '') return {};
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new SfnError('SerializationException', 'The request body is not JSON');
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new SfnError('SerializationException', 'The request body is not a JSON object');
  return body as RequestBody;
}

async function handle(service: StepFunctionsService, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const text = await readBody(request);
  try {
    if (request.method !== 'POST') throw new SfnError('UnknownOperationException', `${request.method ?? 'This method'} is not supported`);
    const target = request.headers['x-amz-target'];
    const actionName = typeof target === 'string' && target.startsWith(targetPrefix) ? target.slice(targetPrefix.length) : undefined;
    const action = actionName === undefined ? undefined : service.actions[actionName];
    if (!action) throw new SfnError('UnknownOperationException', `The local Step Functions endpoint does not support ${String(target)}`);
    send(response, 200, await action(parseBody(text)));
  } catch (error) {
    if (error instanceof SfnError) {
      sendError(response, error);
      return;
    }
    send(response, 500, { __type: 'InternalFailure', message: error instanceof Error ? error.message : String(error) });
  }
}

/** A running local Step Functions endpoint. */
export interface LocalStepFunctions {
  readonly endpoint: string;
  /** Aborts running executions, clears every task's timers and closes the server. */
  stop(): Promise<void>;
}

/**
 * Starts the local Step Functions endpoint on host:port: the JSON API that `@aws-sdk/client-sfn`
 * and `aws stepfunctions --endpoint-url` speak, running the given state machines with the
 * local functions, their callback tasks answered by SendTaskSuccess / SendTaskFailure.
 * @throws Error naming the state machine whose definition is not valid ASL, or the listen error.
 */
export async function startStepFunctions(options: {
  host: string;
  port: number;
  region: string;
  functions: LocalFunctions;
  stateMachines: Record<string, StateMachineInput>;
}): Promise<LocalStepFunctions> {
  const service = new StepFunctionsService(options.region, options.functions, options.stateMachines, await interpreterTimeoutError());
  const server = createServer((request, response) => void handle(service, request, response));
  const listening = await listen(server, options.host, options.port);
  return {
    endpoint: listening.endpoint,
    stop: async () => {
      await service.close();
      await listening.close();
    },
  };
}
