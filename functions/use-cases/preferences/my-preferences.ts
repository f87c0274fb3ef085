import type { Preferences } from '../../data/preferences';
import { ownerOf } from '../../domain/owner';
import type { Identity } from '../../domain/types';
import { claimWhatMySubjectOpened, type ClaimDeps } from '../tickets/claim-own-tickets';

/** Where email preferences are kept: one set per owner of tickets (domain/owner.ts). */
export interface PreferencesRepository {
  getPreferences(owner: string): Promise<Preferences>;
  putPreferences(owner: string, preferences: Preferences, now: string): Promise<void>;
}

/** What the preferences use cases need. */
export interface PreferencesDeps extends ClaimDeps {
  readonly preferences: PreferencesRepository;
}

/**
 * Which emails the signed-in customer wants (both kinds until they turn one off): the preferences
 * of their owner key, which the emails about their tickets follow. A verified customer's
 * preferences set before the email was verified are theirs (claimWhatMySubjectOpened).
 */
export async function myPreferences(deps: PreferencesDeps, identity: Identity): Promise<Preferences> {
  await claimWhatMySubjectOpened(deps, identity);
  return deps.preferences.getPreferences(ownerOf(identity));
}

/**
 * Replaces which emails the signed-in customer wants, for every ticket of their owner key, and
 * gives them back as stored. What their token opened before the email was verified joins first,
 * so that these preferences govern it too.
 */
export async function setMyPreferences(deps: PreferencesDeps, identity: Identity, preferences: Preferences): Promise<Preferences> {
  await claimWhatMySubjectOpened(deps, identity);
  await deps.preferences.putPreferences(ownerOf(identity), preferences, deps.now().toISOString());
  return preferences;
}
