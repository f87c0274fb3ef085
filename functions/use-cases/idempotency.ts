import { createHash } from 'node:crypto';
import type * as z from 'zod/mini';
import type { IdempotencyRecord } from '../data/items/idempotency';
import { IdempotencyKeyReusedError } from '../domain/errors';

/** Where idempotency records are read: the record of a customer's key, its result parsed with the schema given. */
export interface IdempotencyRecords {
  get<R>(sub: string, key: string, now: Date, resultSchema: z.ZodMiniType<R>): Promise<IdempotencyRecord<R> | undefined>;
}

/** A use case run with (or without) an Idempotency-Key. */
export interface IdempotentRequest {
  readonly sub: string;
  readonly key: string | undefined;
  /** The use case and what it acts on (`replyToMyTicket 48271935`): the same key elsewhere is another request. */
  readonly operation: string;
  /** The use case's input as the caller gave it, before redaction. */
  readonly input: unknown;
}

/** A use case's result, and whether it is the first one replayed for the same key and request. */
export type Replayable<R> = R & { readonly replayed: boolean };

/** Writes the record of a first result in the same transaction as the change it answers. */
export type RecordFor<R> = ((result: R) => IdempotencyRecord<R>) | undefined;

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonical((value as Record<string, unknown>)[key])]));
  }
  return value;
}

/** A hash of the operation and the input, so that key order or whitespace do not matter. */
export function fingerprintOf(request: IdempotentRequest): string {
  return createHash('sha256').update(JSON.stringify([request.operation, canonical(request.input)])).digest('hex');
}

function replay<R>(record: IdempotencyRecord<R>, request: IdempotentRequest): Replayable<R> {
  if (record.fingerprint !== fingerprintOf(request)) throw new IdempotencyKeyReusedError();
  return { ...record.result, replayed: true };
}

/**
 * Runs a use case at most once per customer and Idempotency-Key: its first result is stored in the
 * same transaction as its write (through `write`'s record argument) and given again, marked
 * replayed, for the same key and request; the same key with another request is refused. Without a
 * key it just runs. The result must be plain JSON data that `resultSchema` parses back.
 * @throws IdempotencyKeyReusedError for a key used with a different request; what `write` throws.
 */
export async function once<R extends object>(
  records: IdempotencyRecords,
  request: IdempotentRequest,
  now: Date,
  resultSchema: z.ZodMiniType<R>,
  write: (recordFor: RecordFor<R>) => Promise<R>,
  isKeyTaken: (error: unknown) => boolean,
): Promise<Replayable<R>> {
  const { key } = request;
  if (key === undefined) return { ...(await write(undefined)), replayed: false };
  const earlier = await records.get(request.sub, key, now, resultSchema);
  if (earlier) return replay(earlier, request);
  const recordFor = (result: R): IdempotencyRecord<R> => ({ sub: request.sub, key, fingerprint: fingerprintOf(request), result, createdAt: now.toISOString() });
  try {
    return { ...(await write(recordFor)), replayed: false };
  } catch (error) {
    if (!isKeyTaken(error)) throw error;
    // A concurrent request with the same key won the race: answer as it did.
    const winner = await records.get(request.sub, key, now, resultSchema);
    if (!winner) throw error;
    return replay(winner, request);
  }
}
