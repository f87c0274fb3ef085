import { randomUUID } from 'node:crypto';
import type { ScheduleSpec } from '../system';
import type { LocalFunctions } from './functions';

/**
 * EventBridge's scheduled event for a rule firing at `time` (the shape Lambda receives; `time` is
 * ISO 8601 in UTC, to the second, as EventBridge writes it).
 */
export function scheduledEvent(time: Date, region: string, ruleName: string): Record<string, unknown> {
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': 'Scheduled Event',
    source: 'aws.events',
    account: '000000000000',
    time: `${time.toISOString().slice(0, 19)}Z`,
    region,
    resources: [`arn:aws:events:${region}:000000000000:rule/${ruleName}`],
    detail: {},
  };
}

/**
 * Runs the system's schedules as EventBridge would: each function is invoked at every whole
 * period (a minute: at :00 seconds) with the scheduled event of that instant. A tick that fails is
 * logged and not retried, as the deployed rule (retryAttempts 0) does; the next one comes a period later.
 */
export function startSchedules(options: {
  readonly schedules: readonly ScheduleSpec[];
  readonly functions: Pick<LocalFunctions, 'invoke'>;
  readonly region: string;
  readonly log: (line: string) => void;
}): { stop(): Promise<void> } {
  const timers = new Set<NodeJS.Timeout>();
  const running = new Set<Promise<unknown>>();
  let stopped = false;
  const arm = (schedule: ScheduleSpec) => {
    const wait = schedule.everyMs - (Date.now() % schedule.everyMs);
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (stopped) return;
      const fireTime = new Date(Math.round(Date.now() / schedule.everyMs) * schedule.everyMs);
      const tick = options.functions
        .invoke(schedule.function, scheduledEvent(fireTime, options.region, `${schedule.function}-schedule`))
        .then((outcome) => {
          if (!outcome.ok) options.log(`schedule ${schedule.function}: ${outcome.error.errorType}: ${outcome.error.errorMessage}`);
        })
        .catch((error: unknown) => {
          if (!stopped) options.log(`schedule ${schedule.function}: ${String(error)}`);
        })
        .finally(() => running.delete(tick));
      running.add(tick);
      arm(schedule);
    }, wait);
    // A schedule alone does not keep the process alive.
    timer.unref();
    timers.add(timer);
  };
  for (const schedule of options.schedules) arm(schedule);
  return {
    stop: async () => {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await Promise.allSettled([...running]);
    },
  };
}
