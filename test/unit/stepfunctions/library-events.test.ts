import { describe, expect, it } from 'vitest';
import { ExecutionHistory } from '../../../infra/local/stepfunctions/history';
import type { LibraryEvent } from '../../../infra/local/stepfunctions/library-events';
import { LibraryEventTranslator } from '../../../infra/local/stepfunctions/library-events';

function translate(events: LibraryEvent[], mapItems = () => undefined as { itemsPath?: string } | undefined): ExecutionHistory {
  const history = new ExecutionHistory();
  const translator = new LibraryEventTranslator(history, 'arn:aws:iam::000000000000:role/r', mapItems);
  for (const event of events) translator.record(event);
  return history;
}

const at = 1_700_000_000_000;

describe('history of the interpreter events', () => {
  it('names state events after the state type, with JSON input and output', () => {
    const history = translate([
      { type: 'ExecutionStarted', timestamp: at, input: { a: 1 } },
      { type: 'StateEntered', timestamp: at, state: { name: 'Decide', type: 'Choice', input: { a: 1 } } },
      { type: 'StateExited', timestamp: at, state: { name: 'Decide', type: 'Choice', input: { a: 1 }, output: { a: 1 } } },
      { type: 'ExecutionSucceeded', timestamp: at, output: { a: 1 } },
    ]);

    expect(history.list()).toMatchObject([
      { id: 1, previousEventId: 0, type: 'ExecutionStarted', executionStartedEventDetails: { input: '{"a":1}', roleArn: 'arn:aws:iam::000000000000:role/r' } },
      { id: 2, previousEventId: 1, type: 'ChoiceStateEntered', stateEnteredEventDetails: { name: 'Decide', input: '{"a":1}' } },
      { id: 3, previousEventId: 2, type: 'ChoiceStateExited', stateExitedEventDetails: { name: 'Decide', output: '{"a":1}' } },
      { id: 4, previousEventId: 3, type: 'ExecutionSucceeded', executionSucceededEventDetails: { output: '{"a":1}' } },
    ]);
  });

  it('reports a Map state with the number of its items and each iteration', () => {
    const parentState = { name: 'Each', type: 'Map' as const, input: { items: [1, 2] } };
    const history = translate(
      [
        { type: 'StateEntered', timestamp: at, state: parentState },
        { type: 'MapIterationStarted', timestamp: at, index: 0, parentState },
        { type: 'MapIterationSucceeded', timestamp: at, index: 0, parentState },
        { type: 'StateExited', timestamp: at, state: { ...parentState, output: [] } },
      ],
      () => ({ itemsPath: '$.items' }),
    );

    expect(history.list().map((event) => event.type)).toEqual(['MapStateEntered', 'MapStateStarted', 'MapIterationStarted', 'MapIterationSucceeded', 'MapStateSucceeded', 'MapStateExited']);
    expect(history.list()[1]).toMatchObject({ mapStateStartedEventDetails: { length: 2 } });
    expect(history.list()[2]).toMatchObject({ mapIterationStartedEventDetails: { name: 'Each', index: 0 } });
  });

  it('ends the history with ExecutionFailed and its error and cause, dropping what comes after', () => {
    const history = translate([
      { type: 'StateEntered', timestamp: at, state: { name: 'Stop', type: 'Fail', input: {} } },
      { type: 'ExecutionFailed', timestamp: at, Error: 'Refused', Cause: 'Not allowed' },
      { type: 'StateEntered', timestamp: at, state: { name: 'Late', type: 'Pass', input: {} } },
    ]);

    expect(history.list().map((event) => event.type)).toEqual(['FailStateEntered', 'ExecutionFailed']);
    expect(history.list()[1]).toMatchObject({ executionFailedEventDetails: { error: 'Refused', cause: 'Not allowed' } });
    expect(history.isClosed).toBe(true);
  });
});
