import { setTimeout as sleep } from 'node:timers/promises';
import { WriteConflictError } from '../data/tickets';
import { WriteContentionError } from '../domain/errors';
import { logger } from '../shared/observability';

/** The milliseconds left before the invocation must have answered. */
export type RemainingTime = () => number;

/** The invocation a write runs in: Lambda's context, of which only the time left is used. */
export interface Invocation {
  getRemainingTimeInMillis(): number;
}

/** How long to wait between attempts, and how much of the invocation's time to keep for answering. */
export interface RetryPolicy {
  /** The first retry waits up to this long, or up to as long as the attempt took if that is longer. */
  readonly baseMs: number;
  /** No retry waits longer than this. */
  readonly capMs: number;
  /** Time kept for the answer after the last attempt (on top of the slowest attempt seen). */
  readonly marginMs: number;
}

/**
 * Short first waits (in DynamoDB a lost race clears within one write's time), a cap that keeps a
 * writer from sleeping long while the ticket is free, and a margin that leaves time to answer 409
 * rather than time out.
 */
export const writeRetryPolicy: RetryPolicy = { baseMs: 10, capMs: 2000, marginMs: 1000 };

/**
 * How long to wait before retry number `retry` (0 for the first): "full jitter", uniformly
 * between 0 and min(cap, unit × 2^retry), so that writers who lost the same race spread out
 * instead of colliding again (AWS Architecture Blog, "Exponential Backoff And Jitter"). The unit
 * is the policy's base or, when longer, how long the lost attempt took: when the table answers
 * slowly, races last longer and writers must spread wider to stop wasting its capacity.
 * @param attemptMs how long the attempt that lost took.
 * @param random a uniform draw in [0, 1), Math.random by default.
 */
export function backoffDelay(retry: number, policy: RetryPolicy, attemptMs = 0, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.capMs, Math.max(policy.baseMs, attemptMs) * 2 ** Math.min(retry, 30));
  return Math.floor(random() * ceiling);
}

/** What retryOnWriteConflict needs besides the attempt; tests pass their own clock, sleep and draws. */
export interface RetryOptions {
  readonly policy?: RetryPolicy;
  readonly random?: () => number;
  readonly sleep?: (ms: number) => Promise<unknown>;
  readonly elapsedMs?: () => number;
}

/**
 * Runs one read-decide-write attempt again, after a jittered backoff, for as long as it loses the
 * race for the ticket (a version or transaction conflict) and the invocation has time for another
 * attempt: every change the domain still allows on the fresh ticket lands, and a change it no
 * longer allows gets the domain's refusal from the attempt itself. An attempt that follows at once
 * (within the policy's base or the lost attempt's own time) is given the conflict that ended the
 * previous one, which may carry the ticket as the lost write found it; after a longer wait it is
 * given none, and reads the ticket afresh.
 * @throws WriteContentionError when the time left cannot hold another attempt; any other error of
 * the attempt as it is.
 */
export async function retryOnWriteConflict<T>(
  remainingMs: RemainingTime,
  attempt: (conflict: WriteConflictError | undefined) => Promise<T>,
  options: RetryOptions = {},
): Promise<T> {
  const { policy = writeRetryPolicy, random = Math.random, elapsedMs = () => performance.now() } = options;
  const pause = options.sleep ?? ((ms: number) => sleep(ms));
  const begun = elapsedMs();
  let conflict: WriteConflictError | undefined;
  let slowestMs = 0;
  for (let retry = 0; ; retry++) {
    const started = elapsedMs();
    try {
      const result = await attempt(conflict);
      if (retry > 0) logger.info('write landed after lost races', { attempts: retry + 1, ms: Math.round(elapsedMs() - begun) });
      return result;
    } catch (error) {
      if (!(error instanceof WriteConflictError)) throw error;
      conflict = error;
    }
    const attemptMs = elapsedMs() - started;
    slowestMs = Math.max(slowestMs, attemptMs);
    // Wait no longer than leaves room for one more attempt as slow as the slowest yet, and the margin.
    const room = remainingMs() - slowestMs - policy.marginMs;
    if (room < 0) {
      logger.warn('write gave up: no time left for another attempt', { attempts: retry + 1, ms: Math.round(elapsedMs() - begun), slowestMs: Math.round(slowestMs) });
      throw new WriteContentionError('The ticket is being changed by many people at once and your change could not be saved in time. Nothing was changed; try again.');
    }
    const waitMs = Math.min(backoffDelay(retry, policy, attemptMs, random), room);
    await pause(waitMs);
    // The ticket a lost write returned is as fresh as a read only for a moment: on a busy ticket,
    // deciding on it after a wait of seconds lost again to whoever wrote meanwhile, every time,
    // until the invocation ran out of time (seen as 409s with 50 writers on a 2-core machine).
    if (waitMs > Math.max(policy.baseMs, attemptMs)) conflict = undefined;
  }
}
