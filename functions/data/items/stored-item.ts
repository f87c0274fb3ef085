import * as z from 'zod/mini';
import type { RedactedText } from '../../domain/redaction';

/** An item as DynamoDB returns it, keys and all: what an item module parses. */
export type StoredItem = Readonly<Record<string, unknown>>;

/**
 * Free text as stored. Every text the domain writes was redacted before it was written (the
 * domain accepts nothing else), so what reads back is redacted text again.
 */
export const storedText = z.custom<RedactedText>((value) => typeof value === 'string');

/**
 * A stored item that does not read back as what was written: a fault of ours (an old or hand-made
 * item), never the caller's, so it is a plain Error that surfaces as a 500 and in the logs, naming
 * the item's key and the attributes at fault.
 */
export class UnreadableItemError extends Error {
  constructor(
    /** The item's table key, `pk` and `sk`. */
    readonly key: string,
    /** The attribute paths that did not parse, e.g. `requester.email`. */
    readonly fields: readonly string[],
    detail: string,
  ) {
    super(`Stored item ${key} does not read back (${fields.join(', ')}): ${detail}`);
    this.name = new.target.name;
  }
}

/**
 * Parses a stored item with its schema; attributes the schema does not name (keys, index keys,
 * `entity`) are left out of the result.
 * @throws UnreadableItemError naming the item's key and the attributes that did not parse.
 */
export function parseStored<T>(schema: z.ZodMiniType<T>, item: StoredItem): T {
  const result = schema.safeParse(item);
  if (result.success) return result.data;
  const fields = [...new Set(result.error.issues.map((issue) => issue.path.map(String).join('.') || '(item)'))];
  const detail = result.error.issues.map((issue) => `${issue.path.map(String).join('.') || '(item)'}: ${issue.message}`).join('; ');
  throw new UnreadableItemError(`${String(item['pk'])} ${String(item['sk'])}`, fields, detail);
}
