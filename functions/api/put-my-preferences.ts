import { putPreferences } from '../data/preferences';
import { ticketDeps } from '../use-cases/ticket-deps';
import { httpRoute } from '../shared/http';
import { preferencesBody } from './schemas';

/** PUT /v1/me/preferences: replaces which emails the caller wants. */
export const handler = httpRoute({ role: 'customer', body: preferencesBody }, async ({ caller, body }) => {
  await putPreferences(ticketDeps.store, caller.sub, body, ticketDeps.now().toISOString());
  return { statusCode: 200, body: { preferences: body } };
});
