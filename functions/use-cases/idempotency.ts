import { createHash } from 'node:crypto';
import { getIdempotencyRecord } from '../data/idempotency';
import type { IdempotencyRecord } from '../data/idempotency';
import type { Store } from '../data/store';
import { IdempotencyKeyReusedError } from '../domain/errors';
import type { JsonResult } from '../shared/http';

/** Marks a response replayed from an earlier request with the same Idempotency-Key (Stripe's header). */
export const replayHeader = 'idempotent-replayed';

/** The request an Idempotency-Key was given with. */
export interface IdempotentRequest {
  readonly sub: string;
  readonly key: string | undefined;
  readonly route: string;
  readonly body: unknown;
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonical((value as Record<string, unknown>)[key])]));
  }
  return value;
}

/** A hash of the route and the validated body, so that key order or whitespace do not matter. */
export function fingerprintOf(request: IdempotentRequest): string {
  return createHash('sha256').update(JSON.stringify([request.route, canonical(request.body)])).digest('hex');
}

function replay(record: IdempotencyRecord, request: IdempotentRequest): JsonResult {
  if (record.fingerprint !== fingerprintOf(request)) throw new IdempotencyKeyReusedError();
  return { statusCode: record.statusCode, body: record.body, headers: { [replayHeader]: 'true' } };
}

/**
 * Runs a write at most once per customer and Idempotency-Key: the first response is stored in the
 * same transaction as the write (through `write`'s record argument) and replayed for the same key
 * and request; the same key with another request is refused. Without a key it just runs.
 * @throws IdempotencyKeyReusedError for a key used with a different request.
 */
export async function once(
  store: Store,
  request: IdempotentRequest,
  now: Date,
  write: (record: ((response: JsonResult) => IdempotencyRecord) | undefined) => Promise<JsonResult>,
  isKeyTaken: (error: unknown) => boolean,
): Promise<JsonResult> {
  const { key } = request;
  if (key === undefined) return write(undefined);
  const earlier = await getIdempotencyRecord(store, request.sub, key, now);
  if (earlier) return replay(earlier, request);
  const recordFor = (response: JsonResult): IdempotencyRecord => ({
    sub: request.sub,
    key,
    fingerprint: fingerprintOf(request),
    statusCode: response.statusCode,
    body: response.body,
    createdAt: now.toISOString(),
  });
  try {
    return await write(recordFor);
  } catch (error) {
    if (!isKeyTaken(error)) throw error;
    // A concurrent request with the same key won the race: answer as it did.
    const winner = await getIdempotencyRecord(store, request.sub, key, now);
    if (!winner) throw error;
    return replay(winner, request);
  }
}
