import type { RunOptions } from 'aws-local-stepfunctions';
import type { LocalFunctions } from '../functions';
import { localAccount } from './arns';
import type { TaskStateDefinition } from './definition';
import { hasTimeoutPaths, wrappedKeys } from './definition';
import type { ExecutionHistory } from './history';
import { jsonText } from './history';
import type { LambdaFailure } from './lambda-integration';
import { functionFailure, functionNotFound, invokeResult, lambdaResourceOf } from './lambda-integration';
import type { TimeoutErrorFactory } from './state-errors';
import type { StateError } from './state-errors';
import { runtimeError, taskCancelled, taskFailure } from './state-errors';
import type { TaskTokenRegistry } from './task-tokens';
import { newTaskToken } from './task-tokens';

type TaskHandlers = NonNullable<NonNullable<RunOptions['overrides']>['taskResourceLocalHandlers']>;
type TaskHandler = TaskHandlers[string];
type JsonValue = Awaited<ReturnType<TaskHandler>>;

/**
 * Stands for the task token in the context object (`$$.Task.Token`): the interpreter resolves
 * Parameters with it, and each visit of a callback task swaps it for a fresh token.
 */
export const taskTokenPlaceholder = 'LOCAL-STEPFUNCTIONS-TASK-TOKEN-PLACEHOLDER';

/** What the task handlers of one execution need from it and from the endpoint. */
export interface TaskRuntime {
  readonly region: string;
  readonly functions: LocalFunctions;
  readonly tokens: TaskTokenRegistry;
  readonly timeoutError: TimeoutErrorFactory;
  readonly history: ExecutionHistory;
  isRunning(): boolean;
  /** Registers work to cancel when the execution ends; returns what unregisters it. */
  track(cancel: () => void): () => void;
}

interface TaskLimits {
  readonly parameters: unknown;
  readonly timeoutSeconds: number | undefined;
  readonly heartbeatSeconds: number | undefined;
}

/** The interpreter logs asynchronously; waiting one turn lets the state's entry reach the history first. */
function interpreterEventsSettled(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function positiveSeconds(value: unknown, field: string, stateName: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number' && Number.isInteger(value) && value > 0) return value;
  throw runtimeError(`The ${field} of state ${stateName} must be a positive integer, not ${JSON.stringify(value)}`);
}

function limitsOf(stateName: string, task: TaskStateDefinition, input: unknown): TaskLimits {
  if (!hasTimeoutPaths(task)) {
    return {
      parameters: input,
      timeoutSeconds: positiveSeconds(task.TimeoutSeconds, 'TimeoutSeconds', stateName),
      heartbeatSeconds: positiveSeconds(task.HeartbeatSeconds, 'HeartbeatSeconds', stateName),
    };
  }
  const wrapped = (input ?? {}) as Record<string, unknown>;
  return {
    parameters: wrapped[wrappedKeys.parameters],
    timeoutSeconds: positiveSeconds(wrapped[wrappedKeys.timeout] ?? task.TimeoutSeconds, 'TimeoutSecondsPath', stateName),
    heartbeatSeconds: positiveSeconds(wrapped[wrappedKeys.heartbeat] ?? task.HeartbeatSeconds, 'HeartbeatSecondsPath', stateName),
  };
}

function withToken(value: unknown, token: string): unknown {
  if (typeof value === 'string') return value.split(taskTokenPlaceholder).join(token);
  if (Array.isArray(value)) return value.map((item) => withToken(item, token));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withToken(item, token)]));
  }
  return value;
}

/** A task's clock: fails it on TimeoutSeconds, or when HeartbeatSeconds pass without a heartbeat. */
interface Supervised<T> {
  readonly result: Promise<T>;
  heartbeat(): void;
}

