import { getPreferences, putPreferences } from '../../data/preferences';
import { ownershipOn } from '../tickets/dynamodb';
import { ticketStore } from '../tickets/deps';
import type { PreferencesDeps } from './my-preferences';

/** The preferences use cases' dependencies on the function's table, made once per cold start. */
export const preferencesDeps: PreferencesDeps = {
  preferences: {
    getPreferences: (owner) => getPreferences(ticketStore, owner),
    putPreferences: (owner, preferences, now) => putPreferences(ticketStore, owner, preferences, now),
  },
  ownership: ownershipOn(ticketStore),
  now: () => new Date(),
};
