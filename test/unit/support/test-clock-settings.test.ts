import { describe, expect, it } from 'vitest';
import { isBusinessDay } from '../../../functions/domain/clock/business-calendar';
import { businessDuration } from '../../../functions/domain/clock/business-time';
import { parseClockSettings } from '../../../functions/domain/clock/settings';
import { localDayOf } from '../../../functions/domain/clock/zone';
import { testClockSettings } from '../../support/test-deployment';

describe('the test cloud’s clock settings', () => {
  it('are valid whatever the hour the suite starts, and closed for the first hours after it', () => {
    for (let hour = 0; hour < 24 * 7; hour++) {
      const start = new Date(Date.UTC(2026, 10, 30, hour, 17));
      const settings = parseClockSettings(testClockSettings(start));
      expect(businessDuration(settings.calendar, start.getTime(), start.getTime() + 3 * 3_600_000), `started ${start.toISOString()}`).toBe(0);
      expect(businessDuration(settings.calendar, start.getTime(), start.getTime() + 7 * 86_400_000), `started ${start.toISOString()}`).toBeGreaterThan(0);
      expect(settings.complaints.rule).toBe('psd2');
    }
  });

  it('have two weekday holidays, the first right after a weekend when the run starts on a Friday', () => {
    const start = new Date('2026-12-04T15:00:00Z');
    const settings = parseClockSettings(testClockSettings(start));
    expect(settings.calendar.holidays.size).toBe(2);
    const day = localDayOf('UTC', start.getTime());
    expect(isBusinessDay(settings.calendar, day + 3)).toBe(false);
  });
});
