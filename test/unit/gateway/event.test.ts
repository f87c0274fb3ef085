import { describe, expect, it } from 'vitest';
import { buildHttpEvent, eventTime, isTextContentType, type ReceivedRequest } from '../../../infra/local/gateway/event';
import type { RouteMatch } from '../../../infra/local/gateway/routes';

const api = { accountId: '000000000000', apiId: 'local' };
const match: RouteMatch = {
  route: { method: 'POST', path: '/v1/tickets/{number}/messages', function: 'addMessage', auth: 'customer' },
  routeKey: 'POST /v1/tickets/{number}/messages',
  pathParameters: { number: 'TF-42' },
};

function request(overrides: Partial<ReceivedRequest> = {}): ReceivedRequest {
  return {
    method: 'POST',
    target: '/v1/tickets/TF-42/messages?lang=fr&tag=a&tag=b',
    rawHeaders: ['Host', '127.0.0.1:3000', 'Content-Type', 'application/json', 'User-Agent', 'curl/8', 'X-Multi', 'one', 'x-multi', 'two'],
    body: Buffer.from('{"text":"hello"}'),
    sourceIp: '127.0.0.1',
    localPort: 3000,
    httpVersion: '1.1',
    requestId: 'Mc7UVioPPHcEKPA=',
    receivedAt: new Date(Date.UTC(2020, 2, 12, 19, 3, 58, 390)),
    ...overrides,
  };
}

describe('the payload format 2.0 event', () => {
  it('carries the route key, raw path and query, and the decoded parameters', () => {
    const event = buildHttpEvent(request(), match, api);
    expect(event.version).toBe('2.0');
    expect(event.routeKey).toBe('POST /v1/tickets/{number}/messages');
    expect(event.rawPath).toBe('/v1/tickets/TF-42/messages');
    expect(event.rawQueryString).toBe('lang=fr&tag=a&tag=b');
    expect(event.queryStringParameters).toEqual({ lang: 'fr', tag: 'a,b' });
    expect(event.pathParameters).toEqual({ number: 'TF-42' });
  });

  it('lower-cases header names and joins repeated headers with commas', () => {
    const { headers } = buildHttpEvent(request(), match, api);
    expect(headers).toMatchObject({ host: '127.0.0.1:3000', 'content-type': 'application/json', 'user-agent': 'curl/8', 'x-multi': 'one,two' });
    expect(headers).toMatchObject({ 'x-forwarded-for': '127.0.0.1', 'x-forwarded-port': '3000', 'x-forwarded-proto': 'http' });
    expect(headers['x-amzn-trace-id']).toMatch(/^Root=1-[0-9a-f]{8}-[0-9a-f]{24}$/);
  });

  it('moves cookies out of the headers into their own list', () => {
    const event = buildHttpEvent(request({ rawHeaders: ['Cookie', 'a=1; b=2', 'Cookie', 'c=3'] }), match, api);
    expect(event.cookies).toEqual(['a=1', 'b=2', 'c=3']);
    expect(event.headers).not.toHaveProperty('cookie');
  });

  it('describes the request in requestContext as API Gateway does', () => {
    const { requestContext } = buildHttpEvent(request(), match, api);
    expect(requestContext).toEqual({
      accountId: '000000000000',
      apiId: 'local',
      domainName: '127.0.0.1',
      domainPrefix: '127',
      http: { method: 'POST', path: '/v1/tickets/TF-42/messages', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'curl/8' },
      requestId: 'Mc7UVioPPHcEKPA=',
      routeKey: 'POST /v1/tickets/{number}/messages',
      stage: '$default',
      time: '12/Mar/2020:19:03:58 +0000',
      timeEpoch: 1584039838390,
    });
  });

  it('passes the JWT authorizer context on when the route has one', () => {
    const jwt = { claims: { sub: 'u-1', 'cognito:groups': '[agents]' }, scopes: null };
    expect(buildHttpEvent(request(), match, api, jwt).requestContext.authorizer).toEqual({ jwt });
  });

  it('passes a text body as it came, and any other body base64-encoded', () => {
    const text = buildHttpEvent(request(), match, api);
    expect(text.body).toBe('{"text":"hello"}');
    expect(text.isBase64Encoded).toBe(false);
    const bytes = Buffer.from([0, 1, 2, 255]);
    const binary = buildHttpEvent(request({ rawHeaders: ['Content-Type', 'application/octet-stream'], body: bytes }), match, api);
    expect(binary.isBase64Encoded).toBe(true);
    expect(Buffer.from(binary.body ?? '', 'base64')).toEqual(bytes);
  });

  it('leaves out what the request did not have', () => {
    const event = buildHttpEvent(request({ target: '/v1/me', rawHeaders: [], body: Buffer.alloc(0) }), { ...match, pathParameters: {} }, api);
    expect(event.rawQueryString).toBe('');
    for (const absent of ['body', 'cookies', 'queryStringParameters', 'pathParameters', 'stageVariables']) expect(event).not.toHaveProperty(absent);
    expect(event.requestContext).not.toHaveProperty('authorizer');
    expect(event.isBase64Encoded).toBe(false);
  });
});

describe('text content types', () => {
  it('treats text/*, JSON, XML, JavaScript and form bodies as text', () => {
    for (const type of ['text/plain; charset=utf-8', 'application/json', 'application/problem+json', 'application/xml', 'application/x-www-form-urlencoded']) {
      expect(isTextContentType(type)).toBe(true);
    }
  });

  it('treats bodies without or with another content type as binary', () => {
    expect(isTextContentType(undefined)).toBe(false);
    expect(isTextContentType('image/png')).toBe(false);
    expect(isTextContentType('multipart/form-data; boundary=x')).toBe(false);
  });
});

describe('event time', () => {
  it('is written in UTC as the Common Log Format writes it', () => {
    expect(eventTime(new Date(Date.UTC(2024, 0, 5, 3, 4, 5)))).toBe('05/Jan/2024:03:04:05 +0000');
  });
});
