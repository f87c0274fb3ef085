/**
 * The idempotency record's key, until the idempotency record has its item module under items/
 * like every other stored item (data/idempotency.ts is being moved there on its own branch).
 */
export const keys = {
  idempotency: (sub: string, key: string) => ({ pk: `IDEMPOTENCY#${sub}#${key}`, sk: '#IDEMPOTENCY' }),
} as const;
