import { getPreferences, putPreferences } from '../../data/preferences';
import { ticketStore } from '../tickets/deps';
import type { PreferencesDeps } from './my-preferences';

/** The preferences use cases' dependencies on the function's table, made once per cold start. */
export const preferencesDeps: PreferencesDeps = {
  preferences: {
    getPreferences: (sub) => getPreferences(ticketStore, sub),
    putPreferences: (sub, preferences, now) => putPreferences(ticketStore, sub, preferences, now),
  },
  now: () => new Date(),
};
