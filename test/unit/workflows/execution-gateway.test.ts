import type { HistoryEvent } from '@aws-sdk/client-sfn';
import { describe, expect, it } from 'vitest';
import { executionStepOf, stepFunctionsExecutions } from '../../../functions/gateways/executions';
import type { StepFunctionsClient } from '../../../functions/gateways/executions';

const machineArn = (name: string) => `arn:aws:states:us-east-1:000000000000:stateMachine:${name}`;
const machines = { refund: machineArn('refund'), kyc: machineArn('kyc'), withdrawal: machineArn('withdrawal') };

function failure(name: string): Error {
  const error = new Error(name);
  error.name = name;
  return error;
}

/** A client whose every command fails with the named Step Functions error, keeping what it was sent. */
function failingWith(name: string): StepFunctionsClient & { sent: unknown[] } {
  const sent: unknown[] = [];
  return {
    sent,
    send: (async (command: { input: unknown }) => {
      sent.push(command.input);
      throw failure(name);
    }) as StepFunctionsClient['send'],
  };
}

describe('the execution gateway over Step Functions', () => {
  it.each(['TaskTimedOut', 'TaskDoesNotExist', 'InvalidToken'])('takes a task gone with %s as not waiting any more', async (name) => {
    const executions = stepFunctionsExecutions(failingWith(name), machines);
    expect(await executions.answer('token-1', { decision: 'approve' })).toBe(false);
    expect(await executions.heartbeat('token-1')).toBe(false);
  });

  it('lets any other error of an answer through, so that the caller retries', async () => {
    await expect(stepFunctionsExecutions(failingWith('ThrottlingException'), machines).answer('token-1', {})).rejects.toThrow('ThrottlingException');
  });

  it('takes ExecutionAlreadyExists as a start made before, naming the execution by the ticket number', async () => {
    const client = failingWith('ExecutionAlreadyExists');
    const started = await stepFunctionsExecutions(client, machines).start('kyc', '12345678');
    expect(started).toEqual({ executionArn: 'arn:aws:states:us-east-1:000000000000:execution:kyc:12345678', alreadyStarted: true });
    expect(client.sent).toEqual([{ stateMachineArn: machineArn('kyc'), name: '12345678', input: '{"ticketNumber":"12345678"}' }]);
  });

  it('describes no execution when Step Functions has none', async () => {
    expect(await stepFunctionsExecutions(failingWith('ExecutionDoesNotExist'), machines).describe('refund', '12345678')).toBeUndefined();
  });

  it('reads a history as lines without parameters, outputs or task tokens', () => {
    const timestamp = new Date('2025-03-02T12:30:00.000Z');
    const events: HistoryEvent[] = [
      { id: 1, timestamp, type: 'TaskStateEntered', stateEnteredEventDetails: { name: 'Waiting for Paddle', input: '{"taskToken":"secret"}' } },
      { id: 2, timestamp, type: 'TaskScheduled', taskScheduledEventDetails: { resourceType: 'lambda', resource: 'invoke', region: 'us-east-1', parameters: '{"taskToken":"secret"}' } },
      { id: 3, timestamp, type: 'TaskSubmitted' },
      { id: 4, timestamp, type: 'TaskFailed', taskFailedEventDetails: { resourceType: 'lambda', resource: 'invoke', error: 'ProviderUnavailable', cause: 'card 4111' } },
      { id: 5, timestamp, type: 'ExecutionAborted', executionAbortedEventDetails: { error: 'CancelledByCustomer' } },
    ];
    const lines = events.flatMap((event) => executionStepOf(event) ?? []);
    expect(lines).toEqual([
      { at: '2025-03-02T12:30:00.000Z', what: 'entered', state: 'Waiting for Paddle' },
      { at: '2025-03-02T12:30:00.000Z', what: 'waiting' },
      { at: '2025-03-02T12:30:00.000Z', what: 'task failed', error: 'ProviderUnavailable' },
      { at: '2025-03-02T12:30:00.000Z', what: 'stopped', error: 'CancelledByCustomer' },
    ]);
    expect(JSON.stringify(lines)).not.toContain('secret');
  });
});
