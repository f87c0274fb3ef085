import { describe, expect, it } from 'vitest';
import { newId, newTicketNumber } from '../../../functions/domain/ids';

describe('newTicketNumber', () => {
  it('draws from the whole range of 8-digit numbers that do not start with 0', () => {
    const asked: Array<[number, number]> = [];
    const lowest = newTicketNumber((min, max) => {
      asked.push([min, max]);
      return min;
    });
    const highest = newTicketNumber((_min, max) => max - 1);
    expect(asked).toEqual([[10_000_000, 100_000_000]]);
    expect([lowest, highest]).toEqual(['10000000', '99999999']);
  });

  it('gives 8 digits not starting with 0 from crypto randomness', () => {
    const numbers = Array.from({ length: 200 }, () => newTicketNumber());
    expect(numbers.every((number) => /^[1-9]\d{7}$/.test(number))).toBe(true);
    expect(new Set(numbers).size).toBeGreaterThan(190);
  });
});

describe('newId', () => {
  it('makes unique ULIDs that sort in the order they were made', () => {
    const ids = Array.from({ length: 1000 }, () => newId());
    expect(ids.every((id) => /^[0-9A-HJKMNP-TV-Z]{26}$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });
});