function supervise<T>(runtime: TaskRuntime, limits: TaskLimits, onTimeout: () => void, work: () => Promise<T>): Supervised<T> {
  const stop = Promise.withResolvers<never>();
  let timeoutTimer: NodeJS.Timeout | undefined;
  let heartbeatTimer: NodeJS.Timeout | undefined;
  let finished = false;
  const finish = () => {
    finished = true;
    clearTimeout(timeoutTimer);
    clearTimeout(heartbeatTimer);
    untrack();
  };
  const expire = () => {
    if (finished) return;
    finish();
    onTimeout();
    stop.reject(runtime.timeoutError());
  };
  const untrack = runtime.track(() => {
    if (finished) return;
    finish();
    stop.reject(taskCancelled());
  });
  const heartbeat = () => {
    if (finished || limits.heartbeatSeconds === undefined) return;
    clearTimeout(heartbeatTimer);
    heartbeatTimer = setTimeout(expire, limits.heartbeatSeconds * 1000);
  };
  if (limits.timeoutSeconds !== undefined) timeoutTimer = setTimeout(expire, limits.timeoutSeconds * 1000);
  heartbeat();
  const result = Promise.race([work(), stop.promise]).finally(finish);
  return { result, heartbeat };
}

type InvokeAnswer = { ok: true; payload: unknown } | { ok: false; failure: LambdaFailure };

async function invokeFunction(runtime: TaskRuntime, functionName: unknown, payload: unknown): Promise<InvokeAnswer> {
  const name = typeof functionName === 'string' ? functionName : '';
  if (runtime.functions.resolve(name) === undefined) {
    const arn = name.startsWith('arn:') ? name : `arn:aws:lambda:${runtime.region}:${localAccount}:function:${name}`;
    return { ok: false, failure: functionNotFound(arn) };
  }
  try {
    const outcome = await runtime.functions.invoke(name, payload);
    return outcome.ok ? { ok: true, payload: outcome.payload } : { ok: false, failure: functionFailure(outcome) };
  } catch (error) {
    return { ok: false, failure: { error: 'Lambda.ServiceException', cause: error instanceof Error ? error.message : String(error) } };
  }
}

function invokeParameters(parameters: unknown): { functionName: unknown; payload: unknown } {
  const fields = (parameters ?? {}) as Record<string, unknown>;
  return { functionName: fields['FunctionName'], payload: fields['Payload'] ?? {} };
}

const lambdaTask = { resourceType: 'lambda' } as const;

function scheduled(runtime: TaskRuntime, resource: string, parameters: unknown, limits: TaskLimits): void {
  runtime.history.append('TaskScheduled', {
    taskScheduledEventDetails: {
      ...lambdaTask,
      resource,
      region: runtime.region,
      parameters: jsonText(parameters),
      ...(limits.timeoutSeconds !== undefined ? { timeoutInSeconds: limits.timeoutSeconds } : {}),
      ...(limits.heartbeatSeconds !== undefined ? { heartbeatInSeconds: limits.heartbeatSeconds } : {}),
    },
  });
  runtime.history.append('TaskStarted', { taskStartedEventDetails: { ...lambdaTask, resource } });
}

function failed(runtime: TaskRuntime, resource: string, failure: LambdaFailure): StateError {
  runtime.history.append('TaskFailed', {
    taskFailedEventDetails: { ...lambdaTask, resource, ...(failure.error ? { error: failure.error } : {}), ...(failure.cause ? { cause: failure.cause } : {}) },
  });
  return taskFailure(failure.error, failure.cause);
}

function timedOut(runtime: TaskRuntime, resource: string): () => void {
  return () => runtime.history.append('TaskTimedOut', { taskTimedOutEventDetails: { ...lambdaTask, resource, error: 'States.Timeout' } });
}

/** `arn:aws:states:::lambda:invoke`: the function's result wrapped as the integration returns it. */
async function runInvoke(runtime: TaskRuntime, limits: TaskLimits): Promise<unknown> {
  const resource = 'invoke';
  scheduled(runtime, resource, limits.parameters, limits);
  const { functionName, payload } = invokeParameters(limits.parameters);
  const task = supervise(runtime, limits, timedOut(runtime, resource), async () => {
    const answer = await invokeFunction(runtime, functionName, payload);
    if (!answer.ok) throw failed(runtime, resource, answer.failure);
    const output = invokeResult(answer.payload);
    runtime.history.append('TaskSucceeded', { taskSucceededEventDetails: { ...lambdaTask, resource, output: jsonText(output), outputDetails: { truncated: false } } });
    return output;
  });
  return task.result;
}

/**
 * `arn:aws:states:::lambda:invoke.waitForTaskToken`: invokes the function with a fresh token in
 * its payload, then waits for SendTaskSuccess or SendTaskFailure on that token, heartbeats
 * resetting HeartbeatSeconds. The token is open before the function runs, since the function
 * may answer before it returns.
 */
