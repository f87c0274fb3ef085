import { describe, expect, it } from 'vitest';
import { checkSystem, system, type SystemSpec } from '../../infra/system';

describe('the system description', () => {
  it('is consistent: every route, consumer and substitution names a declared function', () => {
    expect(() => checkSystem(system)).not.toThrow();
  });

  it('gives every route a distinct method and path', () => {
    const keys = system.routes.map((route) => `${route.method} ${route.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('names every broken reference at once', () => {
    const broken: SystemSpec = {
      ...system,
      routes: [{ method: 'GET', path: '/v1/nowhere', function: 'missing', auth: 'customer' }],
      streamConsumers: [{ function: 'ghost', batchSize: 10, maxBatchingWindowSeconds: 0, bisectBatchOnError: true, retryAttempts: 1, reportBatchItemFailures: true }],
      stateMachines: { flow: { aslFile: 'x.asl.json', type: 'STANDARD', substitutions: { Fn: { ref: 'functionArn', function: 'absent' } } } },
    };
    expect(() => checkSystem(broken)).toThrow(/GET \/v1\/nowhere names unknown function missing[\s\S]*ghost[\s\S]*Fn names unknown function absent/);
  });

  it('refuses a scan-result function that is not declared, or may not delete the attachments a scan condemns', () => {
    expect(() => checkSystem({ ...system, files: { ...system.files, scanResultFunction: 'nobody' } })).toThrow('files.scanResultFunction names unknown function nobody');
    const scanResult = system.functions[system.files.scanResultFunction]!;
    const powerless: SystemSpec = { ...system, functions: { ...system.functions, [system.files.scanResultFunction]: { ...scanResult, files: [] } } };
    expect(() => checkSystem(powerless)).toThrow(`files.scanResultFunction ${system.files.scanResultFunction} must be allowed deleteAttachments`);
  });

  it('refuses a stream consumer with more filters than an event source mapping takes', () => {
    const [notifier] = system.streamConsumers;
    const crowded: SystemSpec = { ...system, streamConsumers: [{ ...notifier!, filters: Array.from({ length: 6 }, (_, index) => ({ eventName: [`E${index}`] })) }] };
    expect(() => checkSystem(crowded)).toThrow('stream consumer notifier has 6 filters; an event source mapping takes at most 5');
  });
});
