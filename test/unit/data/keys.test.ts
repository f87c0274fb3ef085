import { describe, expect, it } from 'vitest';
import { eventKey, eventsOfVersionKey } from '../../../functions/data/items/event';
import { messageKey, messagesOfVersionKey } from '../../../functions/data/items/message';
import { ticketKey } from '../../../functions/data/items/ticket';

const sorted = (values: readonly string[]) => [...values].sort();

describe('the keys of a ticket’s timeline and thread', () => {
  it('sort events by the version their change committed, then by their place in the change', () => {
    const inCommitOrder = [eventKey('1', 1, 0), eventKey('1', 2, 0), eventKey('1', 2, 1), eventKey('1', 2, 10), eventKey('1', 9, 0), eventKey('1', 10, 0), eventKey('1', 123, 0)].map((key) => key.sk);
    expect(sorted(inCommitOrder)).toEqual(inCommitOrder);
  });

  it('sort messages by the version their change committed, whatever their ids', () => {
    const inCommitOrder = [messageKey('1', 3, 'ZZZ'), messageKey('1', 4, 'AAA'), messageKey('1', 12, '000')].map((key) => key.sk);
    expect(sorted(inCommitOrder)).toEqual(inCommitOrder);
  });

  it('give all that one change wrote a common prefix that no other change’s keys start with', () => {
    const change = eventsOfVersionKey('1', 2);
    expect(eventKey('1', 2, 0).sk.startsWith(change.skPrefix)).toBe(true);
    expect(eventKey('1', 2, 11).sk.startsWith(change.skPrefix)).toBe(true);
    expect(eventKey('1', 20, 0).sk.startsWith(change.skPrefix)).toBe(false);
    expect(messageKey('1', 2, 'M1').sk.startsWith(messagesOfVersionKey('1', 2).skPrefix)).toBe(true);
    expect(messageKey('1', 21, 'M1').sk.startsWith(messagesOfVersionKey('1', 2).skPrefix)).toBe(false);
  });

  it('sort the ticket item before its events and messages', () => {
    expect(sorted([messageKey('1', 1, 'M').sk, eventKey('1', 1, 0).sk, ticketKey('1').sk])[0]).toBe(ticketKey('1').sk);
  });
});
