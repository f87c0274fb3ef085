import { afterEach, describe, expect, it, vi } from 'vitest';
import { startSchedules } from '../../../infra/local/schedules';

afterEach(() => {
  vi.useRealTimers();
});

describe('the local cloud’s schedules', () => {
  it('invoke the function at every whole minute with EventBridge’s scheduled event for that minute, until stopped', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-30T05:00:20.000Z') });
    const invocations: { name: string; event: Record<string, unknown> }[] = [];
    const schedules = startSchedules({
      schedules: [{ function: 'clockTick', expression: 'rate(1 minute)', everyMs: 60_000 }],
      functions: { invoke: async (name, event) => (invocations.push({ name, event: event as Record<string, unknown> }), { ok: true, payload: null }) },
      region: 'eu-west-1',
      log: () => {},
    });
    await vi.advanceTimersByTimeAsync(39_999);
    expect(invocations).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(invocations.map(({ name, event }) => [name, event['time'], event['detail-type'], event['source']])).toEqual([
      ['clockTick', '2026-11-30T05:01:00Z', 'Scheduled Event', 'aws.events'],
      ['clockTick', '2026-11-30T05:02:00Z', 'Scheduled Event', 'aws.events'],
    ]);
    await schedules.stop();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(invocations).toHaveLength(2);
  });

  it('log a failed tick and go on to the next minute', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-30T05:00:59.000Z') });
    const lines: string[] = [];
    let calls = 0;
    const schedules = startSchedules({
      schedules: [{ function: 'clockTick', expression: 'rate(1 minute)', everyMs: 60_000 }],
      functions: { invoke: async () => (++calls, { ok: false, error: { errorType: 'Error', errorMessage: 'table gone', trace: [] } }) },
      region: 'eu-west-1',
      log: (line) => lines.push(line),
    });
    await vi.advanceTimersByTimeAsync(61_000);
    await schedules.stop();
    expect(calls).toBe(2);
    expect(lines).toEqual(['schedule clockTick: Error: table gone', 'schedule clockTick: Error: table gone']);
  });
});
