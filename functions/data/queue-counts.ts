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
 * What it costs: DynamoDB bills a Query for the size of every item it reads, COUNT or not, and
 * these indexes project the whole ticket (about 1.3 KB; up to about 11 KB for the largest form).
 * An index read is eventually consistent, half a read unit per 4 KB read, so counting N typical
 * tickets costs about N / 6 read units and one request per 1 MB (about 750 tickets). Uncounted, a
 * phase of 10,000 tickets would cost about 1,600 read units and 13 sequential requests for every
 * count, and 100,000 about 16,000 units and 130 requests (seconds); so each count stops at `upTo`
 * (the use case's 1,000: at most about 170 units and two requests a phase, however large the
 * queue, and an agent sees "1,000+"), which `npm run bench:lists` measures. A counter item kept
 * by the stream would read one item instead, but it would need an idempotent ledger against the
 * stream's redeliveries, a rebuild when it drifts, and it would be one more hot item per phase;
 * an exact count of the first 1,000 read by key needs none of that and can never be wrong.
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
