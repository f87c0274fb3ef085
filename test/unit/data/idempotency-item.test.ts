import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { idempotencyFromItem, idempotencyItem, idempotencyKey, idempotencyLifetimeSeconds } from '../../../functions/data/items/idempotency';
import type { IdempotencyRecord } from '../../../functions/data/items/idempotency';

const resultSchema = z.object({ ticket: z.object({ number: z.string(), version: z.number() }), redacted: z.array(z.string()) });
const record: IdempotencyRecord<z.output<typeof resultSchema>> = {
  sub: 'sub-alice',
  key: 'key-1',
  fingerprint: 'f'.repeat(64),
  result: { ticket: { number: '48271935', version: 1 }, redacted: ['card_number'] },
  createdAt: '2026-03-02T10:00:00.000Z',
};

describe('the idempotency record item', () => {
  it('is stored under the customer and key, expiring after its lifetime, and reads back as it was', () => {
    const item = idempotencyItem(record);
    expect(item).toMatchObject({ ...idempotencyKey('sub-alice', 'key-1'), entity: 'idempotency', expiresAt: Date.parse(record.createdAt) / 1000 + idempotencyLifetimeSeconds });
    expect(idempotencyFromItem(item, resultSchema)).toEqual({ ...record, expiresAt: item['expiresAt'] });
  });

  it('keeps a different record for each customer using the same key', () => {
    expect(idempotencyKey('sub-alice', 'key-1')).not.toEqual(idempotencyKey('sub-bob', 'key-1'));
  });

  it('refuses an item whose attributes are not a record, naming its key and the fields at fault', () => {
    const item: Record<string, unknown> = { ...idempotencyItem(record), fingerprint: 7 };
    delete item['createdAt'];
    expect(() => idempotencyFromItem(item, resultSchema)).toThrow(/IDEMPOTENCY#sub-alice#key-1 #IDEMPOTENCY does not read back \(fingerprint, createdAt\)/);
  });

  it('refuses a stored result the use case cannot read back, naming the field inside the result', () => {
    const item = { ...idempotencyItem(record), result: JSON.stringify({ ticket: { number: 48271935, version: 1 }, redacted: [] }) };
    expect(() => idempotencyFromItem(item, resultSchema)).toThrow(/IDEMPOTENCY#sub-alice#key-1 #IDEMPOTENCY does not read back \(result\.ticket\.number\): result\.ticket\.number: /);
    expect(() => idempotencyFromItem({ ...item, result: '{not json' }, resultSchema)).toThrow(/\(result\): result: not JSON/);
  });
});
