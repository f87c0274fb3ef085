import { describe, expect, it } from 'vitest';
import { prepareDefinition } from '../../../infra/local/stepfunctions/definition';

const lambda = 'arn:aws:states:::lambda:invoke';

describe('prepareDefinition', () => {
  it('finds every Task by name, inside Parallel branches and Map processors too', () => {
    const definition = {
      StartAt: 'Fan',
      States: {
        Fan: {
          Type: 'Parallel',
          Branches: [{ StartAt: 'Left', States: { Left: { Type: 'Task', Resource: lambda, Parameters: { FunctionName: 'f' }, End: true } } }],
          Next: 'Each',
        },
        Each: {
          Type: 'Map',
          ItemsPath: '$.items',
          ItemProcessor: { StartAt: 'Item', States: { Item: { Type: 'Task', Resource: lambda, Parameters: { FunctionName: 'g' }, End: true } } },
          End: true,
        },
      },
    };

    const prepared = prepareDefinition('fan', JSON.stringify(definition));

    expect([...prepared.tasks.keys()].sort()).toEqual(['Item', 'Left']);
    expect(prepared.mapStates.get('Each')).toEqual({ itemsPath: '$.items' });
  });

  it('resolves TimeoutSecondsPath against the state input by wrapping the parameters', () => {
    const definition = {
      StartAt: 'Wait',
      States: {
        Wait: { Type: 'Task', Resource: `${lambda}.waitForTaskToken`, Parameters: { 'x.$': '$.x' }, TimeoutSecondsPath: '$.limit', End: true },
      },
    };

    const wait = prepareDefinition('wait', JSON.stringify(definition)).interpreterDefinition.States['Wait'] as unknown as Record<string, unknown>;

    expect(wait['Parameters']).toEqual({ LocalParameters: { 'x.$': '$.x' }, 'LocalTimeoutSeconds.$': '$.limit' });
    expect(wait['TimeoutSecondsPath']).toBeUndefined();
  });

  it('names the state machine whose definition is not valid ASL', () => {
    expect(() => prepareDefinition('broken', '{"StartAt":"Nowhere","States":{}}')).toThrow(/State machine broken/);
    expect(() => prepareDefinition('garbled', '{"StartAt":')).toThrow(/State machine garbled: the definition is not JSON/);
  });
});
