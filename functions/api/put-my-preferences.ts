import { preferencesDeps } from '../use-cases/preferences/deps';
import { setMyPreferences } from '../use-cases/preferences/my-preferences';
import { httpRoute } from '../shared/http';
import { routes } from './routes';
import { preferencesView } from './views/account';
import { preferencesBody } from './schemas';

/** PUT /v1/me/preferences: replaces which emails the caller wants. */
export const handler = httpRoute(routes.putMyPreferences, { body: preferencesBody }, async ({ caller, body }) => ({
  statusCode: 200,
  body: preferencesView(await setMyPreferences(preferencesDeps, caller, body)),
}));
