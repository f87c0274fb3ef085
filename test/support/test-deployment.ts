import type { Wording } from '../../functions/domain/catalog';

/**
 * The words of the platform the test clouds play: seed 001's 3Commas (its "In progress - 3Commas"
 * labels), with seed 000's "Solved" and "Awaiting your reply" for the account category only, so
 * that one cloud shows both a deployment's own labels (account tickets) and the seeds' defaults
 * (every other type).
 */
export const testDeploymentWording = {
  platformName: '3Commas',
  statuses: { account: { resolved: { label: 'Solved' }, awaiting_your_reply: { label: 'Awaiting your reply' } } },
} as const satisfies Wording;

/** The local cloud's variables that give it the test platform's words, as a deployment would set them. */
export const testDeploymentWordingEnv = {
  TICKETFLOW_PLATFORM_NAME: testDeploymentWording.platformName,
  TICKETFLOW_STATUS_WORDING: JSON.stringify(testDeploymentWording.statuses),
};

const dayMs = 86_400_000;
const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const;
const hhmm = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

/**
 * The clock settings of a test cloud started at `start`, made from that instant so that the clock's
 * acceptance tests find what they need whatever the day and hour the suite runs:
 * - business hours, Monday to Friday in UTC, open 8 hours from 4 hours after the start's hour: a
 *   ticket opened during the run is opened outside business hours, with an opening ahead of it;
 * - two holidays, the first two weekdays from the third day after the start: inside any window of
 *   15 business days from the run, beside a weekend;
 * - complaints under PSD2's rule.
 * Timers and service-level targets keep their defaults.
 */
export function testClockSettings(start: Date) {
  const opens = (start.getUTCHours() + 4) % 24;
  const closes = (opens + 8) % 24;
  const hours = closes > opens ? [`${hhmm(opens)}-${hhmm(closes)}`] : [`00:00-${hhmm(closes)}`, `${hhmm(opens)}-24:00`].filter((interval) => !interval.startsWith('00:00-00:00'));
  const holidays: string[] = [];
  for (let day = 3; holidays.length < 2; day++) {
    const date = new Date(start.getTime() + day * dayMs);
    if (date.getUTCDay() !== 0 && date.getUTCDay() !== 6) holidays.push(date.toISOString().slice(0, 10));
  }
  return {
    calendar: { timeZone: 'UTC', hours: Object.fromEntries(weekdays.map((day) => [day, hours])), holidays },
    complaints: { rule: 'psd2' },
  } as const;
}
