import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { streamHandler, taskHandler } from '../../../functions/shared/entry-point';
import { setStatusInput } from '../../../functions/tasks/inputs';
import { system } from '../../../infra/system';
import { lambdaContext } from '../../support/lambda-context';
import { jsonLinesWritten as linesWritten } from '../../support/stdout-lines';

async function failureOf(run: () => Promise<unknown>): Promise<Error> {
  try {
    await run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('it did not fail');
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('a Step Functions task entry point', () => {
  it('fails an input that does not match its schema with InvalidTaskInput naming the fields, before the use case runs', async () => {
    const useCase = vi.fn(async () => ({ changed: true }));
    const handler = taskHandler(setStatusInput, useCase);
    const error = await failureOf(() => handler({ ticketNumber: '', status: 7, outcome: { actor: { kind: 'robot', id: 'x' } } }, lambdaContext()));
    expect(error.name).toBe('InvalidTaskInput');
    expect(error.message).toContain('ticketNumber');
    expect(error.message).toContain('status');
    expect(error.message).toContain('outcome.actor.kind');
    expect(useCase).not.toHaveBeenCalled();
  });

  it('gives the use case the parsed input, leaving out what the task does not read', async () => {
    const useCase = vi.fn(async (input: unknown) => input);
    const handler = taskHandler(setStatusInput, useCase);
    const answer = await handler({ ticketNumber: '48213377', status: 'in_progress', round: 2, extra: { a: 1 } }, lambdaContext());
    expect(answer).toEqual({ ticketNumber: '48213377', status: 'in_progress' });
  });

  it('writes the request id, the cold start flag and the ticket number on every log line of the invocation', async () => {
    const { logger } = await import('../../../functions/shared/observability');
    const handler = taskHandler(z.object({ ticketNumber: z.string() }), async () => logger.info('working on it'));
    const context = lambdaContext('workflowSetStatus');
    const lines = await linesWritten(() => handler({ ticketNumber: '48213377' }, context));
    const line = lines.find((entry) => entry['message'] === 'working on it');
    expect(line).toMatchObject({ function_request_id: context.awsRequestId, function_name: 'workflowSetStatus', ticketNumber: '48213377' });
    expect(typeof line?.['cold_start']).toBe('boolean');
  });

  it('publishes the cold start metric once per sandbox, and no warning about empty metrics', async () => {
    // A fresh on-demand sandbox: the modules are loaded anew, as at a cold start, with what Lambda sets.
    vi.stubEnv('AWS_LAMBDA_INITIALIZATION_TYPE', 'on-demand');
    vi.resetModules();
    const fresh = await import('../../../functions/shared/entry-point');
    const handler = fresh.taskHandler(z.object({ ticketNumber: z.string() }), async () => 'done');
    const warn = vi.spyOn(console, 'warn');
    const lines = await linesWritten(async () => {
      await handler({ ticketNumber: '1' }, lambdaContext('coldOnce'));
      await handler({ ticketNumber: '2' }, lambdaContext('coldOnce'));
    });
    const coldStarts = lines.filter((line) => 'ColdStart' in line);
    expect(coldStarts).toHaveLength(1);
    expect(coldStarts[0]).toMatchObject({ ColdStart: 1, function_name: 'coldOnce', service: 'ticketflow' });
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('the state machines and InvalidTaskInput', () => {
  interface AslState {
    Type: string;
    Arguments?: { FunctionName?: string };
    Parameters?: { FunctionName?: string };
    Retry?: { ErrorEquals: string[] }[];
    Catch?: { ErrorEquals: string[]; Next: string }[];
    Branches?: { States: Record<string, AslState> }[];
  }
  const definitions = Object.values(system.stateMachines).map((spec) => ({
    file: spec.aslFile,
    states: (JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../..', spec.aslFile), 'utf8')) as { States: Record<string, AslState> }).States,
  }));
  const functionOf = (state: AslState | undefined) => (state?.Arguments ?? state?.Parameters)?.FunctionName;

  it('never retry it: no Retry of any task matches InvalidTaskInput', () => {
    for (const { states } of definitions) {
      for (const state of Object.values(states)) {
        for (const retry of state.Retry ?? []) expect(retry.ErrorEquals).not.toEqual(expect.arrayContaining([expect.stringMatching(/^(InvalidTaskInput|States\.ALL|States\.TaskFailed)$/)]));
      }
    }
  });

  it('escalate it to agents where a provider is waited for', () => {
    for (const { states } of definitions) {
      const providerWaits = Object.values(states).filter((state) => functionOf(state) === '${AwaitProviderFunction}');
      for (const wait of providerWaits) {
        const catchAll = wait.Catch?.find((entry) => entry.ErrorEquals.includes('States.ALL'));
        expect(functionOf(states[catchAll?.Next ?? ''])).toBe('${EscalateFunction}');
      }
    }
  });
});

describe('a stream consumer entry point', () => {
  const record = (sequence: string) => ({
    eventID: `e${sequence}`,
    eventName: 'INSERT',
    dynamodb: { SequenceNumber: sequence, Keys: { pk: { S: 'T#1' } }, NewImage: { entity: { S: 'ticket' }, version: { N: '1' } } },
  });

  it('hands the consumer the records with their sequence numbers and images as DynamoDB JSON', async () => {
    const consumer = vi.fn(async () => ({ batchItemFailures: [] }));
    const handler = streamHandler(consumer);
    await handler({ Records: [record('1'), record('2')] }, lambdaContext());
    expect(consumer).toHaveBeenCalledWith(
      [
        expect.objectContaining({ eventName: 'INSERT', dynamodb: expect.objectContaining({ SequenceNumber: '1', NewImage: { entity: { S: 'ticket' }, version: { N: '1' } } }) }),
        expect.objectContaining({ dynamodb: expect.objectContaining({ SequenceNumber: '2' }) }),
      ],
      expect.anything(),
    );
  });

  it('refuses an event that is not a DynamoDB stream event, naming what is wrong', async () => {
    const consumer = vi.fn(async () => ({ batchItemFailures: [] }));
    const handler = streamHandler(consumer);
    const broken = { Records: [{ eventName: 'INSERT', dynamodb: { SequenceNumber: '1', NewImage: { entity: 'ticket' } } }] };
    const error = await failureOf(() => handler(broken, lambdaContext()));
    expect(error.name).toBe('InvalidStreamEvent');
    expect(error.message).toContain('Records.0.dynamodb.NewImage.entity');
    expect(consumer).not.toHaveBeenCalled();
  });
});
