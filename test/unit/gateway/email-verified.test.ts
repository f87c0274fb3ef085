import { describe, expect, it } from 'vitest';
import { callerOf } from '../../../functions/shared/http';
import type { HttpEvent } from '../../../functions/shared/http';
import { claimString } from '../../../infra/local/gateway/claims';

const eventWith = (emailVerified: unknown): HttpEvent =>
  ({ requestContext: { authorizer: { jwt: { claims: { sub: 'u-1', email: 'alice@pay.example', email_verified: emailVerified }, scopes: null } } } }) as unknown as HttpEvent;

describe('whether the caller’s email is verified', () => {
  it('reads Cognito’s true as API Gateway hands it on, as a string, and as a boolean from a direct invocation', () => {
    expect(callerOf(eventWith(claimString(true))).emailVerified).toBe(true);
    expect(callerOf(eventWith('true')).emailVerified).toBe(true);
    expect(callerOf(eventWith(true)).emailVerified).toBe(true);
  });

  it.each([['false'], [false], [undefined], ['True'], ['1'], [claimString(false)]])('is not verified for %j', (claim) => {
    expect(callerOf(eventWith(claim)).emailVerified).toBe(false);
  });
});
