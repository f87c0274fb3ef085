import { httpRoute } from '../shared/http';
import { routes } from './routes';
import { meView } from './views/account';

/** GET /v1/me: the caller's identity as the API sees it, so a front end can check its token. */
export const handler = httpRoute(routes.getMe, {}, async ({ caller }) => ({ statusCode: 200, body: meView(caller) }));
