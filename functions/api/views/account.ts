import * as z from 'zod/mini';
import type { Caller } from '../../shared/http';

/** GET /v1/me: the caller as the API sees their token. */
export const meSchema = z.object({ sub: z.string(), email: z.string(), groups: z.array(z.string()) });
export type MeView = z.output<typeof meSchema>;

/** The caller's identity, so a front end can check its token. */
export function meView(caller: Caller): MeView {
  return { sub: caller.sub, email: caller.email, groups: [...caller.groups] };
}

/** Which emails a customer gets. */
export const preferencesSchema = z.object({ preferences: z.object({ emailOnStatusChange: z.boolean(), emailOnReply: z.boolean() }) });
export type PreferencesView = z.output<typeof preferencesSchema>;

/** The caller's email preferences as the API returns them. */
export function preferencesView(preferences: { readonly emailOnStatusChange: boolean; readonly emailOnReply: boolean }): PreferencesView {
  return { preferences: { emailOnStatusChange: preferences.emailOnStatusChange, emailOnReply: preferences.emailOnReply } };
}
