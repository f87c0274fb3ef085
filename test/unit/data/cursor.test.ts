import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../../../functions/data/cursor';
import { InvalidCursorError } from '../../../functions/domain/errors';

const expected = { attributes: ['pk', 'sk', 'gsi2pk', 'gsi2sk'], partition: ['gsi2pk', 'QUEUE#open'] as [string, string] };
const key = { pk: 'TICKET#12345678', sk: '#TICKET', gsi2pk: 'QUEUE#open', gsi2sk: '3#2026-03-01T10:00:00.000Z#12345678' };

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('a list cursor', () => {
  it('reads back the key it was made from', () => {
    expect(decodeCursor(encodeCursor(key) ?? undefined, expected)).toEqual(key);
  });

  it('is accepted within the range of sort keys the list reads', () => {
    expect(decodeCursor(encodeCursor(key) ?? undefined, { ...expected, sortPrefix: ['gsi2sk', '3#'] })).toEqual(key);
  });

  it('is refused, naming the cursor, when its position lies outside that range (a cursor of another priority)', () => {
    const error = thrownBy(() => decodeCursor(encodeCursor(key) ?? undefined, { ...expected, sortPrefix: ['gsi2sk', '1#'] }));
    expect(error).toBeInstanceOf(InvalidCursorError);
    expect(error).toMatchObject({ fields: [{ path: 'cursor', message: expect.any(String) }] });
  });

  it('is refused when it points into another partition', () => {
    expect(() => decodeCursor(encodeCursor({ ...key, gsi2pk: 'QUEUE#solved' }) ?? undefined, expected)).toThrow(InvalidCursorError);
  });
});
