import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { system } from '../../../infra/system';
import { callApi, signIn, ticketForm } from '../../support/api';
import type { ApiUser } from '../../support/api';

type Schema = Record<string, any>;
let document: Schema;
let customer: ApiUser;
let agent: ApiUser;

const bodySchemaOf = (path: string, method: string): Schema => document.paths[path][method].requestBody.content['application/json'].schema;
const fieldsOf = (response: { body: any }) => response.body.error.fields.map((field: { path: string }) => field.path);

beforeAll(async () => {
  const served = await callApi('GET', '/v1/openapi.json');
  expect(served.status).toBe(200);
  expect(served.headers.get('content-type')).toMatch(/^application\/json/);
  document = served.body;
  [customer, agent] = await Promise.all([signIn(), signIn({ agent: true })]);
});

describe('GET /v1/openapi.json', () => {
  it('serves the committed document (built by `npm run openapi`) without a token', () => {
    expect(document).toEqual(JSON.parse(readFileSync(new URL('../../../functions/api/openapi/openapi.json', import.meta.url), 'utf8')));
  });

  it('serves an OpenAPI 3.1 document without a token', () => {
    expect(document.openapi).toMatch(/^3\.1\.\d+$/);
    expect(document.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    expect(document.components.securitySchemes).toHaveProperty('cognito');
  });

  it.each(system.routes.map((route) => [route.method, route.path, route.auth] as const))('describes %s %s', (method, path, auth) => {
    const operation = document.paths[path]?.[method.toLowerCase()];
    expect(operation).toBeDefined();
    expect(Object.keys(operation.responses).some((code) => /^2\d\d$/.test(code))).toBe(true);
    if (auth === 'none') expect(operation.security).toEqual([]);
    else expect(operation.security ?? document.security).toEqual([{ cognito: [] }]);
    if (auth === 'agent') expect(operation.responses).toHaveProperty('403');
  });

  it('documents no operation the system does not route', () => {
    const documented = Object.entries(document.paths).flatMap(([path, methods]) => Object.keys(methods as object).map((method) => `${method.toUpperCase()} ${path}`));
    expect(documented.sort()).toEqual(system.routes.map((route) => `${route.method} ${route.path}`).sort());
  });

  it('gives createTicket a body schema that refuses unknown fields and a subject over 200 characters, as the API does', async () => {
    const variants: Schema[] = bodySchemaOf('/v1/tickets', 'post').oneOf;
    expect(variants.map((variant) => variant.properties.type.const).sort()).toEqual(
      ['refund', 'kyc', 'withdrawal', 'account_restoration', 'account_deletion', 'bug_report', 'security', 'payments', 'api', 'account', 'general'].sort(),
    );
    for (const variant of variants) {
      expect(variant.additionalProperties).toBe(false);
      expect(variant.properties.subject).toMatchObject({ type: 'string', maxLength: 200 });
      expect(variant.properties.description).toMatchObject({ type: 'string', maxLength: 10_000 });
      expect(variant.required).toEqual(expect.arrayContaining(['type', 'name', 'subject', 'description']));
    }

    const unknownField = await customer.post('/v1/tickets', ticketForm('general', { colour: 'blue' }));
    expect(unknownField.status).toBe(400);
    expect(fieldsOf(unknownField)).toEqual(['colour']);
    const longSubject = await customer.post('/v1/tickets', ticketForm('general', { subject: 'x'.repeat(201) }));
    expect(longSubject.status).toBe(400);
    expect(fieldsOf(longSubject)).toEqual(['subject']);
  });

  it('gives the agent routes body schemas with the enums and limits the API enforces', async () => {
    const reply = bodySchemaOf('/v1/agent/tickets/{number}/messages', 'post');
    expect(reply).toMatchObject({ additionalProperties: false, required: ['body'], properties: { body: { maxLength: 10_000 }, internal: { type: 'boolean' }, awaitReply: { type: 'boolean' } } });
    const status = bodySchemaOf('/v1/agent/tickets/{number}/status', 'post');
    expect(status).toMatchObject({ additionalProperties: false, required: ['status'], properties: { note: { maxLength: 2000 } } });
    const patch = bodySchemaOf('/v1/agent/tickets/{number}', 'patch');
    expect(patch.additionalProperties).toBe(false);
    expect(JSON.stringify(patch.properties.priority)).toContain(JSON.stringify(['low', 'normal', 'high', 'critical']));
    expect(JSON.stringify(patch.properties.reportStatus)).toContain(JSON.stringify(['awaiting_opening', 'report_in_progress', 'report_completed', 'no_report_required']));

    const created = await customer.post('/v1/tickets', ticketForm('general'));
    const number = created.body.ticket.number;
    const badPriority = await agent.request('PATCH', `/v1/agent/tickets/${number}`, { body: { priority: 'urgent' } });
    expect(badPriority.status).toBe(400);
    expect(fieldsOf(badPriority)).toEqual(['priority']);
    const longNote = await agent.post(`/v1/agent/tickets/${number}/status`, { status: 'in_progress', note: 'x'.repeat(2001) });
    expect(longNote.status).toBe(400);
    expect(fieldsOf(longNote)).toEqual(['note']);
  });

  it('gives the PATCH body schema the rule that a patch changes something, as the API refuses an empty one', async () => {
    const created = await customer.post('/v1/tickets', ticketForm('general'));
    const empty = await agent.request('PATCH', `/v1/agent/tickets/${created.body.ticket.number}`, { body: {} });
    expect(empty.status).toBe(400);
    expect(bodySchemaOf('/v1/agent/tickets/{number}', 'patch').minProperties).toBe(1);
  });

  it('documents the 422 the status route answers for a status the ticket’s type does not have', async () => {
    const created = await customer.post('/v1/tickets', ticketForm('bug_report'));
    const unknown = await agent.post(`/v1/agent/tickets/${created.body.ticket.number}/status`, { status: 'with_paddle' });
    expect(unknown.status).toBe(422);
    expect(Object.keys(document.paths['/v1/agent/tickets/{number}/status'].post.responses)).toContain('422');
  });

  it('documents the queue’s filters with the values the API accepts', () => {
    const parameters: Schema[] = document.paths['/v1/agent/tickets'].get.parameters;
    const byName = Object.fromEntries(parameters.map((parameter) => [parameter.name, parameter]));
    expect(Object.keys(byName).sort()).toEqual(['assignee', 'cursor', 'limit', 'order', 'phase', 'priority', 'status', 'type']);
    expect(byName['phase']).toMatchObject({ in: 'query', schema: { enum: ['open', 'awaiting_reply', 'solved'], default: 'open' } });
    expect(byName['limit']).toMatchObject({ in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100 } });
  });
});

describe('GET /v1/docs', () => {
  it('serves, without a token, the reference rendered by Redoc with the served document inside, loading no script from elsewhere', async () => {
    const page = await callApi<string>('GET', '/v1/docs');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.body).toMatch(/^<!doctype html>/i);
    expect(page.body).toContain('<title>Ticketflow API</title>');
    expect(page.body).not.toMatch(/<script[^>]*\ssrc=/i);
    const embedded = /const __redoc_definition = (.*);\n/.exec(page.body)?.[1];
    expect(JSON.parse(embedded ?? 'null')).toEqual(document);
  });
});
