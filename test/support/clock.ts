import { afterAll, beforeAll, inject } from 'vitest';
import { scheduledEvent } from '../../infra/local/schedules';
import { system } from '../../infra/system';
import type { InvokeOutcome } from '../../infra/local/functions';
import { sharedCloudEnvironment, startTestFunctions, type TestFunctions } from './local-functions';

/*
 * The clock with controlled time: the product's clockTick, run beside the shared local cloud on its
 * table and with the clock settings the cloud runs (test/support/test-deployment.ts), is given the
 * scheduled event of an instant of the test's choosing instead of waiting for it. Every tick names
 * its ticket (the event's `detail.tickets`), so that a tick days ahead fires nothing of the tickets
 * other test files are working on at the same moment.
 */

export const minute = 60_000;
export const hour = 60 * minute;
export const day = 24 * hour;

/** The instant `ms` after `instant` (before it for a negative `ms`), as ISO 8601. */
export const later = (instant: string, ms: number): string => new Date(Date.parse(instant) + ms).toISOString();

/** One step the clock fired. */
export interface Fired {
  readonly number: string;
  readonly concern: string;
  readonly action: string;
}

/** The test file's own clockTick function. */
export interface TestClock {
  /**
   * What the clock fired for the ticket when the schedule's event for `time` came; only the
   * `concern`'s firings when one is named (a ticket's other concerns fire at the same ticks).
   * @throws Error with the function's error when the tick failed.
   */
  tickAt(time: string, number: string, concern?: string): Promise<Fired[]>;
  /** Invokes clockTick with an event as it is, for a test of what the function refuses. */
  invoke(event: unknown): Promise<InvokeOutcome>;
}

/**
 * Starts the product's clockTick as a function of the test file's own before its tests (and stops
 * it after them), with the shared cloud's table, services and clock settings.
 */
export function clockForThisFile(): TestClock {
  const cloud = inject('localCloud');
  const tickSpec = system.functions['clockTick']!;
  let clock: TestFunctions | undefined;
  beforeAll(async () => {
    const environment = sharedCloudEnvironment('clockTick', tickSpec);
    clock = await startTestFunctions({ clockTick: { entry: tickSpec.entry, environment, timeoutSeconds: 55, memoryMb: 256 } }, cloud.region);
  });
  afterAll(() => clock?.stop());

  const invoke = (event: unknown) => {
    if (!clock) throw new Error('The clock function runs only inside the file’s tests');
    return clock.functions.invoke('clockTick', event);
  };
  return {
    invoke,
    async tickAt(time, number, concern) {
      const event = { ...scheduledEvent(new Date(time), cloud.region, 'clockTick-schedule'), time, detail: { tickets: [number] } };
      const outcome = await invoke(event);
      if (!outcome.ok) throw new Error(`clockTick failed: ${outcome.error.errorType}: ${outcome.error.errorMessage}`);
      const { fired } = outcome.payload as { fired: Fired[] };
      return concern === undefined ? fired : fired.filter((each) => each.concern === concern);
    },
  };
}
