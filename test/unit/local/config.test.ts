import { describe, expect, it } from 'vitest';
import { readLocalConfig } from '../../../infra/local/config';

describe('local cloud settings', () => {
  it('listens on 127.0.0.1 with the documented default ports', () => {
    const config = readLocalConfig({});
    expect(config.host).toBe('127.0.0.1');
    expect(config.ports).toEqual({ api: 3000, dynamodb: 8000, ses: 8005, stepFunctions: 8083, identity: 8090, queues: 8091, secrets: 8092, files: 8093, web: 5173 });
    expect(config.dataDir).toBeUndefined();
  });

  it('takes ports and a data folder from the environment', () => {
    const config = readLocalConfig({ TICKETFLOW_API_PORT: '4000', TICKETFLOW_DATA_DIR: '/tmp/tf' });
    expect(config.ports.api).toBe(4000);
    expect(config.dataDir).toBe('/tmp/tf');
  });

  it('names the variable when a port is not a port', () => {
    expect(() => readLocalConfig({ TICKETFLOW_SES_PORT: 'eight' })).toThrow('TICKETFLOW_SES_PORT must be a port number (1-65535), not "eight"');
    expect(() => readLocalConfig({ TICKETFLOW_SES_PORT: '0' })).toThrow('TICKETFLOW_SES_PORT');
  });

  it('runs 4 sandboxes per function unless TICKETFLOW_FUNCTION_CONCURRENCY says otherwise', () => {
    expect(readLocalConfig({}).functionConcurrency).toBe(4);
    expect(readLocalConfig({ TICKETFLOW_FUNCTION_CONCURRENCY: '12' }).functionConcurrency).toBe(12);
  });

  it('names TICKETFLOW_FUNCTION_CONCURRENCY when it is not a whole number of 1 or more', () => {
    for (const raw of ['0', '-2', '2.5', 'many']) {
      expect(() => readLocalConfig({ TICKETFLOW_FUNCTION_CONCURRENCY: raw })).toThrow(`TICKETFLOW_FUNCTION_CONCURRENCY must be a whole number of 1 or more, not "${raw}"`);
    }
  });

  it('speaks the seeds’ words unless the platform names itself and gives its own, and refuses an unknown status before anything starts', () => {
    expect(readLocalConfig({}).wording).toEqual({});
    expect(readLocalConfig({ TICKETFLOW_PLATFORM_NAME: 'PayDay', TICKETFLOW_STATUS_WORDING: '{"*":{"resolved":{"label":"Solved"}}}' }).wording).toEqual({
      platformName: 'PayDay',
      statuses: { '*': { resolved: { label: 'Solved' } } },
    });
    expect(() => readLocalConfig({ TICKETFLOW_STATUS_WORDING: '{"general":{"solved":{"label":"Solved"}}}' })).toThrow(
      'TICKETFLOW_STATUS_WORDING names what the catalogue does not have:\n- unknown status "solved" of the general type',
    );
  });

  it('takes the clock settings from TICKETFLOW_CLOCK as the CDK context gives them, and refuses a bad one by its name', () => {
    expect(readLocalConfig({}).clock).toBeUndefined();
    expect(readLocalConfig({ TICKETFLOW_CLOCK: '{"complaints":{"rule":"fca"}}' }).clock).toEqual({ complaints: { rule: 'fca' } });
    expect(() => readLocalConfig({ TICKETFLOW_CLOCK: '{"complaints":{"rule":"ombudsman"}}' })).toThrow(/TICKETFLOW_CLOCK\.complaints\.rule/);
    expect(() => readLocalConfig({ TICKETFLOW_CLOCK: '{' })).toThrow('TICKETFLOW_CLOCK is not JSON: {');
  });
});
