import type { StateMachineDefinition } from 'aws-local-stepfunctions';
import { ExecutionError, StateMachine } from 'aws-local-stepfunctions';

/**
 * An error a task handler throws into the interpreter. It matches Retry and Catch by `name`
 * (the ASL error name) and carries `message` as the Cause; `isRetryable` and `isCatchable` are
 * read by the interpreter, letting errors such as States.Runtime pass every Retry and Catch.
 */
export class StateError extends Error {
  constructor(
    name: string,
    cause: string,
    readonly isRetryable = true,
    readonly isCatchable = true,
  ) {
    super(cause);
    this.name = name;
  }
}

/** A task failed with an error and cause, as a function's error or SendTaskFailure reports them. */
export function taskFailure(error: string, cause: string): StateError {
  return new StateError(error, cause);
}

/** The execution ended while the task waited: no Retry or Catch may act on it. */
export function taskCancelled(): StateError {
  return new StateError('States.Runtime', 'The execution ended while the task was running', false, false);
}

/** A task this endpoint cannot run fails the execution, as AWS fails on a runtime error. */
export function runtimeError(message: string): StateError {
  return new StateError('States.Runtime', message, false, false);
}

/** Makes the error a task's timeout raises. */
export type TimeoutErrorFactory = () => Error;

/**
 * The interpreter tells States.Timeout from other task errors by its own error class (so that
 * States.TaskFailed does not catch a timeout, as in AWS), and does not export that class. This
 * runs one task with a 1 ms timeout to obtain it, so heartbeat and callback timeouts raised by
 * the task handlers are the interpreter's own timeout errors. Falls back to a plain error named
 * States.Timeout, which differs only in being matched by States.TaskFailed.
 */
export async function interpreterTimeoutError(): Promise<TimeoutErrorFactory> {
  const probe: StateMachineDefinition = {
    StartAt: 'Probe',
    States: { Probe: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:000000000000:function:probe', TimeoutSeconds: 0.001, End: true } },
  };
  const run = new StateMachine(probe, { validationOptions: { noValidate: true } }).run(null, {
    overrides: { taskResourceLocalHandlers: { Probe: () => new Promise(() => undefined) } },
  });
  try {
    await run.result;
  } catch (error) {
    const timeout = error instanceof ExecutionError ? error.cause : undefined;
    if (timeout instanceof Error && timeout.name === 'States.Timeout') {
      const TimeoutClass = timeout.constructor as new () => Error;
      return () => new TimeoutClass();
    }
  }
  return () => new StateError('States.Timeout', 'States.Timeout');
}
