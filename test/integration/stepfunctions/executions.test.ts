import { randomUUID } from 'node:crypto';
import type { SFNClient } from '@aws-sdk/client-sfn';
import {
  DescribeExecutionCommand,
  DescribeStateMachineCommand,
  GetExecutionHistoryCommand,
  ListExecutionsCommand,
  SendTaskSuccessCommand,
  StartExecutionCommand,
  StopExecutionCommand,
} from '@aws-sdk/client-sfn';
import { beforeAll, describe, expect, it } from 'vitest';
import { ended, historyOf, localSfnClient, start, stateMachineArnNamed, waitingTaskToken } from './sfn-client';

describe('executions', () => {
  let client: SFNClient;
  let approval: string;

  beforeAll(async () => {
    client = localSfnClient();
    approval = await stateMachineArnNamed(client, 'sfnApproval');
  });

  it('describes a state machine with its rendered definition', async () => {
    const machine = await client.send(new DescribeStateMachineCommand({ stateMachineArn: approval }));

    expect(machine).toMatchObject({ name: 'sfnApproval', status: 'ACTIVE', type: 'STANDARD' });
    expect(machine.definition).toContain(':function:sfnReceiveTaskToken');
    expect(machine.creationDate).toBeInstanceOf(Date);
  });

  it('answers ExecutionAlreadyExists when the name was used with another input', async () => {
    const name = `order-${randomUUID()}`;
    await start(client, approval, { request: { n: 1 }, timeoutSeconds: 30 }, name);

    await expect(start(client, approval, { request: { n: 2 }, timeoutSeconds: 30 }, name)).rejects.toMatchObject({ name: 'ExecutionAlreadyExists' });
  });

  it('returns the running execution again when the same name comes with the same input', async () => {
    const name = `order-${randomUUID()}`;
    const input = { request: { n: 1 }, timeoutSeconds: 30 };
    const first = await client.send(new StartExecutionCommand({ stateMachineArn: approval, name, input: JSON.stringify(input) }));

    const again = await client.send(new StartExecutionCommand({ stateMachineArn: approval, name, input: JSON.stringify(input) }));

    expect(again.executionArn).toBe(first.executionArn);
    expect(again.startDate).toEqual(first.startDate);
  });

  it('answers ExecutionAlreadyExists for the name of an execution that has ended, whatever the input', async () => {
    const name = `order-${randomUUID()}`;
    const input = { request: { n: 1 }, timeoutSeconds: 30 };
    const execution = await start(client, approval, input, name);
    await client.send(new StopExecutionCommand({ executionArn: execution }));

    await expect(start(client, approval, input, name)).rejects.toMatchObject({ name: 'ExecutionAlreadyExists' });
  });

  it('lists the executions of a state machine by status, newest first', async () => {
    const waiting = await start(client, approval, { request: {}, timeoutSeconds: 30 });
    const done = await start(client, approval, { request: {}, timeoutSeconds: 30 });
    await client.send(new SendTaskSuccessCommand({ taskToken: await waitingTaskToken(client, done), output: '{}' }));
    await ended(client, done);

    const running = await client.send(new ListExecutionsCommand({ stateMachineArn: approval, statusFilter: 'RUNNING' }));
    const succeeded = await client.send(new ListExecutionsCommand({ stateMachineArn: approval, statusFilter: 'SUCCEEDED' }));

    const arns = (list: typeof running) => (list.executions ?? []).map((execution) => execution.executionArn);
    expect(arns(running)).toContain(waiting);
    expect(arns(running)).not.toContain(done);
    expect(arns(succeeded)).toContain(done);
    expect(arns(succeeded)).not.toContain(waiting);
    expect(succeeded.executions?.find((execution) => execution.executionArn === done)?.stopDate).toBeInstanceOf(Date);
  });

  it('stops a running execution: ABORTED with the given error, ExecutionAborted last, its token refused', async () => {
    const execution = await start(client, approval, { request: {}, timeoutSeconds: 30 });
    const taskToken = await waitingTaskToken(client, execution);

    const { stopDate } = await client.send(new StopExecutionCommand({ executionArn: execution, error: 'Cancelled', cause: 'The customer withdrew' }));

    const description = await client.send(new DescribeExecutionCommand({ executionArn: execution }));
    expect(description).toMatchObject({ status: 'ABORTED', error: 'Cancelled', cause: 'The customer withdrew', stopDate });
    const last = (await historyOf(client, execution)).at(-1);
    expect(last).toMatchObject({ type: 'ExecutionAborted', executionAbortedEventDetails: { error: 'Cancelled', cause: 'The customer withdrew' } });
    await expect(client.send(new SendTaskSuccessCommand({ taskToken, output: '{}' }))).rejects.toMatchObject({ name: 'TaskTimedOut' });
  });

  it('pages the history newest first with reverseOrder', async () => {
    const execution = await start(client, approval, { request: {}, timeoutSeconds: 30 });
    await waitingTaskToken(client, execution);

    const first = await client.send(new GetExecutionHistoryCommand({ executionArn: execution, reverseOrder: true, maxResults: 2 }));
    const second = await client.send(new GetExecutionHistoryCommand({ executionArn: execution, reverseOrder: true, maxResults: 2, nextToken: first.nextToken }));

    expect(first.events?.map((event) => event.type)).toEqual(['TaskSubmitted', 'TaskStarted']);
    expect(second.events?.map((event) => event.type)).toEqual(['TaskScheduled', 'TaskStateEntered']);
  });

  it('answers StateMachineDoesNotExist, ExecutionDoesNotExist and InvalidArn', async () => {
    const missingMachine = approval.replace(/sfnApproval$/, 'noSuchMachine');
    const missingExecution = approval.replace(':stateMachine:sfnApproval', ':execution:sfnApproval:no-such-execution');

    await expect(start(client, missingMachine, {})).rejects.toMatchObject({ name: 'StateMachineDoesNotExist' });
    await expect(client.send(new DescribeExecutionCommand({ executionArn: missingExecution }))).rejects.toMatchObject({ name: 'ExecutionDoesNotExist' });
    await expect(client.send(new DescribeExecutionCommand({ executionArn: approval }))).rejects.toMatchObject({ name: 'InvalidArn' });
    await expect(client.send(new DescribeStateMachineCommand({ stateMachineArn: 'sfnApproval' }))).rejects.toMatchObject({ name: 'InvalidArn' });
  });
});
