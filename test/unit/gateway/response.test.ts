import { describe, expect, it } from 'vitest';
import { responseFor } from '../../../infra/local/gateway/response';

const returned = (payload: unknown) => responseFor({ ok: true, payload });
const text = (body: Buffer) => body.toString('utf8');

describe('mapping a function result to the HTTP response', () => {
  it('sends a structured result with its status, headers, cookies and body', () => {
    const [response] = returned({ statusCode: 201, headers: { 'Content-Type': 'text/plain', 'X-Id': 7 }, cookies: ['a=1', 'b=2'], body: 'created' });
    expect(response.statusCode).toBe(201);
    expect(response.headers).toEqual([
      ['content-type', 'text/plain'],
      ['x-id', '7'],
      ['set-cookie', 'a=1'],
      ['set-cookie', 'b=2'],
    ]);
    expect(text(response.body)).toBe('created');
  });

  it('merges multiValueHeaders with headers without repeating a value', () => {
    const [response] = returned({ statusCode: 200, headers: { vary: 'origin' }, multiValueHeaders: { Vary: ['origin', 'accept'] } });
    expect(response.headers.filter(([name]) => name === 'vary')).toEqual([
      ['vary', 'origin'],
      ['vary', 'accept'],
    ]);
  });

  it('decodes a base64 body', () => {
    const [response] = returned({ statusCode: 200, headers: { 'content-type': 'image/png' }, body: Buffer.from([137, 80]).toString('base64'), isBase64Encoded: true });
    expect([...response.body]).toEqual([137, 80]);
  });

  it('defaults the content type of a structured result to JSON, and its body to empty', () => {
    const [response] = returned({ statusCode: 204 });
    expect(response.headers).toEqual([['content-type', 'application/json']]);
    expect(response.body.length).toBe(0);
  });

  it('answers 200 with the result as JSON when it has no statusCode', () => {
    const [response] = returned({ hello: 'world' });
    expect(response.statusCode).toBe(200);
    expect(response.headers).toEqual([['content-type', 'application/json']]);
    expect(text(response.body)).toBe('{"hello":"world"}');
    expect(text(returned('plain words')[0].body)).toBe('plain words');
    expect(text(returned(null)[0].body)).toBe('null');
  });

  it('answers 500 Internal Server Error when the function failed, and says why', () => {
    const [response, problem] = responseFor({ ok: false, error: { errorType: 'TypeError', errorMessage: 'boom', trace: [] } });
    expect(response.statusCode).toBe(500);
    expect(JSON.parse(text(response.body))).toEqual({ message: 'Internal Server Error' });
    expect(problem).toBe('TypeError: boom');
  });

  it('answers 500 for a malformed structured result', () => {
    for (const payload of [{ statusCode: 'ok' }, { statusCode: 200, body: { not: 'a string' } }, { statusCode: 200, headers: { a: ['x'] } }, { statusCode: 99 }]) {
      const [response, problem] = returned(payload);
      expect(response.statusCode).toBe(500);
      expect(problem).toMatch(/^malformed Lambda proxy response/);
    }
  });
});
