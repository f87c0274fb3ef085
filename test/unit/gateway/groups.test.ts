import { describe, expect, it } from 'vitest';
import { callerOf, parseGroups } from '../../../functions/shared/http';
import type { HttpEvent } from '../../../functions/shared/http';
import { claimString } from '../../../infra/local/gateway/claims';

const eventWith = (groups: unknown): HttpEvent =>
  ({ requestContext: { authorizer: { jwt: { claims: { sub: 'u-1', email: 'bob@support.example', 'cognito:groups': groups }, scopes: null } } } }) as unknown as HttpEvent;

describe('the caller groups', () => {
  it('reads the list API Gateway delivers for Cognito groups, as the local gateway renders it', () => {
    expect(parseGroups(claimString(['agents']))).toEqual(['agents']);
    expect(parseGroups(claimString(['admins', 'agents']))).toEqual(['admins', 'agents']);
    expect(parseGroups('[]')).toEqual([]);
    expect(callerOf(eventWith('[agents]')).isAgent).toBe(true);
    expect(callerOf(eventWith('[admins agents]')).isAgent).toBe(true);
  });

  it('reads a list handed over as a list (a direct invocation)', () => {
    expect(parseGroups(['agents'])).toEqual(['agents']);
    expect(callerOf(eventWith(['agents'])).isAgent).toBe(true);
  });

  it.each([
    ['a bare string', 'agents'],
    ['a group named with a trailing space', '[agents ]'],
    ['a group named with a leading space', '[ agents]'],
    ['two spaces between groups', '[admins  agents]'],
    ['a comma-separated list', '[agents,admins]'],
    ['a JSON list', '["agents"]'],
    ['a differently cased name', '[Agents]'],
    ['a longer name', '[agents-readonly]'],
    ['no closing bracket', '[agents'],
    ['a tab between groups', '[admins\tagents]'],
    ['a list with a non-string', ['agents', 1]],
    ['a list with a padded name', ['agents ']],
    ['a number', 7],
  ])('makes no agent of %s', (_case, claim) => {
    expect(callerOf(eventWith(claim)).isAgent).toBe(false);
  });

  it('makes no agent of a token without groups', () => {
    expect(callerOf(eventWith(undefined))).toMatchObject({ groups: [], isAgent: false });
  });
});
