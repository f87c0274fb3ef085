import { marshall } from '@aws-sdk/util-dynamodb';
import { describe, expect, it } from 'vitest';
import { changeSnapshot, eventItems } from '../../../functions/data/items/event';
import { UnreadableItemError } from '../../../functions/data/items/stored-item';
import { ticketItem } from '../../../functions/data/items/ticket';
import type { StreamImage } from '../../../functions/data/stream-images';
import { redact } from '../../../functions/domain/redaction';
import type { Change, TicketEvent } from '../../../functions/domain/types';
import { createNotifier } from '../../../functions/notifications/notifier';
import type { StreamChange } from '../../../functions/notifications/stream-changes';
import { readStreamEvent } from '../../../functions/notifications/stream-event';
import { seededTicket } from '../../support/ticket-seeding';

const ticket = seededTicket({ number: '12345678', requester: 'customer-1', at: new Date('2026-03-01T10:00:00.000Z') });
const resolved: TicketEvent = {
  id: 'E1',
  kind: 'status',
  actor: { kind: 'agent', id: 'agent-1' },
  at: '2026-03-02T10:00:00.000Z',
  before: { status: 'in_progress' },
  after: { status: 'resolved' },
  internal: false,
  note: redact('Fixed in release 42').text,
};
const change: Change = { ticket: { ...ticket, status: 'resolved', phase: 'solved', version: 2 }, events: [resolved] };

/** A record of the stream with the image of an item as the data layer wrote it. */
const inserted = (item: Record<string, unknown>, sequenceNumber = '1'): StreamChange => ({
  sequenceNumber,
  eventName: 'INSERT',
  newImage: marshall(item, { removeUndefinedValues: true }) as StreamImage,
});

describe('reading a stream record for the notifier', () => {
  it('decodes a new event image with the event item’s schema: the event, its key and the change it was committed with', () => {
    expect(readStreamEvent(inserted(eventItems(change)[0]!))).toEqual({
      kind: 'notifiable',
      found: [{ event: resolved, eventKey: 'EVENT#0000000002#000', notice: { audience: 'customer', kind: 'status', status: 'resolved', byCustomer: false }, change: changeSnapshot(change) }],
    });
  });

  it('ignores what is not a new timeline event', () => {
    expect(readStreamEvent(inserted(ticketItem(ticket)))).toEqual({ kind: 'ignored' });
    expect(readStreamEvent({ ...inserted(eventItems(change)[0]!), eventName: 'MODIFY' })).toEqual({ kind: 'ignored' });
  });

  it('refuses an event image that does not read back, naming the field, rather than skipping it', () => {
    expect(() => readStreamEvent(inserted({ ...eventItems(change)[0]!, internal: 'no' }))).toThrow(UnreadableItemError);
    expect(() => readStreamEvent(inserted({ ...eventItems(change)[0]!, change: { events: [] } }))).toThrow(/change\.ticket/);
  });

  it('hands an event that does not read back to the stream again, and sends nothing for it', async () => {
    const sent: string[] = [];
    const notifier = createNotifier({
      store: { db: undefined as never, table: 'unused: nothing is claimed for an unreadable event' },
      mailer: { send: async (to) => (sent.push(to), 'ses-1') },
      alerts: undefined,
      portalUrl: 'https://portal.example',
      now: () => new Date('2026-03-02T10:00:01.000Z'),
      leaseMs: 60_000,
      preferencesOf: async () => ({ emailOnStatusChange: true, emailOnReply: true }),
    });

    const { failed, outcomes } = await notifier.process([inserted({ ...eventItems(change)[0]!, actor: { kind: 'agent' } }, '7')]);

    expect(failed).toEqual(['7']);
    expect(outcomes).toEqual(['failed']);
    expect(sent).toEqual([]);
  });
});
