import { describe, expect, it } from 'vitest';
import { defaultTimerSettings } from '../../../functions/domain/timers';
import { parseTimerSettings } from '../../../functions/shared/timer-settings';

describe('the timers’ settings', () => {
  it('keep the defaults for what they leave out, and switch a timer off with null', () => {
    expect(parseTimerSettings('{}', 'TIMER_SETTINGS')).toEqual(defaultTimerSettings);
    expect(parseTimerSettings({ autoCloseSolvedAfterDays: 2, solveAwaitingAfterDays: null }, 'TIMER_SETTINGS')).toEqual({ ...defaultTimerSettings, autoCloseSolvedAfterDays: 2, solveAwaitingAfterDays: null });
  });

  it('are refused naming the setting and the field at fault', () => {
    expect(() => parseTimerSettings('{', 'TIMER_SETTINGS')).toThrow('TIMER_SETTINGS is not JSON');
    expect(() => parseTimerSettings({ autoCloseSolvedAfterDays: 0 }, 'TIMER_SETTINGS')).toThrow(/TIMER_SETTINGS is not a timers setting: autoCloseSolvedAfterDays/);
    expect(() => parseTimerSettings({ autoClose: 4 }, 'TIMER_SETTINGS')).toThrow(/autoClose/);
  });
});
