import { describe, expect, it } from 'vitest';
import { serverErrorLines } from '../../support/cloud-server-errors';

const error = '{"level":"ERROR","message":"change not handled","error":"Boom"}';
const info = '{"level":"INFO","message":"timer fired"}';

describe('serverErrorLines', () => {
  it('is empty when the API never answered 500, whatever the functions logged', () => {
    expect(serverErrorLines([info, error, '[local] ready'].join('\n'))).toEqual([]);
  });

  it('is empty when only the fixtures’ /test/ routes answered 500 (they do on purpose)', () => {
    expect(serverErrorLines(['[api] POST /test/respond (gatewayEcho) answered 500: Error: boom', error].join('\n'))).toEqual([]);
  });

  it('gives the 500 answers and the functions’ errors, in order, up to the limit', () => {
    const answered = '[api] PATCH /v1/agent/tickets/{number} (agentTickets) answered 500: Sandbox.Timedout: Task timed out after 28.00 seconds';
    const output = [info, error, '[api] GET / 404', answered, info, error].join('\n');
    expect(serverErrorLines(output)).toEqual([error, answered, error]);
    expect(serverErrorLines(output, 2)).toEqual([error, answered]);
  });
});
