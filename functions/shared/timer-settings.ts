import * as z from 'zod/mini';
import { defaultTimerSettings, type TimerSettings } from '../domain/timers';
import { fieldProblems } from './schema-problems';

/** The variable in which the system description gives a function the timers' settings, as JSON. */
export const timerSettingsVariable = 'TIMER_SETTINGS';

const delay = z.nullable(z.number().check(z.positive(), z.lte(365)));
const timerSettingsSchema = z.strictObject({
  autoCloseSolvedAfterDays: z.optional(delay),
  closeWarningBeforeHours: z.optional(delay),
  remindAwaitingAfterDays: z.optional(delay),
  solveAwaitingAfterDays: z.optional(delay),
});

/**
 * Reads the timers' settings from a setting (an object or its JSON text); what it leaves out keeps
 * its default, and null switches a timer off.
 * @throws Error naming `setting` and each bad field: not JSON, an unknown key, a delay that is not a
 * number above 0 and at most 365.
 */
export function parseTimerSettings(value: unknown, setting: string): TimerSettings {
  let raw = value;
  if (typeof value === 'string') {
    try {
      raw = JSON.parse(value);
    } catch {
      throw new Error(`${setting} is not JSON: ${value}`);
    }
  }
  const parsed = timerSettingsSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${setting} is not a timers setting: ${fieldProblems(parsed.error).map((problem) => `${problem.path}: ${problem.message}`).join('; ')}`);
  return { ...defaultTimerSettings, ...parsed.data };
}

let fromEnv: TimerSettings | undefined;

/**
 * The timers' settings as the function's environment gives them (TIMER_SETTINGS, read once); the
 * defaults where the variable is not set (code run outside a deployment: unit tests, benchmarks).
 * @throws Error when the variable holds no valid settings (see parseTimerSettings).
 */
export function deploymentTimerSettings(): TimerSettings {
  if (fromEnv) return fromEnv;
  const value = process.env[timerSettingsVariable];
  fromEnv = value === undefined || value === '' ? defaultTimerSettings : parseTimerSettings(value, timerSettingsVariable);
  return fromEnv;
}
