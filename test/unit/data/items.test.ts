import { marshall } from '@aws-sdk/util-dynamodb';
import { describe, expect, it } from 'vitest';
import { changeSnapshot, committedEventFromItem, eventFromItem, eventItems } from '../../../functions/data/items/event';
import { messageFromItem, messageItem } from '../../../functions/data/items/message';
import { notificationFromItem, notificationKey, notificationEntity } from '../../../functions/data/items/notification';
import { preferencesFromItem, preferencesItem } from '../../../functions/data/items/preferences';
import { providerReferenceFromItem, providerReferenceItem } from '../../../functions/data/items/provider-reference';
import { UnreadableItemError, type StoredItem } from '../../../functions/data/items/stored-item';
import { taskTokenFromItem, taskTokenItem } from '../../../functions/data/items/task-token';
import { ticketFromItem, ticketItem } from '../../../functions/data/items/ticket';
import { webhookDeliveryFromItem, webhookDeliveryItem, type WebhookDelivery } from '../../../functions/data/items/webhook-delivery';
import { workflowEntity, workflowFromItem, workflowKey, type WorkflowRecord } from '../../../functions/data/items/workflow';
import { plainItem } from '../../../functions/data/stream-images';
import { redact } from '../../../functions/domain/redaction';
import type { Change, Message, Ticket, TicketEvent } from '../../../functions/domain/types';
import { ownerOfEmail } from '../../../functions/domain/owner';

const text = (value: string) => redact(value).text;

const ticket: Ticket = {
  number: '12345678',
  type: 'withdrawal',
  subject: text('Withdrawal stuck'),
  description: text('Sent on Monday, still pending.'),
  priority: 'high',
  status: 'in_progress',
  phase: 'open',
  reportStatus: null,
  details: { amount: '120.00', currency: 'EUR', destination: text('IBAN DE89 3704 0044 0532 0130 00') },
  requester: { sub: 'customer-1', email: 'c@example.com', owner: ownerOfEmail('c@example.com'), name: text('Chris'), phone: text('+44 20 7946 0000') },
  assignee: 'agent-1',
  lastReply: { at: '2026-03-02T09:00:00.000Z', by: 'support' },
  customerLastWrote: '2026-03-02T08:30:00.000Z',
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-02T10:00:00.000Z',
  activityAt: '2026-03-02T09:00:00.000Z',
  version: 3,
};

const event: TicketEvent = {
  id: 'E1',
  kind: 'status',
  actor: { kind: 'agent', id: 'agent-1' },
  at: '2026-03-02T10:00:00.000Z',
  before: { status: 'new' },
  after: { status: 'in_progress' },
  internal: false,
  note: text('Looking into it'),
};

const message: Message = { id: 'M1', body: text('We are on it.'), internal: false, author: { kind: 'agent', id: 'agent-1' }, at: '2026-03-02T10:00:00.000Z' };
const messageEvent: TicketEvent = { id: 'E2', kind: 'message', actor: message.author, at: message.at, before: null, after: { messageId: 'M1', internal: false }, internal: false };
const change: Change = { ticket, events: [event, messageEvent], message };

/** What a read answers for a stored item: the item as DynamoDB returns it, through its marshalled form. */
const roundTrip = (item: Record<string, unknown>): StoredItem => plainItem(marshall(item, { removeUndefinedValues: true }));

function refusal(read: () => unknown): UnreadableItemError {
  try {
    read();
  } catch (error) {
    if (error instanceof UnreadableItemError) return error;
    throw error;
  }
  throw new Error('the item was read back');
}

describe('the ticket item', () => {
  it('reads back as the ticket it was written from, without its keys', () => {
    expect(ticketFromItem(roundTrip(ticketItem(ticket)))).toEqual(ticket);
    const closed: Ticket = { ...ticket, phase: 'closed', status: 'closed', assignee: null, lastReply: null, details: {}, requester: { ...ticket.requester, phone: undefined } };
    expect(ticketFromItem(roundTrip(ticketItem(closed)))).toEqual(closed);
  });

  it('reads an item stored before the team’s and the customer’s last messages were kept apart', () => {
    const { customerLastWrote: _, ...older } = ticketItem(ticket);
    expect(ticketFromItem(roundTrip(older))).toEqual({ ...ticket, customerLastWrote: null });
    const lastFromCustomer = { ...older, lastReply: { at: '2026-03-02T09:30:00.000Z', by: 'customer' } };
    expect(ticketFromItem(roundTrip(lastFromCustomer))).toEqual({ ...ticket, lastReply: null, customerLastWrote: '2026-03-02T09:30:00.000Z' });
  });

  it('is refused, naming its key and the attributes at fault, when it does not read back', () => {
    const error = refusal(() => ticketFromItem({ ...ticketItem(ticket), version: '3', requester: { sub: 'customer-1', owner: 'EMAIL#c@example.com', name: 'Chris' } }));

    expect(error.key).toBe('TICKET#12345678 #TICKET');
    expect(error.fields).toEqual(['requester.email', 'version']);
    expect(error.message).toContain('TICKET#12345678');
  });

  it('is refused when its details fit no type of ticket', () => {
    expect(refusal(() => ticketFromItem({ ...ticketItem(ticket), details: { amount: '1.00' } })).fields).toEqual(['details']);
  });
});

