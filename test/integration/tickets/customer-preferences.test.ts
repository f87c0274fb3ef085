import { describe, expect, it } from 'vitest';
import { signIn } from '../../support/api';
import { expectStatus } from './customer-steps';

describe('GET and PUT /v1/me/preferences', () => {
  it('has both kinds of email on for a customer who never chose', async () => {
    const response = await (await signIn()).get('/v1/me/preferences');

    expectStatus(response, 200);
    expect(response.body).toEqual({ preferences: { emailOnStatusChange: true, emailOnReply: true } });
  });

  it('keeps what the customer chose, and only for them', async () => {
    const [alice, bob] = await Promise.all([signIn(), signIn()]);

    const put = await alice.request('PUT', '/v1/me/preferences', { body: { emailOnStatusChange: false, emailOnReply: true } });

    expectStatus(put, 200);
    expect(put.body).toEqual({ preferences: { emailOnStatusChange: false, emailOnReply: true } });
    expect((await alice.get('/v1/me/preferences')).body).toEqual({ preferences: { emailOnStatusChange: false, emailOnReply: true } });
    expect((await bob.get('/v1/me/preferences')).body).toEqual({ preferences: { emailOnStatusChange: true, emailOnReply: true } });

    await alice.request('PUT', '/v1/me/preferences', { body: { emailOnStatusChange: true, emailOnReply: false } });
    expect((await alice.get('/v1/me/preferences')).body).toEqual({ preferences: { emailOnStatusChange: true, emailOnReply: false } });
  });

  it.each([
    ['a missing field', { emailOnStatusChange: false }, 'emailOnReply'],
    ['an extra field', { emailOnStatusChange: false, emailOnReply: false, sms: true }, 'sms'],
    ['a value that is not a boolean', { emailOnStatusChange: 'no', emailOnReply: false }, 'emailOnStatusChange'],
    ['null for a value', { emailOnStatusChange: false, emailOnReply: null }, 'emailOnReply'],
  ])('answers 400 naming the field for %s, and keeps the preferences', async (_name, body, path) => {
    const alice = await signIn();

    const response = await alice.request('PUT', '/v1/me/preferences', { body });

    expectStatus(response, 400);
    expect(response.body.error).toMatchObject({ code: 'invalid_request', fields: expect.arrayContaining([{ path, message: expect.any(String) }]) });
    expect((await alice.get('/v1/me/preferences')).body).toEqual({ preferences: { emailOnStatusChange: true, emailOnReply: true } });
  });

  it('answers 400 to an empty body, naming both fields', async () => {
    const alice = await signIn();

    const response = await alice.request('PUT', '/v1/me/preferences');

    expectStatus(response, 400);
    expect(response.body.error.fields.map((field: { path: string }) => field.path).sort()).toEqual(['emailOnReply', 'emailOnStatusChange']);
  });
});
