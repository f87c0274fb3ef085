import { describe, expect, it } from 'vitest';
import { ClockSettingsError } from '../../../../functions/domain/clock/clock-errors';
import { minutesOfDuration, parseClockSettings } from '../../../../functions/domain/clock/settings';

const problemsOf = (value: unknown) => {
  try {
    parseClockSettings(value);
  } catch (error) {
    if (error instanceof ClockSettingsError) return error.fields;
    throw error;
  }
  throw new Error('the settings were accepted');
};

describe('the clock settings', () => {
  it('default to weekdays 09:00-17:00 UTC, targets for every priority with warnings at 75 %, and no complaint rule', () => {
    const settings = parseClockSettings(undefined);
    expect(settings.calendar.timeZone).toBe('UTC');
    expect(settings.calendar.weeklyMinutes.slice(1)).toEqual([[[540, 1020]], [[540, 1020]], [[540, 1020]], [[540, 1020]], [[540, 1020]], [], []]);
    expect(settings.serviceLevels).toEqual({
      warningShare: 0.75,
      targets: {
        critical: { firstReply: 60, nextReply: 120, resolution: 480 },
        high: { firstReply: 120, nextReply: 240, resolution: 960 },
        normal: { firstReply: 480, nextReply: 480, resolution: 2400 },
        low: { firstReply: 960, nextReply: 960, resolution: 4800 },
      },
    });
    expect(settings.complaints).toEqual({ rule: 'none', acknowledgementBusinessDays: 5, warningBusinessDays: 2 });
    expect(settings.timers).toEqual({ autoCloseSolvedAfterDays: 4, closeWarningBeforeHours: 24, remindAwaitingAfterDays: 3, solveAwaitingAfterDays: 7 });
  });

  it('changes only the timers it names; null switches one off', () => {
    expect(parseClockSettings({ timers: { autoCloseSolvedAfterDays: 2, solveAwaitingAfterDays: null } }).timers).toEqual({
      autoCloseSolvedAfterDays: 2,
      closeWarningBeforeHours: 24,
      remindAwaitingAfterDays: 3,
      solveAwaitingAfterDays: null,
    });
  });

  it('reads JSON text, replaces the calendar whole and changes only the targets it names; null switches a target off', () => {
    const settings = parseClockSettings(
      JSON.stringify({
        calendar: { timeZone: 'Europe/London', hours: { monday: ['09:00-12:00'] } },
        serviceLevels: { targets: { high: { firstReply: '1h30m', resolution: null } } },
        complaints: { rule: 'psd2' },
      }),
    );
    expect(settings.calendar.timeZone).toBe('Europe/London');
    expect(settings.calendar.weeklyMinutes[2]).toEqual([]);
    expect(settings.calendar.holidays.size).toBe(0);
    expect(settings.serviceLevels.targets.high).toEqual({ firstReply: 90, nextReply: 240 });
    expect(settings.serviceLevels.targets.low.firstReply).toBe(960);
    expect(settings.complaints).toEqual({ rule: 'psd2', acknowledgementBusinessDays: 5, warningBusinessDays: 2 });
  });

  it('names each bad setting by its path', () => {
    expect(
      problemsOf({
        serviceLevels: { warningShare: 1, targets: { high: { firstReply: '2 hours' }, urgent: {} } },
        complaints: { rule: 'ombudsman', acknowledgementBusinessDays: 0 },
        timers: { autoCloseSolvedAfterDays: 0, remindAwaitingAfterDays: 400, closeAfter: 2 },
      }).map((problem) => problem.path),
    ).toEqual(
      expect.arrayContaining([
        'clock.serviceLevels.warningShare',
        'clock.serviceLevels.targets.high.firstReply',
        'clock.serviceLevels.targets.urgent',
        'clock.complaints.rule',
        'clock.complaints.acknowledgementBusinessDays',
        'clock.timers.autoCloseSolvedAfterDays',
        'clock.timers.remindAwaitingAfterDays',
        'clock.timers.closeAfter',
      ]),
    );
  });

  it('says which calendar setting is wrong once the shape is right', () => {
    expect(problemsOf({ calendar: { timeZone: 'Europe/Paris', hours: { monday: ['09:00-17:00'], saturday: ['18:00-08:00'] }, holidays: ['25/12/2026'] } })).toEqual([
      { path: 'clock.calendar.hours.saturday.0', message: 'Not an opening interval "HH:MM-HH:MM" that ends after it starts: "18:00-08:00".' },
      { path: 'clock.calendar.holidays.0', message: 'Not a date "YYYY-MM-DD": "25/12/2026".' },
    ]);
  });

  it('refuses text that is not JSON, naming the setting', () => {
    expect(problemsOf('{ calendar:')).toEqual([{ path: 'clock', message: 'Not JSON.' }]);
  });

  it('reads durations as whole hours and minutes, more than none and at most 1000 hours', () => {
    expect(['1h', '30m', '1h30m', '1000h'].map(minutesOfDuration)).toEqual([60, 30, 90, 60_000]);
    expect(['', '0h', '0m', '1h60m', '1001h', '1.5h', '90', 'h'].map(minutesOfDuration)).toEqual(Array(8).fill(undefined));
  });
});
