import type { SFNClient } from '@aws-sdk/client-sfn';
import { beforeAll, describe, expect, it } from 'vitest';
import { ended, historyOf, localSfnClient, outputOf, start, stateMachineArnNamed } from './sfn-client';

describe('Lambda tasks', () => {
  let client: SFNClient;
  let charge: string;
  let direct: string;

  beforeAll(async () => {
    client = localSfnClient();
    charge = await stateMachineArnNamed(client, 'sfnCharge');
    direct = await stateMachineArnNamed(client, 'sfnDirect');
  });

  it('retries a function error named in Retry and goes on with the next attempt', async () => {
    const execution = await start(client, charge, { failures: 1, amount: 25 });

    const result = await ended(client, execution);

    expect(result.status).toBe('SUCCEEDED');
    expect(outputOf(result)).toMatchObject({ result: { charge: { charged: 25, attempts: 2 }, statusCode: 200 } });
  });

  it('records the history an operator reads: entered, scheduled, failed, retried, succeeded, exited', async () => {
    const execution = await start(client, charge, { failures: 1, amount: 10 });
    await ended(client, execution);

    const events = await historyOf(client, execution);

    expect(events.map((event) => event.type)).toEqual([
      'ExecutionStarted',
      'TaskStateEntered',
      'TaskScheduled',
      'TaskStarted',
      'TaskFailed',
      'TaskScheduled',
      'TaskStarted',
      'TaskSucceeded',
      'TaskStateExited',
      'SucceedStateEntered',
      'SucceedStateExited',
      'ExecutionSucceeded',
    ]);
    expect(events.map((event) => event.id)).toEqual(events.map((_, index) => index + 1));
    expect(events.every((event) => event.timestamp instanceof Date && event.previousEventId === (event.id ?? 0) - 1)).toBe(true);
    const scheduled = events.find((event) => event.type === 'TaskScheduled')?.taskScheduledEventDetails;
    expect(scheduled).toMatchObject({ resourceType: 'lambda', resource: 'invoke' });
    expect(JSON.parse(scheduled?.parameters ?? '{}')).toMatchObject({ FunctionName: expect.stringContaining(':function:sfnFlakyCharge'), Payload: { failures: 1, amount: 10 } });
    const succeeded = JSON.parse(events.find((event) => event.type === 'TaskSucceeded')?.taskSucceededEventDetails?.output ?? '{}');
    expect(succeeded).toMatchObject({ ExecutedVersion: '$LATEST', StatusCode: 200, Payload: { charged: 10 }, SdkHttpMetadata: { HttpStatusCode: 200 } });
  });

  it('catches the function error once the retries run out, with the Lambda error as Cause', async () => {
    const execution = await start(client, charge, { failures: 5, amount: 25 });

    const result = await ended(client, execution);

    const output = outputOf(result) as { outcome: string; failure: { Error: string; Cause: string } };
    expect(output.outcome).toBe('gave up');
    expect(output.failure.Error).toBe('CardNetworkError');
    expect(JSON.parse(output.failure.Cause)).toMatchObject({ errorType: 'CardNetworkError', errorMessage: 'The card network is down (attempt 2)' });
  });

  it('returns the function result itself for a Task naming the function ARN', async () => {
    const execution = await start(client, direct, { ticket: 'T-9' });

    const result = await ended(client, execution);

    expect(outputOf(result)).toEqual({ received: { ticket: 'T-9' } });
    const types = (await historyOf(client, execution)).map((event) => event.type);
    expect(types).toEqual(expect.arrayContaining(['LambdaFunctionScheduled', 'LambdaFunctionStarted', 'LambdaFunctionSucceeded']));
  });
});
