import { describe, expect, it } from 'vitest';
import { certainlyNotSent } from '../../../functions/notifications/channels';

describe('whether a failed send certainly did not go out', () => {
  it('is so when the service answered with an error', () => {
    expect(certainlyNotSent(Object.assign(new Error('Throttling'), { $metadata: { httpStatusCode: 400 } }))).toBe(true);
  });

  it('is so when the service could not be reached', () => {
    expect(certainlyNotSent(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED', $metadata: { attempts: 3 } }))).toBe(true);
  });

  it('is not so after a timeout or a reset, when the request may have arrived', () => {
    expect(certainlyNotSent(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))).toBe(false);
    expect(certainlyNotSent(Object.assign(new Error('aborted'), { name: 'AbortError' }))).toBe(false);
  });
});
