import * as z from 'zod/mini';
import { defaultTimerSettings, type TimerSettings } from '../timers';
import { priorities, type Priority } from '../types';
import { businessCalendar, weekdays, type BusinessCalendar, type BusinessCalendarSettings } from './business-calendar';
import { ClockSettingsError } from './clock-errors';
import { complaintRules, type ComplaintPolicy } from './complaint-deadlines';
import { serviceLevelTargets, type ServiceLevelPolicy, type ServiceLevelTarget } from './service-levels';

/**
 * The clock's settings as a deployment writes them (JSON): its timers (auto-close, reminder,
 * auto-solve), its business calendar, its service-level targets and its complaint rule. Everything
 * has a default, and a deployment gives only what it changes; a timer or a target given as null is
 * switched off (a target for that priority).
 *
 * ```json
 * {
 *   "timers": { "autoCloseSolvedAfterDays": 4, "solveAwaitingAfterDays": null },
 *   "calendar": { "timeZone": "Europe/London", "hours": { "monday": ["09:00-17:30"], ... }, "holidays": ["2026-12-25"] },
 *   "serviceLevels": { "warningShare": 0.75, "targets": { "high": { "firstReply": "2h", "resolution": null } } },
 *   "complaints": { "rule": "psd2", "acknowledgementBusinessDays": 5, "warningBusinessDays": 2 },
 *   "satisfaction": { "linkExpiryDays": 14 }
 * }
 * ```
 */

/** The settings in force where a deployment gives none. */
export const defaultClockSettings = {
  timers: defaultTimerSettings,
  calendar: {
    timeZone: 'UTC',
    hours: { monday: ['09:00-17:00'], tuesday: ['09:00-17:00'], wednesday: ['09:00-17:00'], thursday: ['09:00-17:00'], friday: ['09:00-17:00'] },
    holidays: [],
  } satisfies BusinessCalendarSettings,
  serviceLevels: {
    warningShare: 0.75,
    // Business hours, in the spirit of Zendesk's and Intercom's sample policies: an urgent ticket is
    // answered within the hour and solved within a working day; a low one within two days and two weeks.
    targets: {
      critical: { firstReply: '1h', nextReply: '2h', resolution: '8h' },
      high: { firstReply: '2h', nextReply: '4h', resolution: '16h' },
      normal: { firstReply: '8h', nextReply: '8h', resolution: '40h' },
      low: { firstReply: '16h', nextReply: '16h', resolution: '80h' },
    },
  },
  complaints: { rule: 'none', acknowledgementBusinessDays: 5, warningBusinessDays: 2 },
  // How long the "Was this helpful?" links of a solved ticket's email work (domain/satisfaction/).
  satisfaction: { linkExpiryDays: 14 },
} as const;

/** A deployment's complaint rule, and how many business days before a complaint's deadline (its last day counted) the team is warned. */
export interface ComplaintSettings extends ComplaintPolicy {
  readonly warningBusinessDays: number;
}

/** The clock's settings, checked and ready for use. */
export interface ClockSettings {
  readonly timers: TimerSettings;
  readonly calendar: BusinessCalendar;
  readonly serviceLevels: ServiceLevelPolicy;
  readonly complaints: ComplaintSettings;
  readonly satisfaction: SatisfactionSettings;
}

/** The satisfaction question's settings. */
export interface SatisfactionSettings {
  /** Days from the solve during which the email's rating links work. */
  readonly linkExpiryDays: number;
}

// Whole hours and minutes, as people write targets ("1h", "30m", "1h30m"), at most a thousand hours.
const durationPattern = /^(?:(\d{1,4})h)?(?:(\d{1,2})m)?$/;
/*
 * The schema is built on first use, not when the module loads: every ticket-writing function imports
 * this module, and a deployment that gives no settings (or a cold start that writes nothing) never
 * needs it; building zod schemas costs cold-start CPU (see README, bench:cold).
 */
let schema: ReturnType<typeof buildSchema> | undefined;

