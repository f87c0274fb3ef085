import { describe, expect, it } from 'vitest';
import type { RouteSpec } from '../../../infra/system';
import { routeMatcher } from '../../../infra/local/gateway/routes';

const route = (method: RouteSpec['method'], path: string): RouteSpec => ({ method, path, function: `fn ${method} ${path}`, auth: 'none' });

describe('route selection', () => {
  const match = routeMatcher([
    route('GET', '/v1/tickets/{number}'),
    route('GET', '/v1/tickets/mine'),
    route('POST', '/v1/tickets/{number}/messages'),
    route('GET', '/files/{proxy+}'),
  ]);

  it('captures {param} segments, percent-decoded, under the route key', () => {
    expect(match('GET', '/v1/tickets/TF%2D42')).toEqual({
      route: route('GET', '/v1/tickets/{number}'),
      routeKey: 'GET /v1/tickets/{number}',
      pathParameters: { number: 'TF-42' },
    });
  });

  it('prefers a literal segment to a variable one', () => {
    expect(match('GET', '/v1/tickets/mine')?.routeKey).toBe('GET /v1/tickets/mine');
  });

  it('matches on the method as well as the path', () => {
    expect(match('POST', '/v1/tickets/TF-1')).toBeUndefined();
    expect(match('POST', '/v1/tickets/TF-1/messages')?.pathParameters).toEqual({ number: 'TF-1' });
  });

  it('lets a greedy {proxy+} take the rest of the path', () => {
    expect(match('GET', '/files/a/b/c.txt')?.pathParameters).toEqual({ proxy: 'a/b/c.txt' });
    expect(match('GET', '/files/')).toBeUndefined();
  });

  it('matches nothing for extra, missing or empty segments', () => {
    expect(match('GET', '/v1/tickets')).toBeUndefined();
    expect(match('GET', '/v1/tickets/')).toBeUndefined();
    expect(match('GET', '/v1/tickets/TF-1/extra')).toBeUndefined();
  });

  it('refuses a greedy variable that is not last', () => {
    expect(() => routeMatcher([route('GET', '/a/{rest+}/b')])).toThrow('must come last');
  });
});
