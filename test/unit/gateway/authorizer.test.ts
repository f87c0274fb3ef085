import { describe, expect, it } from 'vitest';
import { hasValidAudience, tokenFrom } from '../../../infra/local/gateway/authorizer';

describe('the identity source', () => {
  it('takes the token after Bearer, or the whole header', () => {
    expect(tokenFrom('Bearer abc.def.ghi')).toBe('abc.def.ghi');
    expect(tokenFrom('bearer abc.def.ghi')).toBe('abc.def.ghi');
    expect(tokenFrom('abc.def.ghi')).toBe('abc.def.ghi');
  });

  it('finds no token in a missing or blank header', () => {
    expect(tokenFrom(undefined)).toBeUndefined();
    expect(tokenFrom('  ')).toBeUndefined();
  });
});

describe('the audience check', () => {
  it('accepts a token whose aud names an accepted audience', () => {
    expect(hasValidAudience({ aud: 'ticketflow-local' }, ['ticketflow-local'])).toBe(true);
    expect(hasValidAudience({ aud: ['other', 'ticketflow-local'] }, ['ticketflow-local'])).toBe(true);
  });

  it('reads client_id only when aud is absent, as API Gateway does', () => {
    expect(hasValidAudience({ client_id: 'ticketflow-local' }, ['ticketflow-local'])).toBe(true);
    expect(hasValidAudience({ aud: 'other', client_id: 'ticketflow-local' }, ['ticketflow-local'])).toBe(false);
    expect(hasValidAudience({}, ['ticketflow-local'])).toBe(false);
  });
});
