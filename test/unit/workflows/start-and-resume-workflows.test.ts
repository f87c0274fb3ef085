import type { StartExecutionCommand } from '@aws-sdk/client-sfn';
import { SFNClient } from '@aws-sdk/client-sfn';
import type { Context, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { marshall } from '@aws-sdk/util-dynamodb';
import { ticketItem } from '../../../functions/data/items/ticket';
import type { TicketType } from '../../../functions/domain/types';
import { dynamo } from '../../../functions/shared/clients';
import { lambdaContext } from '../../support/lambda-context';
import { seededTicket } from '../../support/ticket-seeding';

// The stream consumer reads its settings at load, as in Lambda; Step Functions and DynamoDB are
// the outside here, so their clients' send is replaced.
const machineArn = (name: string) => `arn:aws:states:us-east-1:000000000000:stateMachine:${name}`;
let handler: (event: DynamoDBStreamEvent, context: Context) => Promise<{ batchItemFailures: { itemIdentifier: string }[] }>;

beforeAll(async () => {
  Object.assign(process.env, {
    TABLE_NAME: 'tickets',
    REFUND_STATE_MACHINE_ARN: machineArn('refund'),
    KYC_STATE_MACHINE_ARN: machineArn('kyc'),
    WITHDRAWAL_STATE_MACHINE_ARN: machineArn('withdrawal'),
  });
  ({ handler } = await import('../../../functions/streams/start-and-resume-workflows'));
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** A new ticket's record, its image being the item the data layer writes. */
function inserted(sequence: string, number: string, type: TicketType): DynamoDBRecord {
  const ticket = seededTicket({ number, type, requester: 'customer-1', at: new Date('2026-03-01T10:00:00.000Z') });
  return { eventName: 'INSERT', dynamodb: { SequenceNumber: sequence, NewImage: marshall(ticketItem(ticket)) as never } };
}

const eventOf = (...records: DynamoDBRecord[]): DynamoDBStreamEvent => ({ Records: records });

function failure(name: string): Error {
  const error = new Error(name);
  error.name = name;
  return error;
}

describe('starting workflows from the stream', () => {
  it('starts one execution per new refund, KYC or withdrawal ticket, named by its number, and ignores other tickets', async () => {
    const starts: StartExecutionCommand['input'][] = [];
    vi.spyOn(SFNClient.prototype, 'send').mockImplementation(async (command) => {
      starts.push((command as StartExecutionCommand).input);
      return { executionArn: 'arn' } as never;
    });
    vi.spyOn(dynamo, 'send').mockResolvedValue({} as never);

    const answer = await handler(eventOf(inserted('1', '11111111', 'refund'), inserted('2', '22222222', 'general'), inserted('3', '33333333', 'withdrawal')), lambdaContext());

    expect(answer).toEqual({ batchItemFailures: [] });
    expect(starts).toEqual([
      { stateMachineArn: machineArn('refund'), name: '11111111', input: '{"ticketNumber":"11111111"}' },
      { stateMachineArn: machineArn('withdrawal'), name: '33333333', input: '{"ticketNumber":"33333333"}' },
    ]);
  });

  it('takes ExecutionAlreadyExists as done: a retried start never starts a workflow twice', async () => {
    vi.spyOn(SFNClient.prototype, 'send').mockRejectedValue(failure('ExecutionAlreadyExists'));
    vi.spyOn(dynamo, 'send').mockResolvedValue({} as never);

    expect(await handler(eventOf(inserted('1', '11111111', 'kyc')), lambdaContext())).toEqual({ batchItemFailures: [] });
  });

  it('reports a start that failed, and every record after it, so the stream retries them', async () => {
    vi.spyOn(SFNClient.prototype, 'send')
      .mockResolvedValueOnce({ executionArn: 'arn' } as never)
      .mockRejectedValueOnce(failure('ServiceUnavailable'));
    vi.spyOn(dynamo, 'send').mockResolvedValue({} as never);

    const answer = await handler(eventOf(inserted('1', '11111111', 'refund'), inserted('2', '22222222', 'kyc'), inserted('3', '33333333', 'withdrawal')), lambdaContext());

    expect(answer).toEqual({ batchItemFailures: [{ itemIdentifier: '2' }, { itemIdentifier: '3' }] });
  });

  it('reports a ticket image that does not read back, and every record after it, rather than skipping it', async () => {
    const starts: unknown[] = [];
    vi.spyOn(SFNClient.prototype, 'send').mockImplementation(async (command) => (starts.push(command), { executionArn: 'arn' }) as never);
    vi.spyOn(dynamo, 'send').mockResolvedValue({} as never);
    const corrupted = inserted('2', '22222222', 'kyc');
    corrupted.dynamodb!.NewImage!['version'] = { S: 'three' };

    const answer = await handler(eventOf(inserted('1', '11111111', 'refund'), corrupted, inserted('3', '33333333', 'withdrawal')), lambdaContext());

    expect(answer).toEqual({ batchItemFailures: [{ itemIdentifier: '2' }, { itemIdentifier: '3' }] });
    expect(starts).toHaveLength(1);
  });
});
