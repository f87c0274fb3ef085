import { preferencesDeps } from '../use-cases/preferences/deps';
import { myPreferences } from '../use-cases/preferences/my-preferences';
import { httpRoute } from '../shared/http';
import { routes } from './routes';
import { preferencesView } from './views/account';

/** GET /v1/me/preferences: which emails the caller wants (both kinds on by default). */
export const handler = httpRoute(routes.getMyPreferences, {}, async ({ caller }) => ({
  statusCode: 200,
  body: preferencesView(await myPreferences(preferencesDeps, caller)),
}));
