import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readLocalConfig } from '../../../infra/local/config';
import { Barrier, type Arrival } from './barrier';

const cloud = inject('localCloud');
// The test run's cloud is started with this process's environment, so it reads the same setting.
const concurrency = readLocalConfig(process.env).functionConcurrency;
// Enough to hold a few invocations beside the one under test, within the cap.
const companions = Math.min(3, concurrency - 1);
const barrier = new Barrier();
const run = randomUUID().slice(0, 8);

beforeAll(() => barrier.open());
afterAll(() => barrier.close());

interface ProbeAnswer {
  readonly status: number;
  readonly body: { readonly id?: string; readonly sandbox?: string; readonly message?: string };
}

/** Invokes the probe function through the API as a client would; it waits at the barrier as `id`. */
async function invoke(id: string): Promise<ProbeAnswer> {
  const response = await fetch(`${cloud.api}/test/sandbox`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ barrier: barrier.url, id }),
  });
  return { status: response.status, body: (await response.json()) as ProbeAnswer['body'] };
}

const names = (prefix: string, count: number) => Array.from({ length: count }, (_, index) => `${run}-${prefix}-${index}`);

describe('concurrent invocations of one function', () => {
  it('needs a concurrency of at least 2 to be tested (TICKETFLOW_FUNCTION_CONCURRENCY)', () => {
    expect(concurrency).toBeGreaterThanOrEqual(2);
  });

  it('go on in sandboxes of their own while one blocks its sandbox, which its timeout then ends alone', { timeout: 90_000 }, async () => {
    const stuck = invoke(`${run}-stuck`);
    const stuckArrival = await barrier.arrival(`${run}-stuck`);
    stuckArrival.answer('block');

    const others = names('beside-stuck', companions);
    const answers = others.map((id) => invoke(id));
    // They reach the barrier while the stuck sandbox's thread cannot run anything.
    const arrivals = await Promise.all(others.map((id) => barrier.arrival(id)));
    for (const arrival of arrivals) arrival.answer('answer');

    for (const answer of await Promise.all(answers)) expect(answer.status).toBe(200);
    expect(new Set(arrivals.map((arrival) => arrival.sandbox)).size).toBe(companions);
    expect(arrivals.map((arrival) => arrival.sandbox)).not.toContain(stuckArrival.sandbox);
    expect(await stuck).toEqual({ status: 500, body: { message: 'Internal Server Error' } });

    const after = invoke(`${run}-after-stuck`);
    const afterArrival = await barrier.arrival(`${run}-after-stuck`);
    afterArrival.answer('answer');
    expect((await after).status).toBe(200);
    expect(afterArrival.sandbox).not.toBe(stuckArrival.sandbox);
  });

  it.each(['exit', 'throw-uncaught'] as const)(
    'fail only the invocation whose sandbox crashes (%s), while the others in flight answer',
    { timeout: 90_000 },
    async (order) => {
      const doomedId = `${run}-${order}`;
      const others = names(`beside-${order}`, companions);
      const doomed = invoke(doomedId);
      const answers = others.map((id) => invoke(id));
      const [doomedArrival, ...arrivals] = await Promise.all([doomedId, ...others].map((id) => barrier.arrival(id)));

      doomedArrival!.answer(order);
      expect(await doomed).toEqual({ status: 500, body: { message: 'Internal Server Error' } });
      for (const arrival of arrivals) arrival.answer('answer');

      for (const answer of await Promise.all(answers)) expect(answer.status).toBe(200);
      expect(arrivals.map((arrival) => arrival.sandbox)).not.toContain(doomedArrival!.sandbox);
      const after = invoke(`${run}-after-${order}`);
      const afterArrival = await barrier.arrival(`${run}-after-${order}`);
      afterArrival.answer('answer');
      expect((await after).status).toBe(200);
      expect(afterArrival.sandbox).not.toBe(doomedArrival!.sandbox);
    },
  );

  it('run in at most TICKETFLOW_FUNCTION_CONCURRENCY sandboxes; the rest wait for a free one and are answered', { timeout: 90_000 }, async () => {
    const ids = names('capped', concurrency + 3);
    const held: Arrival[] = [];
    let released = 0;
    let mostAtOnce = 0;
    const sandboxes = new Set<string>();
    // Hold every invocation until as many as the cap run at once (or all that are left), then let
    // the oldest go: a pool past its cap would show more at once, one below it would never get there.
    barrier.onArrival((arrival) => {
      if (!arrival.id.startsWith(`${run}-capped-`)) return;
      held.push(arrival);
      sandboxes.add(arrival.sandbox);
      mostAtOnce = Math.max(mostAtOnce, held.length);
      while (held.length > 0 && held.length === Math.min(concurrency, ids.length - released)) {
        released += 1;
        held.shift()!.answer('answer');
      }
    });

    const answers = await Promise.all(ids.map((id) => invoke(id)));

    expect(answers.map((answer) => answer.status)).toEqual(ids.map(() => 200));
    expect(mostAtOnce).toBe(concurrency);
    expect(sandboxes.size).toBe(concurrency);
  });
});
