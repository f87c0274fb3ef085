import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { NativeAttributeValue } from '@aws-sdk/lib-dynamodb';
import type { Ticket } from '../domain/types';
import { complaintsIndex } from './items/complaint';
import { ticketFromItem } from './items/ticket';
import type { Store } from './store';

/** The `YYYY-MM` months (UTC) from the one holding `from` to the one holding `to`, in order. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) return months;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

/**
 * The tickets whose complaint was received at or after `from` and before `to` (ISO 8601 instants in
 * UTC), by receipt: one Query per month of receipt on the sparse complaints index, each followed to
 * its last page (a month's complaints are a bounded number), never a Scan.
 * @throws UnreadableItemError for an item that does not read back as a ticket.
 */
export async function complaintsReceivedBetween(store: Store, from: string, to: string): Promise<Ticket[]> {
  const tickets: Ticket[] = [];
  for (const month of monthsBetween(from, to)) {
    let start: Record<string, NativeAttributeValue> | undefined;
    do {
      const page = await store.db.send(
        new QueryCommand({
          TableName: store.table,
          IndexName: complaintsIndex.index,
          // '#' sorts before every digit: `${to}#` is below every key received at `to`, which the period leaves out.
          KeyConditionExpression: '#partition = :partition AND #sort BETWEEN :from AND :to',
          ExpressionAttributeNames: { '#partition': complaintsIndex.partitionAttribute, '#sort': complaintsIndex.sortAttribute },
          ExpressionAttributeValues: { ':partition': complaintsIndex.partition(month), ':from': `${from}#`, ':to': `${to}#` },
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      );
      tickets.push(...(page.Items ?? []).map((item) => ticketFromItem(item)));
      start = page.LastEvaluatedKey;
    } while (start);
  }
  return tickets;
}
