import type { Caller } from '../../shared/http';
import type { MeView, PreferencesView } from './account-schemas';

/** The caller's identity, so a front end can check its token. */
export function meView(caller: Caller): MeView {
  return { sub: caller.sub, email: caller.email, groups: [...caller.groups] };
}

/** The caller's email preferences as the API returns them. */
export function preferencesView(preferences: { readonly emailOnStatusChange: boolean; readonly emailOnReply: boolean }): PreferencesView {
  return { preferences: { emailOnStatusChange: preferences.emailOnStatusChange, emailOnReply: preferences.emailOnReply } };
}
