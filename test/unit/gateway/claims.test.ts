import { describe, expect, it } from 'vitest';
import { claimString, jwtAuthorizerContext } from '../../../infra/local/gateway/claims';

describe('claims as API Gateway passes them to a function', () => {
  it('turns every claim into a string, lists printed as [a b]', () => {
    const context = jwtAuthorizerContext({
      sub: 'u-1',
      email_verified: true,
      exp: 1700000000,
      'cognito:groups': ['agents', 'admins'],
      address: { country: 'FR' },
    });
    expect(context.claims).toEqual({
      sub: 'u-1',
      email_verified: 'true',
      exp: '1700000000',
      'cognito:groups': '[agents admins]',
      address: '{"country":"FR"}',
    });
  });

  it('prints a one-group list as [agents] and an empty list as []', () => {
    expect(claimString(['agents'])).toBe('[agents]');
    expect(claimString([])).toBe('[]');
  });

  it('gives scopes null for a token without a scope claim, as for an ID token', () => {
    expect(jwtAuthorizerContext({ sub: 'u-1' }).scopes).toBeNull();
  });

  it('splits an access token scope claim into scopes', () => {
    expect(jwtAuthorizerContext({ scope: 'tickets/read tickets/write' }).scopes).toEqual(['tickets/read', 'tickets/write']);
  });
});