describe('the event item', () => {
  it('reads back as the timeline entry, and with the key and snapshot of the change it was committed with', () => {
    const item = roundTrip(eventItems(change)[0]!);

    expect(eventFromItem(item)).toEqual(event);
    expect(committedEventFromItem(item)).toEqual({ event, sk: 'EVENT#0000000003#000', change: changeSnapshot(change) });
    expect(eventFromItem(roundTrip(eventItems(change)[1]!))).toEqual(messageEvent);
  });

  it('is refused, naming the field, when its kind or its change snapshot is corrupted', () => {
    expect(refusal(() => eventFromItem({ ...eventItems(change)[0]!, kind: 'deleted' })).fields).toEqual(['kind']);
    const withoutSubject = { ...changeSnapshot(change), ticket: { ...changeSnapshot(change).ticket, subject: 7 } };
    expect(refusal(() => committedEventFromItem({ ...eventItems(change)[0]!, change: withoutSubject })).fields).toEqual(['change.ticket.subject']);
  });
});

describe('the message item', () => {
  it('reads back as the message it was written from', () => {
    expect(messageFromItem(roundTrip(messageItem(change, message)))).toEqual(message);
  });

  it('is refused, naming the field, when its author is corrupted', () => {
    expect(refusal(() => messageFromItem({ ...messageItem(change, message), author: { kind: 'robot', id: 'x' } })).fields).toEqual(['author.kind']);
  });
});

describe('the workflow item', () => {
  const record: WorkflowRecord = {
    executionArn: 'arn:aws:states:us-east-1:000000000000:execution:refund:12345678',
    provider: 'paddle',
    reference: 'adj_01',
    referenceStep: 'refund',
    waiting: { kind: 'provider', decisions: [], provider: 'paddle', step: 'refund', since: '2026-03-02T10:00:00.000Z' },
  };
  // Written attribute by attribute: the item as an execution, a provider request and a wait leave it.
  const stored = { ...workflowKey('12345678'), entity: workflowEntity, startedAt: '2026-03-02T09:59:00.000Z', ...record };

  it('reads back as the workflow record, with only the attributes it has', () => {
    expect(workflowFromItem(roundTrip(stored))).toEqual(record);
    expect(workflowFromItem(roundTrip({ ...workflowKey('12345678'), entity: workflowEntity, executionArn: 'arn' }))).toStrictEqual({ executionArn: 'arn' });
  });

  it('is refused, naming the field, when its wait is corrupted', () => {
    expect(refusal(() => workflowFromItem({ ...stored, waiting: { ...record.waiting, decisions: ['maybe'] } })).fields).toEqual(['waiting.decisions.0']);
  });
});

describe('the task token item', () => {
  const record = { taskToken: 'token-1', kind: 'compliance', since: '2026-03-02T10:00:00.000Z' } as const;

  it('reads back as the token it was written with', () => {
    expect(taskTokenFromItem(roundTrip(taskTokenItem('12345678', record)))).toEqual(record);
  });

  it('is refused, naming the field, without its token', () => {
    expect(refusal(() => taskTokenFromItem({ ...taskTokenItem('12345678', record), taskToken: undefined })).fields).toEqual(['taskToken']);
  });
});

describe('the provider reference item', () => {
  const record = { ticketNumber: '12345678', step: 'refund' };

  it('reads back as the ticket and step it was written for', () => {
    expect(providerReferenceFromItem(roundTrip(providerReferenceItem('paddle', 'adj_01', record)))).toEqual(record);
  });

  it('is refused, naming the field, without its ticket', () => {
    expect(refusal(() => providerReferenceFromItem({ ...providerReferenceItem('paddle', 'adj_01', record), ticketNumber: 12345678 })).fields).toEqual(['ticketNumber']);
  });
});

describe('the webhook delivery item', () => {
  const delivery: WebhookDelivery = { provider: 'j2tx', eventId: 'evt-1', reference: 'app-1', outcome: 'approved', result: 'answered', ticketNumber: '12345678', at: '2026-03-02T10:00:00.000Z' };

  it('reads back as the delivery it records, and expires 30 days after it arrived', () => {
    const item = webhookDeliveryItem(delivery);

    expect(webhookDeliveryFromItem(roundTrip(item))).toEqual(delivery);
    expect(item['expiresAt']).toBe(Date.parse(delivery.at) / 1000 + 30 * 24 * 60 * 60);
  });

  it('is refused, naming the field, when its result is unknown', () => {
    expect(refusal(() => webhookDeliveryFromItem({ ...webhookDeliveryItem(delivery), result: 'lost' })).fields).toEqual(['result']);
  });
});

describe('the notification ledger item', () => {
  const stored = { ...notificationKey('E1', 'customer'), entity: notificationEntity, state: 'sent', messageId: 'ses-1', attempts: 2, sentAt: '2026-03-02T10:00:00.000Z' };

  it('reads back as the state of the notification', () => {
    expect(notificationFromItem(roundTrip(stored))).toEqual({ state: 'sent', messageId: 'ses-1', attempts: 2 });
    expect(notificationKey('E1', 'team')).toEqual({ pk: 'NOTIFICATION#E1', sk: '#TEAM' });
  });

  it('is refused, naming the field, in a state it cannot be in', () => {
    expect(refusal(() => notificationFromItem({ ...stored, state: 'lost' })).fields).toEqual(['state']);
  });
});

describe('the preferences item', () => {
  const preferences = { emailOnStatusChange: false, emailOnReply: true };

  it('reads back as the preferences it was written with', () => {
    expect(preferencesFromItem(roundTrip(preferencesItem('customer-1', preferences, '2026-03-02T10:00:00.000Z')))).toEqual(preferences);
  });

  it('is refused, naming the field, when a preference is not a yes or no', () => {
    expect(refusal(() => preferencesFromItem({ ...preferencesItem('customer-1', preferences, 'now'), emailOnReply: 'yes' })).fields).toEqual(['emailOnReply']);
  });
});
