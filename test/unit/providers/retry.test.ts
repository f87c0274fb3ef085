import { describe, expect, it } from 'vitest';
import { backoffMs, defaultRetryPolicy, retryAfterMs, sendWithRetry } from '../../../functions/providers/http';
import { ProviderUnavailableError } from '../../../functions/providers/types';

function scripted(answers: (Response | Error)[]): { fetch: typeof fetch; calls: () => number } {
  let calls = 0;
  return {
    calls: () => calls,
    fetch: (async () => {
      const next = answers[calls] ?? answers[answers.length - 1];
      calls += 1;
      if (next instanceof Error) throw next;
      return next as Response;
    }) as typeof fetch,
  };
}

describe('provider retries', () => {
  it('waits a random time below a doubling cap (full jitter)', () => {
    const policy = { ...defaultRetryPolicy, baseDelayMs: 100, maxDelayMs: 350, random: () => 0.999 };
    expect([1, 2, 3, 4].map((attempt) => backoffMs(policy, attempt))).toEqual([99, 199, 349, 349]);
    expect(backoffMs({ ...policy, random: () => 0 }, 3)).toBe(0);
  });

  it('reads Retry-After as seconds or as a date', () => {
    const now = new Date('2026-11-21T12:00:00Z');
    expect(retryAfterMs('2', now)).toBe(2000);
    expect(retryAfterMs('Sat, 21 Nov 2026 12:00:03 GMT', now)).toBe(3000);
    expect(retryAfterMs(null, now)).toBeUndefined();
    expect(retryAfterMs('soon', now)).toBeUndefined();
  });

  it('waits at least what a 429 asks before trying again', async () => {
    const waits: number[] = [];
    const { fetch, calls } = scripted([new Response('{}', { status: 429, headers: { 'retry-after': '1' } }), new Response('{"ok":true}', { status: 201 })]);
    const answer = await sendWithRetry('Test', 'http://provider.invalid/x', {}, { timeoutMs: 100, fetch, retry: { sleep: async (ms) => void waits.push(ms), random: () => 0 } });
    expect(answer).toEqual({ status: 201, body: '{"ok":true}' });
    expect(calls()).toBe(2);
    expect(waits).toEqual([1000]);
  });

  it('gives up at once when a 429 asks to wait longer than allowed', async () => {
    const { fetch, calls } = scripted([new Response('{}', { status: 429, headers: { 'retry-after': '120' } })]);
    await expect(sendWithRetry('Test', 'http://provider.invalid/x', {}, { timeoutMs: 100, fetch, retry: { sleep: async () => {} } })).rejects.toThrow(
      new ProviderUnavailableError('Test is rate limiting: it asks to retry after 120 s'),
    );
    expect(calls()).toBe(1);
  });

  it('retries network errors and says what failed last', async () => {
    const { fetch, calls } = scripted([new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED') })]);
    await expect(sendWithRetry('Test', 'http://provider.invalid/x', {}, { timeoutMs: 100, fetch, retry: { sleep: async () => {} } })).rejects.toThrow(
      'Test did not answer after 3 attempts (last: fetch failed: connect ECONNREFUSED)',
    );
    expect(calls()).toBe(3);
  });

  it('hands a 4xx back without retrying it', async () => {
    const { fetch, calls } = scripted([new Response('{"error":"no"}', { status: 400 })]);
    expect(await sendWithRetry('Test', 'http://provider.invalid/x', {}, { timeoutMs: 100, fetch })).toEqual({ status: 400, body: '{"error":"no"}' });
    expect(calls()).toBe(1);
  });
});