async function runCallback(runtime: TaskRuntime, limits: TaskLimits): Promise<unknown> {
  const resource = 'invoke.waitForTaskToken';
  const token = newTaskToken();
  const parameters = withToken(limits.parameters, token);
  scheduled(runtime, resource, parameters, limits);
  const { functionName, payload } = invokeParameters(parameters);
  const answer = Promise.withResolvers<unknown>();
  answer.promise.catch(() => undefined);
  const task = supervise(runtime, limits, timedOut(runtime, resource), async () => {
    const invoked = await invokeFunction(runtime, functionName, payload);
    if (!invoked.ok) throw failed(runtime, resource, invoked.failure);
    runtime.history.append('TaskSubmitted', {
      taskSubmittedEventDetails: { ...lambdaTask, resource, output: jsonText(invokeResult(invoked.payload)), outputDetails: { truncated: false } },
    });
    return answer.promise;
  });
  runtime.tokens.register(token, {
    succeed: (output) => {
      runtime.tokens.close(token);
      runtime.history.append('TaskSucceeded', { taskSucceededEventDetails: { ...lambdaTask, resource, output: jsonText(output), outputDetails: { truncated: false } } });
      answer.resolve(output);
    },
    fail: (error, cause) => {
      runtime.tokens.close(token);
      answer.reject(failed(runtime, resource, { error: error ?? '', cause: cause ?? '' }));
    },
    heartbeat: () => task.heartbeat(),
  });
  try {
    return await task.result;
  } finally {
    runtime.tokens.close(token);
  }
}

/** A Task whose Resource is a function's ARN: the function's result itself, with Lambda's own events. */
async function runFunction(runtime: TaskRuntime, arn: string, input: unknown, limits: TaskLimits): Promise<unknown> {
  runtime.history.append('LambdaFunctionScheduled', {
    lambdaFunctionScheduledEventDetails: {
      resource: arn,
      input: jsonText(input),
      inputDetails: { truncated: false },
      ...(limits.timeoutSeconds !== undefined ? { timeoutInSeconds: limits.timeoutSeconds } : {}),
    },
  });
  runtime.history.append('LambdaFunctionStarted');
  const onTimeout = () => runtime.history.append('LambdaFunctionTimedOut', { lambdaFunctionTimedOutEventDetails: { error: 'States.Timeout' } });
  const task = supervise(runtime, limits, onTimeout, async () => {
    const answer = await invokeFunction(runtime, arn, input);
    if (!answer.ok) {
      runtime.history.append('LambdaFunctionFailed', { lambdaFunctionFailedEventDetails: { error: answer.failure.error, cause: answer.failure.cause } });
      throw taskFailure(answer.failure.error, answer.failure.cause);
    }
    runtime.history.append('LambdaFunctionSucceeded', {
      lambdaFunctionSucceededEventDetails: { output: jsonText(answer.payload), outputDetails: { truncated: false } },
    });
    return answer.payload;
  });
  return task.result;
}

function handlerFor(stateName: string, task: TaskStateDefinition, runtime: TaskRuntime): TaskHandler {
  const resource = lambdaResourceOf(task.Resource);
  return async (input) => {
    if (!runtime.isRunning()) throw taskCancelled();
    await interpreterEventsSettled();
    if (!runtime.isRunning()) throw taskCancelled();
    if (!resource) throw runtimeError(`The local Step Functions endpoint cannot run the resource ${task.Resource} of state ${stateName}`);
    const limits = limitsOf(stateName, task, input);
    let output: unknown;
    if (resource.kind === 'invoke') output = await runInvoke(runtime, limits);
    else if (resource.kind === 'invokeWaitForTaskToken') output = await runCallback(runtime, limits);
    else output = await runFunction(runtime, resource.arn, limits.parameters, limits);
    return output as JsonValue;
  };
}

/** The interpreter's local handlers for every Task of a definition, keyed by state name as it wants them. */
export function taskHandlersFor(tasks: ReadonlyMap<string, TaskStateDefinition>, runtime: TaskRuntime): TaskHandlers {
  return Object.fromEntries([...tasks].map(([name, task]) => [name, handlerFor(name, task, runtime)]));
}
