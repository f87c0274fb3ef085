import type { HistoryEventType } from '@aws-sdk/client-sfn';
import type { StateMachine } from 'aws-local-stepfunctions';
import type { ExecutionHistory } from './history';
import { jsonText } from './history';

/** One entry of the interpreter's event log. */
export type LibraryEvent = ReturnType<StateMachine['run']>['eventLogs'] extends AsyncGenerator<infer E> ? E : never;

type StateType = 'Task' | 'Parallel' | 'Map' | 'Pass' | 'Wait' | 'Choice' | 'Succeed' | 'Fail';

function enteredType(type: StateType): HistoryEventType {
  return `${type}StateEntered` as HistoryEventType;
}

function exitedType(type: StateType): HistoryEventType | undefined {
  return type === 'Fail' ? undefined : (`${type}StateExited` as HistoryEventType);
}

function optionalText(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A reference path made of plain field names (`$`, `$.a.b`), evaluated; undefined otherwise. */
function simplePath(path: string, value: unknown): unknown {
  if (path === '$') return value;
  if (!/^\$(\.[A-Za-z_][\w-]*)+$/.test(path)) return undefined;
  return path
    .slice(2)
    .split('.')
    .reduce<unknown>((current, key) => (current !== null && typeof current === 'object' ? (current as Record<string, unknown>)[key] : undefined), value);
}

/** Where a Map state finds its items, looked up by state name. */
export type MapItemsLookup = (stateName: string) => { inputPath?: string; itemsPath?: string } | undefined;

/**
 * Writes the interpreter's events into an execution's history under the names and detail shapes
 * AWS uses. Task events are not among them: the task handlers write those, as they alone know the
 * resource, the parameters and the token.
 */
export class LibraryEventTranslator {
  private readonly failedStates = new Set<string>();

  constructor(
    private readonly history: ExecutionHistory,
    private readonly roleArn: string,
    private readonly mapItems: MapItemsLookup,
  ) {}

  record(event: LibraryEvent): void {
    const history = this.history;
    switch (event.type) {
      case 'ExecutionStarted':
        history.append('ExecutionStarted', {
          executionStartedEventDetails: { input: jsonText(event.input), inputDetails: { truncated: false }, roleArn: this.roleArn },
        });
        return;
      case 'ExecutionSucceeded':
        history.end('ExecutionSucceeded', { executionSucceededEventDetails: { output: jsonText(event.output), outputDetails: { truncated: false } } });
        return;
      case 'ExecutionFailed':
        history.end('ExecutionFailed', { executionFailedEventDetails: { error: optionalText(event.Error), cause: optionalText(event.Cause) } });
        return;
      case 'StateEntered': {
        const { name, type, input } = event.state;
        this.failedStates.delete(name);
        history.append(enteredType(type), { stateEnteredEventDetails: { name, input: jsonText(input), inputDetails: { truncated: false } } });
        if (type === 'Parallel') history.append('ParallelStateStarted');
        if (type === 'Map') history.append('MapStateStarted', { mapStateStartedEventDetails: { length: this.mapLength(name, input) } });
        return;
      }
      case 'StateExited': {
        const { name, type, output } = event.state;
        if (!this.failedStates.has(name)) {
          if (type === 'Parallel') history.append('ParallelStateSucceeded');
          if (type === 'Map') history.append('MapStateSucceeded');
        }
        const exited = exitedType(type);
        if (exited) history.append(exited, { stateExitedEventDetails: { name, output: jsonText(output), outputDetails: { truncated: false } } });
        return;
      }
      case 'StateFailed': {
        const { name, type } = event.state;
        if (type === 'Parallel' || type === 'Map') {
          this.failedStates.add(name);
          history.append(type === 'Parallel' ? 'ParallelStateFailed' : 'MapStateFailed');
        }
        return;
      }
      case 'MapIterationStarted':
        history.append('MapIterationStarted', { mapIterationStartedEventDetails: { name: event.parentState.name, index: event.index } });
        return;
      case 'MapIterationSucceeded':
        history.append('MapIterationSucceeded', { mapIterationSucceededEventDetails: { name: event.parentState.name, index: event.index } });
        return;
      case 'MapIterationFailed':
        history.append('MapIterationFailed', { mapIterationFailedEventDetails: { name: event.parentState.name, index: event.index } });
        return;
      default:
        // Branch starts and ends, retries and catches have no event of their own in AWS's history;
        // aborts and timeouts are written by the execution, which knows the error and cause.
        return;
    }
  }

  private mapLength(stateName: string, input: unknown): number | undefined {
    const paths = this.mapItems(stateName);
    const effective = simplePath(paths?.inputPath ?? '$', input);
    const items = simplePath(paths?.itemsPath ?? '$', effective);
    return Array.isArray(items) ? items.length : undefined;
  }
}