/** The shape of the settings a deployment gives; semantic checks of the calendar follow in businessCalendar. */
function buildSchema() {
  const durationSchema = z.string().check(
    z.refine((text) => minutesOfDuration(text) !== undefined, { message: 'Not a duration like "1h", "30m" or "1h30m" (more than 0, at most 1000h).' }),
  );
  const targetsSchema = z.strictObject(
    Object.fromEntries(serviceLevelTargets.map((target) => [target, z.optional(z.nullable(durationSchema))])) as Record<ServiceLevelTarget, z.ZodMiniOptional<z.ZodMiniNullable<typeof durationSchema>>>,
  );

  // A delay in days or hours; null switches its timer off.
  const delay = z.nullable(z.number().check(z.positive(), z.lte(365)));

  const clockSettingsSchema = z.strictObject({
    timers: z.optional(
      z.strictObject({
        autoCloseSolvedAfterDays: z.optional(delay),
        closeWarningBeforeHours: z.optional(delay),
        remindAwaitingAfterDays: z.optional(delay),
        solveAwaitingAfterDays: z.optional(delay),
      }),
    ),
    calendar: z.optional(
      z.strictObject({
        timeZone: z.string(),
        hours: z.strictObject(Object.fromEntries(weekdays.map((day) => [day, z.optional(z.array(z.string()))])) as Record<(typeof weekdays)[number], z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniString>>>),
        holidays: z.optional(z.array(z.string())),
      }),
    ),
    serviceLevels: z.optional(
      z.strictObject({
        warningShare: z.optional(z.number().check(z.gt(0), z.lt(1))),
        targets: z.optional(z.strictObject(Object.fromEntries(priorities.map((priority) => [priority, z.optional(targetsSchema)])) as Record<Priority, z.ZodMiniOptional<typeof targetsSchema>>)),
      }),
    ),
    complaints: z.optional(
      z.strictObject({
        rule: z.optional(z.enum(complaintRules)),
        acknowledgementBusinessDays: z.optional(z.number().check(z.int(), z.gte(1), z.lte(15))),
        warningBusinessDays: z.optional(z.number().check(z.int(), z.gte(1), z.lte(10))),
      }),
    ),
    satisfaction: z.optional(z.strictObject({ linkExpiryDays: z.optional(z.number().check(z.positive(), z.lte(365))) })),
  });
  return clockSettingsSchema;
}

const clockSettingsSchema = () => (schema ??= buildSchema());

/**
 * Reads the clock's settings from a deployment's value (an object, its JSON text, or undefined for
 * all the defaults). A calendar given replaces the default one whole (time zone, hours and
 * holidays belong together); timers, service-level targets and complaint settings replace only what
 * they name.
 * @throws ClockSettingsError naming each bad setting under `setting` (`clock.serviceLevels.targets.high.firstReply:
 * Not a duration...`): JSON that does not parse, a timer's delay that is not above 0 and at most 365, an unknown key, a wrong type, a duration that is
 * not one, a warning share outside (0, 1), an unknown complaint rule, and every calendar problem
 * businessCalendar finds.
 */
export function parseClockSettings(value: unknown, setting = 'clock'): ClockSettings {
  let raw = value ?? {};
  if (typeof raw === 'string') {
    try {
      raw = JSON.parse(raw);
    } catch {
      throw new ClockSettingsError([{ path: setting, message: 'Not JSON.' }]);
    }
  }
  // Nothing given is every default: no schema to build (see clockSettingsSchema).
  const nothingGiven = typeof raw === 'object' && raw !== null && !Array.isArray(raw) && Object.keys(raw).length === 0;
  const parsed = nothingGiven ? { success: true as const, data: {} } : clockSettingsSchema().safeParse(raw);
  if (!parsed.success) {
    throw new ClockSettingsError(
      parsed.error.issues.flatMap((issue) => {
        const path = [setting, ...issue.path.map(String)].join('.');
        return issue.code === 'unrecognized_keys' ? issue.keys.map((key) => ({ path: `${path}.${key}`, message: 'Unknown setting.' })) : [{ path, message: issue.message }];
      }),
    );
  }
  const given = parsed.data;
  const calendarSettings = given.calendar ? { ...given.calendar, holidays: given.calendar.holidays ?? [] } : defaultClockSettings.calendar;
  const calendar = businessCalendar(calendarSettings, `${setting}.calendar`);
  const targets = Object.fromEntries(
    priorities.map((priority) => {
      const merged: Partial<Record<ServiceLevelTarget, string | null>> = { ...defaultClockSettings.serviceLevels.targets[priority], ...given.serviceLevels?.targets?.[priority] };
      const minutes = Object.entries(merged).flatMap(([target, text]) => (text === null || text === undefined ? [] : [[target, minutesOfDuration(text)!]]));
      return [priority, Object.fromEntries(minutes)];
    }),
  ) as ServiceLevelPolicy['targets'];
  return {
    timers: { ...defaultClockSettings.timers, ...given.timers },
    calendar,
    serviceLevels: { warningShare: given.serviceLevels?.warningShare ?? defaultClockSettings.serviceLevels.warningShare, targets },
    complaints: {
      rule: given.complaints?.rule ?? defaultClockSettings.complaints.rule,
      acknowledgementBusinessDays: given.complaints?.acknowledgementBusinessDays ?? defaultClockSettings.complaints.acknowledgementBusinessDays,
      warningBusinessDays: given.complaints?.warningBusinessDays ?? defaultClockSettings.complaints.warningBusinessDays,
    },
    satisfaction: { linkExpiryDays: given.satisfaction?.linkExpiryDays ?? defaultClockSettings.satisfaction.linkExpiryDays },
  };
}

/** The minutes of a duration like "1h30m", or undefined when it is not one (or is 0, or over 1000 hours). */
export function minutesOfDuration(text: string): number | undefined {
  const match = durationPattern.exec(text);
  if (!match || (match[1] === undefined && match[2] === undefined)) return undefined;
  const minutes = Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0);
  return minutes > 0 && minutes <= 1000 * 60 && Number(match[2] ?? 0) < 60 ? minutes : undefined;
}
