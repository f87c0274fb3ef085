import { httpRoute } from '../shared/http';

/** GET /v1/me: the caller's identity as the API sees it, so a front end can check its token. */
export const handler = httpRoute({ role: 'customer' }, async ({ caller }) => ({
  statusCode: 200,
  body: { sub: caller.sub, email: caller.email, groups: caller.groups },
}));
