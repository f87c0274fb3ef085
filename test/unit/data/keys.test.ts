import { describe, expect, it } from 'vitest';
import { keys } from '../../../functions/data/keys';

const sorted = (values: readonly string[]) => [...values].sort();

describe('the keys of a ticket’s timeline and thread', () => {
  it('sort events by the version their change committed, then by their place in the change', () => {
    const inCommitOrder = [keys.event('1', 1, 0), keys.event('1', 2, 0), keys.event('1', 2, 1), keys.event('1', 2, 10), keys.event('1', 9, 0), keys.event('1', 10, 0), keys.event('1', 123, 0)].map((key) => key.sk);
    expect(sorted(inCommitOrder)).toEqual(inCommitOrder);
  });

  it('sort messages by the version their change committed, whatever their ids', () => {
    const inCommitOrder = [keys.message('1', 3, 'ZZZ'), keys.message('1', 4, 'AAA'), keys.message('1', 12, '000')].map((key) => key.sk);
    expect(sorted(inCommitOrder)).toEqual(inCommitOrder);
  });

  it('give all that one change wrote a common prefix that no other change’s keys start with', () => {
    const change = keys.eventsOfVersion('1', 2);
    expect(keys.event('1', 2, 0).sk.startsWith(change.skPrefix)).toBe(true);
    expect(keys.event('1', 2, 11).sk.startsWith(change.skPrefix)).toBe(true);
    expect(keys.event('1', 20, 0).sk.startsWith(change.skPrefix)).toBe(false);
    expect(keys.message('1', 2, 'M1').sk.startsWith(keys.messagesOfVersion('1', 2).skPrefix)).toBe(true);
    expect(keys.message('1', 21, 'M1').sk.startsWith(keys.messagesOfVersion('1', 2).skPrefix)).toBe(false);
  });

  it('sort the ticket item before its events and messages', () => {
    expect(sorted([keys.message('1', 1, 'M').sk, keys.event('1', 1, 0).sk, keys.ticket('1').sk])[0]).toBe(keys.ticket('1').sk);
  });
});
