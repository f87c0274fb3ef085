import { getPreferences } from '../data/preferences';
import { ticketDeps } from '../use-cases/ticket-deps';
import { httpRoute } from '../shared/http';

/** GET /v1/me/preferences: which emails the caller wants (both kinds on by default). */
export const handler = httpRoute({ role: 'customer' }, async ({ caller }) => ({
  statusCode: 200,
  body: { preferences: await getPreferences(ticketDeps.store, caller.sub) },
}));
