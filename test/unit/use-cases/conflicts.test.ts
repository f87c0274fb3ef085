import { describe, expect, it } from 'vitest';
import { TransactionConflictError, VersionConflictError } from '../../../functions/data/tickets';
import type { WriteConflictError } from '../../../functions/data/tickets';
import { TransitionNotAllowedError } from '../../../functions/domain/errors';
import type { Ticket } from '../../../functions/domain/types';
import { backoffDelay, retryOnWriteConflict } from '../../../functions/use-cases/conflicts';
import type { RetryPolicy } from '../../../functions/use-cases/conflicts';
import { WriteContentionError } from '../../../functions/domain/errors';
import { errorResponseOf } from '../../../functions/shared/error-responses';

const policy: RetryPolicy = { baseMs: 10, capMs: 500, marginMs: 1000 };

describe('the backoff between attempts', () => {
  it('draws each wait uniformly below a ceiling that doubles from the base up to the cap', () => {
    const highest = (retry: number) => backoffDelay(retry, policy, 0, () => 0.999999);
    expect([0, 1, 2, 3, 4, 5, 6, 10, 60].map(highest)).toEqual([9, 19, 39, 79, 159, 319, 499, 499, 499]);
    expect([0, 3, 60].map((retry) => backoffDelay(retry, policy, 0, () => 0))).toEqual([0, 0, 0]);
    expect(backoffDelay(3, policy, 0, () => 0.5)).toBe(40);
  });

  it('spreads wider when the lost attempt took longer than the base, up to the same cap', () => {
    const highest = (retry: number, attemptMs: number) => backoffDelay(retry, policy, attemptMs, () => 0.999999);
    expect([highest(0, 120), highest(1, 120), highest(2, 120), highest(0, 5), highest(0, 3000)]).toEqual([119, 239, 479, 9, 499]);
  });

  it('never waits a negative time or past the cap, whatever the draw', () => {
    for (let retry = 0; retry < 40; retry++) {
      const delay = backoffDelay(retry, policy, retry * 37);
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThan(policy.capMs);
    }
  });
});

/** A fake invocation clock: time passes only by the sleeps and the attempts' own duration. */
function fakeTime(totalMs: number, attemptMs = 0, retryPolicy = policy) {
  let elapsed = 0;
  const slept: number[] = [];
  return {
    slept,
    options: {
      policy: retryPolicy,
      random: () => 0.5,
      sleep: async (ms: number) => {
        slept.push(ms);
        elapsed += ms;
      },
      elapsedMs: () => elapsed,
    },
    remainingMs: () => totalMs - elapsed,
    work: () => {
      elapsed += attemptMs;
    },
  };
}

const fresh = { number: '12345678', version: 7 } as Ticket;

describe('retrying a write that lost a race', () => {
  it('tries again after each version or transaction conflict, for as long as time allows, and returns what the attempt returns', async () => {
    const time = fakeTime(10_000);
    let attempts = 0;
    const result = await retryOnWriteConflict(
      time.remainingMs,
      async () => {
        attempts++;
        if (attempts <= 20) throw attempts % 2 ? new VersionConflictError('moved on') : new TransactionConflictError('in flight');
        return 'landed';
      },
      time.options,
    );
    expect(result).toBe('landed');
    expect(attempts).toBe(21);
    expect(time.slept).toEqual([5, 10, 20, 40, 80, 160, 250, 250, 250, 250, 250, 250, 250, 250, 250, 250, 250, 250, 250, 250]);
  });

  it('hands each attempt the conflict that ended the one before, so it decides on the ticket the lost write returned', async () => {
    const time = fakeTime(10_000);
    const seen: (WriteConflictError | undefined)[] = [];
    await retryOnWriteConflict(
      time.remainingMs,
      async (conflict) => {
        seen.push(conflict);
        if (seen.length === 1) throw new VersionConflictError('moved on', fresh);
        return conflict?.current?.version;
      },
      time.options,
    );
    expect(seen.map((conflict) => conflict?.current?.version)).toEqual([undefined, 7]);
  });

  it('reads the ticket afresh after a wait longer than an attempt, when the ticket the lost write returned is likely stale', async () => {
    // Waits of 5, 10 and 20 ms (half the ceiling); the base is 10 ms and the attempts take no time.
    const time = fakeTime(10_000);
    const seen: (WriteConflictError | undefined)[] = [];
    await retryOnWriteConflict(
      time.remainingMs,
      async (conflict) => {
        seen.push(conflict);
        if (seen.length <= 3) throw new VersionConflictError('moved on', fresh);
        return 'landed';
      },
      time.options,
    );
    expect(time.slept).toEqual([5, 10, 20]);
    expect(seen.map((conflict) => conflict?.current?.version)).toEqual([undefined, 7, 7, undefined]);
  });

  it('passes the domain’s refusal on at once, without retrying', async () => {
    const time = fakeTime(10_000);
    let attempts = 0;
    const refused = retryOnWriteConflict(
      time.remainingMs,
      async () => {
        attempts++;
        if (attempts === 1) throw new VersionConflictError('moved on');
        throw new TransitionNotAllowedError('Ticket 12345678 cannot move from “Open” (open) to “Open” (open).');
      },
      time.options,
    );
    await expect(refused).rejects.toBeInstanceOf(TransitionNotAllowedError);
    expect(attempts).toBe(2);
  });

  it('answers 409 while the invocation still has its margin, when another wait and attempt would not fit', async () => {
    // Each attempt takes 300 ms; 3 s in all, 1 s of it kept for the answer.
    const time = fakeTime(3000, 300, { ...policy, capMs: 5000 });
    let attempts = 0;
    const gaveUp = retryOnWriteConflict(
      time.remainingMs,
      async () => {
        attempts++;
        time.work();
        throw new VersionConflictError('moved on');
      },
      time.options,
    );
    await expect(gaveUp).rejects.toBeInstanceOf(WriteContentionError);
    expect(errorResponseOf(await gaveUp.catch((error: unknown) => error))).toMatchObject({ status: 409, code: 'conflict' });
    expect(time.remainingMs()).toBeGreaterThanOrEqual(policy.marginMs);
    // Waits of half the ceiling (unit 300 ms), the last one cut to what still leaves room for an attempt and the margin.
    expect(time.slept).toEqual([150, 300, 350]);
    expect(attempts).toBe(4);
  });
});
