import type { Preferences } from '../../data/preferences';
import type { Identity } from '../../domain/types';

/** Where a customer's email preferences are kept. */
export interface PreferencesRepository {
  getPreferences(sub: string): Promise<Preferences>;
  putPreferences(sub: string, preferences: Preferences, now: string): Promise<void>;
}

/** What the preferences use cases need. */
export interface PreferencesDeps {
  readonly preferences: PreferencesRepository;
  readonly now: () => Date;
}

/** Which emails the signed-in customer wants (both kinds until they turn one off). */
export function myPreferences(deps: PreferencesDeps, identity: Identity): Promise<Preferences> {
  return deps.preferences.getPreferences(identity.sub);
}

/** Replaces which emails the signed-in customer wants, and gives them back as stored. */
export async function setMyPreferences(deps: PreferencesDeps, identity: Identity, preferences: Preferences): Promise<Preferences> {
  await deps.preferences.putPreferences(identity.sub, preferences, deps.now().toISOString());
  return preferences;
}
