import type { SFNClient } from '@aws-sdk/client-sfn';
import { SendTaskFailureCommand, SendTaskHeartbeatCommand, SendTaskSuccessCommand } from '@aws-sdk/client-sfn';
import { beforeAll, describe, expect, it } from 'vitest';
import { ended, historyOf, localSfnClient, outputOf, start, stateMachineArnNamed, waitingTaskToken } from './sfn-client';

describe('callback tasks (lambda:invoke.waitForTaskToken)', () => {
  let client: SFNClient;
  let approval: string;
  let heartbeat: string;

  beforeAll(async () => {
    client = localSfnClient();
    approval = await stateMachineArnNamed(client, 'sfnApproval');
    heartbeat = await stateMachineArnNamed(client, 'sfnHeartbeat');
  });

  it('hands the function a token and continues with the output SendTaskSuccess gives', async () => {
    const execution = await start(client, approval, { request: { ticket: 'T-1' }, timeoutSeconds: 30 });
    const taskToken = await waitingTaskToken(client, execution);

    await client.send(new SendTaskSuccessCommand({ taskToken, output: JSON.stringify({ approvedBy: 'finance' }) }));

    const result = await ended(client, execution);
    expect(result.status).toBe('SUCCEEDED');
    expect(outputOf(result)).toEqual({ request: { ticket: 'T-1' }, timeoutSeconds: 30, approval: { approvedBy: 'finance' }, outcome: 'approved' });
  });

  it('follows the Catch of the error SendTaskFailure names', async () => {
    const execution = await start(client, approval, { request: { ticket: 'T-2' }, timeoutSeconds: 30 });
    const taskToken = await waitingTaskToken(client, execution);

    await client.send(new SendTaskFailureCommand({ taskToken, error: 'Declined', cause: 'Over the refund limit' }));

    const result = await ended(client, execution);
    expect(result.status).toBe('SUCCEEDED');
    expect(outputOf(result)).toMatchObject({ outcome: 'rejected', failure: { Error: 'Declined', Cause: 'Over the refund limit' } });
    const failed = (await historyOf(client, execution)).find((event) => event.type === 'TaskFailed');
    expect(failed?.taskFailedEventDetails).toMatchObject({ error: 'Declined', cause: 'Over the refund limit', resourceType: 'lambda' });
  });

  it('fails the task with States.Timeout when TimeoutSecondsPath runs out, which States.TaskFailed does not catch', async () => {
    const execution = await start(client, approval, { request: { ticket: 'T-3' }, timeoutSeconds: 1 });

    const result = await ended(client, execution);

    expect(outputOf(result)).toMatchObject({ outcome: 'expired', failure: { Error: 'States.Timeout' } });
    const types = (await historyOf(client, execution)).map((event) => event.type);
    expect(types).toContain('TaskTimedOut');
  });

  it('refuses a second answer on a token with TaskTimedOut', async () => {
    const execution = await start(client, approval, { request: { ticket: 'T-4' }, timeoutSeconds: 30 });
    const taskToken = await waitingTaskToken(client, execution);
    await client.send(new SendTaskSuccessCommand({ taskToken, output: '{}' }));

    await expect(client.send(new SendTaskSuccessCommand({ taskToken, output: '{}' }))).rejects.toMatchObject({ name: 'TaskTimedOut' });
    await expect(client.send(new SendTaskFailureCommand({ taskToken, error: 'Late' }))).rejects.toMatchObject({ name: 'TaskTimedOut' });
  });

  it('refuses a token of a task that timed out with TaskTimedOut', async () => {
    const execution = await start(client, approval, { request: { ticket: 'T-5' }, timeoutSeconds: 1 });
    const taskToken = await waitingTaskToken(client, execution);
    await ended(client, execution);

    await expect(client.send(new SendTaskSuccessCommand({ taskToken, output: '{}' }))).rejects.toMatchObject({ name: 'TaskTimedOut' });
  });

  it('answers InvalidToken for a malformed token and TaskDoesNotExist for one no task had', async () => {
    await expect(client.send(new SendTaskSuccessCommand({ taskToken: 'not-a-token', output: '{}' }))).rejects.toMatchObject({ name: 'InvalidToken' });
    const unknown = `AQC${'A'.repeat(86)}`;
    await expect(client.send(new SendTaskHeartbeatCommand({ taskToken: unknown }))).rejects.toMatchObject({ name: 'TaskDoesNotExist' });
  });

  it('answers InvalidOutput when SendTaskSuccess output is not JSON, leaving the task waiting', async () => {
    const execution = await start(client, approval, { request: { ticket: 'T-6' }, timeoutSeconds: 30 });
    const taskToken = await waitingTaskToken(client, execution);

    await expect(client.send(new SendTaskSuccessCommand({ taskToken, output: 'approved' }))).rejects.toMatchObject({ name: 'InvalidOutput' });
    await client.send(new SendTaskSuccessCommand({ taskToken, output: '"approved"' }));

    expect(outputOf(await ended(client, execution))).toMatchObject({ approval: 'approved' });
  });

  it('fails the task with States.Timeout when HeartbeatSeconds pass without a heartbeat', async () => {
    const execution = await start(client, heartbeat, { job: 'export' });

    const result = await ended(client, execution);

    expect(result).toMatchObject({ status: 'FAILED', error: 'Stalled' });
    const timedOut = (await historyOf(client, execution)).find((event) => event.type === 'TaskTimedOut');
    expect(timedOut?.taskTimedOutEventDetails).toMatchObject({ error: 'States.Timeout', resource: 'invoke.waitForTaskToken' });
  });

  it('keeps the task waiting past HeartbeatSeconds while SendTaskHeartbeat keeps coming', async () => {
    const execution = await start(client, heartbeat, { job: 'import' });
    const taskToken = await waitingTaskToken(client, execution);

    // Beats well within HeartbeatSeconds (2) until twice that has passed: a task that ignored the
    // heartbeats would have timed out by then.
    const beatUntil = Date.now() + 4500;
    while (Date.now() < beatUntil) {
      await client.send(new SendTaskHeartbeatCommand({ taskToken }));
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await client.send(new SendTaskSuccessCommand({ taskToken, output: JSON.stringify({ rows: 42 }) }));

    const result = await ended(client, execution);
    expect(result.status).toBe('SUCCEEDED');
    expect(outputOf(result)).toMatchObject({ progress: { rows: 42 } });
  });
});
