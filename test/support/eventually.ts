/**
 * Waiting in tests: every wait polls for the event it needs and returns as soon as it happens. The
 * deadline only tells a hang from a slow machine, so it is far longer than any event takes even
 * when another test suite runs beside this one on two cores.
 */
export const hangAfterMs = 120_000;

const pollEveryMs = 100;

/**
 * Polls `attempt` until it gives a value (an error counts as not yet), and returns that value.
 * @throws Error naming what it waited for, with the last error, once `hangAfterMs` has passed.
 */
export async function eventually<T>(what: string, attempt: () => Promise<T | undefined>, timeoutMs = hangAfterMs): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await attempt();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, pollEveryMs));
  }
}

/**
 * Reads until `done` holds for what was read, and returns it.
 * @throws Error naming what it waited for, with the last value read, once `hangAfterMs` has passed.
 */
export async function until<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = hangAfterMs): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}; last seen: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, pollEveryMs));
  }
}
