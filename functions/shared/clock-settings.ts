import { parseClockSettings, type ClockSettings } from '../domain/clock/settings';
import { settingFromEnv } from './settings-from-env';

/** The variable in which the system description gives a function the deployment's clock settings, as JSON. */
export const clockSettingsVariable = 'CLOCK_SETTINGS';

/**
 * The clock's settings (timers, business calendar, service levels, complaint rule) as the
 * function's environment gives them (CLOCK_SETTINGS, read once); the defaults where it is not set.
 * @throws ClockSettingsError naming each bad setting (see parseClockSettings).
 */
export const deploymentClockSettings: () => ClockSettings = settingFromEnv(clockSettingsVariable, parseClockSettings, () => parseClockSettings(undefined));
