import { monthsBetween } from '../domain/months';
import type { Ticket } from '../domain/types';
import { complaintsIndex } from './items/complaint';
import { ticketFromItem } from './items/ticket';
import { queryEveryPage } from './query-pages';
import type { Store } from './store';

/**
 * The tickets whose complaint was received at or after `from` and before `to` (ISO 8601 instants in
 * UTC), by receipt: one Query per month of receipt on the sparse complaints index, each followed to
 * its last page (a month's complaints are a bounded number), never a Scan.
 * @throws UnreadableItemError for an item that does not read back as a ticket.
 */
export async function complaintsReceivedBetween(store: Store, from: string, to: string): Promise<Ticket[]> {
  const tickets: Ticket[] = [];
  for (const month of monthsBetween(from, to)) {
    const items = await queryEveryPage(store, {
      IndexName: complaintsIndex.index,
      // '#' sorts before every digit: `${to}#` is below every key received at `to`, which the period leaves out.
      KeyConditionExpression: '#partition = :partition AND #sort BETWEEN :from AND :to',
      ExpressionAttributeNames: { '#partition': complaintsIndex.partitionAttribute, '#sort': complaintsIndex.sortAttribute },
      ExpressionAttributeValues: { ':partition': complaintsIndex.partition(month), ':from': `${from}#`, ':to': `${to}#` },
    });
    tickets.push(...items.map((item) => ticketFromItem(item)));
  }
  return tickets;
}
