import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { statusesOf } from '../../functions/domain/catalog';
import { ownerOfEmail } from '../../functions/domain/owner';
import { openTicket } from '../../functions/domain/ticket';
import type { Phase, Priority, Ticket, TicketType } from '../../functions/domain/types';
import type { Store } from '../../functions/data/store';
import { ticketItem } from '../../functions/data/items/ticket';
import { redacted } from './redacted';

/** A ticket to seed: who opened it, when, and where it stands. */
export interface TicketSeed {
  readonly number: string;
  readonly requester: string;
  readonly at: Date;
  readonly type?: TicketType;
  readonly priority?: Priority;
  readonly phase?: Phase;
  /** A status of the type in that phase; the first such status when absent. */
  readonly status?: string;
  readonly assignee?: string | null;
}

// About the size of a real ticket's text, so that capacity figures are those of real items.
const description = redacted('The payout I requested on Monday has not arrived. '.repeat(12));

/**
 * A ticket as the domain opens it, then moved to the seed's phase, status and assignee: what a
 * ticket that lived its life through the API would look like in the table.
 * @throws Error when the type has no status in that phase.
 */
export function seededTicket(seed: TicketSeed): Ticket {
  const type = seed.type ?? 'general';
  const at = seed.at.toISOString();
  let id = 0;
  const { ticket } = openTicket(
    {
      number: seed.number,
      type,
      subject: redacted(`Seeded ${type} ticket ${seed.number}`),
      description,
      priority: seed.priority ?? 'normal',
      details: {},
      requester: { sub: seed.requester, email: `${seed.requester}@example.com`, owner: ownerOfEmail(`${seed.requester}@example.com`), name: redacted('Seeded Customer') },
      openedBy: { kind: 'customer', id: seed.requester },
    },
    at,
    () => `seed-${seed.number}-${id++}`,
  );
  const phase = seed.phase ?? 'open';
  const status = seed.status ?? statusesOf(type).find((definition) => definition.phase === phase)?.code;
  if (!status) throw new Error(`A ${type} ticket has no status in phase ${phase}.`);
  return { ...ticket, phase, status, assignee: seed.assignee ?? null };
}

/**
 * Writes the tickets' items as the data layer builds them (ticketItem), with BatchWriteItem,
 * several batches at a time, retrying what DynamoDB leaves unprocessed. Seeding only: no events,
 * no conditions.
 */
export async function writeTickets(store: Store, tickets: readonly Ticket[], inParallel = 8): Promise<void> {
  const batches: Ticket[][] = [];
  for (let index = 0; index < tickets.length; index += 25) batches.push(tickets.slice(index, index + 25));
  const writeBatch = async (batch: readonly Ticket[]) => {
    let requests = batch.map((ticket) => ({ PutRequest: { Item: ticketItem(ticket) } }));
    while (requests.length > 0) {
      const answer = await store.db.send(new BatchWriteCommand({ RequestItems: { [store.table]: requests } }));
      requests = (answer.UnprocessedItems?.[store.table] ?? []) as typeof requests;
    }
  };
  let next = 0;
  const worker = async () => {
    while (next < batches.length) await writeBatch(batches[next++] as Ticket[]);
  };
  await Promise.all(Array.from({ length: Math.min(inParallel, batches.length) }, worker));
}
