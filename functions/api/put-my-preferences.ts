import { putPreferences } from '../data/preferences';
import { ticketDeps } from '../use-cases/ticket-deps';
import { httpRoute } from '../shared/http';
import { routes } from './routes';
import { preferencesView } from './views/account';
import { preferencesBody } from './schemas';

/** PUT /v1/me/preferences: replaces which emails the caller wants. */
export const handler = httpRoute(routes.putMyPreferences, { body: preferencesBody }, async ({ caller, body }) => {
  await putPreferences(ticketDeps.store, caller.sub, body, ticketDeps.now().toISOString());
  return { statusCode: 200, body: preferencesView(body) };
});
