import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { NativeAttributeValue } from '@aws-sdk/lib-dynamodb';
import type { Priority } from '../domain/types';
import { byAssignee, queue } from './items/ticket';
import type { QueuePhase } from './items/ticket';
import type { Store } from './store';

/** Which part of one phase of the agents' queue to count: only what the indexes' keys serve. */
export interface QueueCountSelection {
  readonly phase: QueuePhase;
  /** An agent's sub, or null for the unassigned; absent for every ticket of the phase. */
  readonly assignee?: string | null | undefined;
  readonly priority?: Priority | undefined;
}

/** How many tickets a part of the queue holds, counted up to a bound. */
export interface QueueCount {
  /** The tickets counted: all of them, or `upTo` when there are more. */
  readonly count: number;
  /** True when the part holds more than `count` (the count stopped at its bound). */
  readonly more: boolean;
}

/**
 * Counts the tickets of one phase of the agents' queue (assignee and priority by key, as the queue
 * lists them) with Select COUNT Queries on the queue or byAssignee index, following
 * LastEvaluatedKey, up to `upTo` tickets: past it, the answer says there are more.
 *
 * What it costs (figures from `npm run bench:lists`, which measures it with ReturnConsumedCapacity):
 * DynamoDB bills a Query for the size of every item it reads, COUNT or not, and these indexes
 * project the whole ticket (about 1.4 KB; up to about 11 KB for the largest form), at half a read
 * unit per 4 KB (index reads are eventually consistent), one request per 1 MB read (about 750
 * tickets). Counted to the end, a phase of 10,000 open tickets costs 1,519 read units and 12
 * sequential requests for every count, so 100,000 would cost about 15,000 units and 120 requests
 * (seconds, and at $0.125 per million read units about $45 a day for 50 agents reloading their
 * queue once a minute). Bounded at the use case's 1,000, a phase costs at most about 150 units and
 * 2 requests however large the queue grows (199 units measured for the three phases at 10,000 open
 * tickets; at most about 450 with every phase past 1,000: about $1.35 a day for the same 50
 * agents), and an agent's own or a priority's part costs what it holds. A counter item kept by the stream would read one item instead, but it
 * would need an idempotent ledger against the stream's redeliveries, a rebuild when it drifts,
 * and it would be one more hot item per phase; a count read by key needs none of that and is
 * exact up to its bound.
 */
export async function countQueuePart(store: Store, selection: QueueCountSelection, upTo: number): Promise<QueueCount> {
  const { phase, assignee, priority } = selection;
  const index = assignee === undefined ? { ...queue, partitionValue: queue.partition(phase) } : { ...byAssignee, partitionValue: byAssignee.partition(assignee, phase) };
  let counted = 0;
  let start: Record<string, NativeAttributeValue> | undefined;
  do {
    const page = await store.db.send(
      new QueryCommand({
        TableName: store.table,
        IndexName: index.index,
        KeyConditionExpression: priority === undefined ? '#partition = :partition' : '#partition = :partition AND begins_with(#sort, :priority)',
        ExpressionAttributeNames: { '#partition': index.partitionAttribute, ...(priority === undefined ? {} : { '#sort': index.sortAttribute }) },
        ExpressionAttributeValues: { ':partition': index.partitionValue, ...(priority === undefined ? {} : { ':priority': queue.priorityPrefix(priority) }) },
        Select: 'COUNT',
        // One more than the bound tells "exactly upTo" from "more than upTo".
        Limit: upTo + 1 - counted,
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    counted += page.Count ?? 0;
    start = page.LastEvaluatedKey;
  } while (start && counted <= upTo);
  return { count: Math.min(counted, upTo), more: counted > upTo };
}
