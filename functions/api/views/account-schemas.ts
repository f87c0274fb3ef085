import * as z from 'zod/mini';

/*
 * The zod schemas of what ./account.ts's views return, imported there as types only: the OpenAPI
 * document is built from them, and no function builds them at cold start.
 */

/** GET /v1/me: the caller as the API sees their token. */
export const meSchema = z.object({ sub: z.string(), email: z.string(), groups: z.array(z.string()) });
export type MeView = z.output<typeof meSchema>;

/** Which emails a customer gets. */
export const preferencesSchema = z.object({ preferences: z.object({ emailOnStatusChange: z.boolean(), emailOnReply: z.boolean() }) });
export type PreferencesView = z.output<typeof preferencesSchema>;
