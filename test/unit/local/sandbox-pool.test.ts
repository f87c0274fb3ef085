import { describe, expect, it } from 'vitest';
import { SandboxPool } from '../../../infra/local/sandbox-pool';

/** A sandbox as the pool sees it: a name, and whether it was stopped. */
interface FakeSandbox {
  readonly name: string;
  stopped: boolean;
}

/** A pool of named sandboxes that records what it started and stopped. */
function poolOf(limit: number, start: (name: string) => Promise<FakeSandbox> = async (name) => ({ name, stopped: false })) {
  const started: FakeSandbox[] = [];
  let attempts = 0;
  const pool = new SandboxPool<FakeSandbox>({
    limit,
    start: async () => {
      attempts += 1;
      const sandbox = await start(`sandbox-${attempts}`);
      started.push(sandbox);
      return sandbox;
    },
    stop: async (sandbox) => {
      sandbox.stopped = true;
    },
  });
  return { pool, started };
}

/** Work that runs until the test lets it finish, recording the sandbox it ran in. */
function heldWork() {
  const ran: string[] = [];
  const finishers: Array<() => void> = [];
  const work = (sandbox: FakeSandbox) =>
    new Promise<string>((resolve) => {
      ran.push(sandbox.name);
      finishers.push(() => resolve(sandbox.name));
    });
  return { work, ran, finishers };
}

const settled = () => new Promise((resolve) => setImmediate(resolve));

describe('a pool of sandboxes', () => {
  it('reuses a free sandbox instead of starting another', async () => {
    const { pool, started } = poolOf(4);

    await pool.use(async (sandbox) => sandbox.name);
    const second = await pool.use(async (sandbox) => sandbox.name);

    expect(second).toBe('sandbox-1');
    expect(started).toHaveLength(1);
  });

  it('starts a sandbox for each invocation that finds all of them busy, up to its limit, and keeps the rest waiting', async () => {
    const { pool, started } = poolOf(2);
    const { work, ran, finishers } = heldWork();

    const results = [pool.use(work), pool.use(work), pool.use(work)];
    await settled();

    expect(ran).toEqual(['sandbox-1', 'sandbox-2']);
    expect(pool.size).toBe(2);
    finishers.shift()!();
    await settled();
    expect(ran).toEqual(['sandbox-1', 'sandbox-2', 'sandbox-1']);
    for (const finish of finishers.splice(0)) finish();
    expect(await Promise.all(results)).toEqual(['sandbox-1', 'sandbox-2', 'sandbox-1']);
    expect(started).toHaveLength(2);
  });

  it('gives the slot of a discarded sandbox to the next waiting invocation, which starts a new one', async () => {
    const { pool, started } = poolOf(1);
    const { work, ran, finishers } = heldWork();

    const first = pool.use(async (sandbox) => {
      pool.discard(sandbox);
      return 'ended';
    });
    const waiting = pool.use(work);
    await first;
    await settled();

    expect(ran).toEqual(['sandbox-2']);
    expect(pool.size).toBe(1);
    finishers[0]!();
    expect(await waiting).toBe('sandbox-2');
    expect(started.map((sandbox) => sandbox.name)).toEqual(['sandbox-1', 'sandbox-2']);
  });

  it('fails only the invocation whose sandbox could not start, and frees its slot', async () => {
    let attempts = 0;
    const { pool } = poolOf(1, async (name) => {
      attempts += 1;
      if (attempts === 1) throw new Error('init failed');
      return { name, stopped: false };
    });

    const failed = pool.use(async (sandbox) => sandbox.name);
    const next = pool.use(async (sandbox) => sandbox.name);

    await expect(failed).rejects.toThrow('init failed');
    expect(await next).toBe('sandbox-2');
    expect(pool.size).toBe(1);
  });

  it('stops every sandbox on close and fails the invocations still waiting', async () => {
    const { pool, started } = poolOf(1);
    const { work, finishers } = heldWork();
    const running = pool.use(work);
    const waiting = pool.use(work);
    await settled();

    await pool.close();

    await expect(waiting).rejects.toThrow('The function is stopping');
    expect(started.map((sandbox) => sandbox.stopped)).toEqual([true]);
    finishers[0]!();
    await running;
    await expect(pool.use(work)).rejects.toThrow('The function is stopping');
  });

  it('refuses a limit that is not a positive integer', () => {
    expect(() => poolOf(0)).toThrow(RangeError);
    expect(() => poolOf(1.5)).toThrow(RangeError);
  });
});
