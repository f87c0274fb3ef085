import { beforeAll, describe, expect, it, vi } from 'vitest';
import { routes } from '../../../functions/api/routes';
import type { Route, RouteFunction } from '../../../functions/api/routes';
import { system } from '../../../infra/system';

// What the route functions read at cold start; values only need to be present, nothing is called.
const coldStartEnvironment = {
  AWS_REGION: 'us-east-1',
  TABLE_NAME: 'ticketflow-tickets',
  FILES_BUCKET: 'ticketflow-files',
  REFUND_STATE_MACHINE_ARN: 'arn:aws:states:us-east-1:000000000000:stateMachine:refund',
  KYC_STATE_MACHINE_ARN: 'arn:aws:states:us-east-1:000000000000:stateMachine:kyc',
  WITHDRAWAL_STATE_MACHINE_ARN: 'arn:aws:states:us-east-1:000000000000:stateMachine:withdrawal',
};

/** The handler each deployed route's function exports, and the route it checks its callers against. */
const served = new Map<string, { readonly route?: Route }>();

beforeAll(async () => {
  for (const [name, value] of Object.entries(coldStartEnvironment)) vi.stubEnv(name, value);
  for (const route of system.routes) {
    const spec = system.functions[route.function];
    if (!spec) throw new Error(`${route.method} ${route.path} names no function`);
    const module = (await import(/* @vite-ignore */ new URL(`../../../${spec.entry}`, import.meta.url).href)) as { handler: { route?: Route } };
    served.set(route.function, module.handler);
  }
  vi.unstubAllEnvs();
});

const signedIn = system.routes.filter((route) => route.auth !== 'none');
const open = system.routes.filter((route) => route.auth === 'none');

describe('who may call a route, declared once', () => {
  it('deploys exactly the routes of the route table', () => {
    expect(system.routes.map(({ function: name, ...route }) => [name, route])).toEqual(Object.entries(routes));
  });

  it.each(signedIn.map((route) => [`${route.method} ${route.path}`, route.auth, route.function] as const))(
    '%s (%s): its function checks callers against that same table entry',
    (_route, _auth, name) => {
      expect(served.get(name)?.route).toBe(routes[name as RouteFunction]);
    },
  );

  it.each(open.map((route) => [`${route.method} ${route.path}`, route.function] as const))(
    '%s (no token): its function does not ask for one',
    (_route, name) => {
      expect(served.get(name)).toBeDefined();
      expect(served.get(name)?.route).toBeUndefined();
    },
  );
});
