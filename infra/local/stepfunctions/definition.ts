import type { StateMachineDefinition } from 'aws-local-stepfunctions';
import { StateMachine } from 'aws-local-stepfunctions';

/** The fields of a Task state this endpoint acts on. */
export interface TaskStateDefinition {
  readonly Type: 'Task';
  readonly Resource: string;
  readonly Parameters?: unknown;
  readonly TimeoutSeconds?: number;
  readonly TimeoutSecondsPath?: string;
  readonly HeartbeatSeconds?: number;
  readonly HeartbeatSecondsPath?: string;
}

/** A state machine definition checked and readied for the interpreter. */
export interface PreparedDefinition {
  /** Every Task state by name, those inside Parallel branches and Map processors included. */
  readonly tasks: ReadonlyMap<string, TaskStateDefinition>;
  /** Where each Map state finds its items, for the length its history reports. */
  readonly mapStates: ReadonlyMap<string, { inputPath?: string; itemsPath?: string }>;
  /** The definition the interpreter runs; see `forInterpreter`. */
  readonly interpreterDefinition: StateMachineDefinition;
}

type JsonObject = Record<string, unknown>;

/**
 * The interpreter gives every Task a 60 s timeout of its own and knows no heartbeats, so the task
 * handlers keep every task's clock themselves and the interpreter's is pushed past any local run
 * (setTimeout's ceiling is about 24.8 days).
 */
const interpreterTimeoutSeconds = 2_147_483;

/** Keys under which a task's resolved paths reach its handler, see `forInterpreter`. */
export const wrappedKeys = { parameters: 'LocalParameters', timeout: 'LocalTimeoutSeconds', heartbeat: 'LocalHeartbeatSeconds' } as const;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether a task's handler receives its input wrapped with its timeout paths already resolved. */
export function hasTimeoutPaths(task: TaskStateDefinition): boolean {
  return task.TimeoutSecondsPath !== undefined || task.HeartbeatSecondsPath !== undefined;
}

/**
 * A Task as the interpreter should run it: without its timeouts (the handler keeps them), and,
 * when it names TimeoutSecondsPath or HeartbeatSecondsPath, with Parameters wrapped so that those
 * paths are resolved against the state's input as AWS resolves them, not against the parameters.
 */
function taskForInterpreter(task: JsonObject): JsonObject {
  const { TimeoutSecondsPath, HeartbeatSecondsPath, HeartbeatSeconds: _heartbeat, ...rest } = task;
  const copy: JsonObject = { ...rest, TimeoutSeconds: interpreterTimeoutSeconds };
  if (TimeoutSecondsPath === undefined && HeartbeatSecondsPath === undefined) return copy;
  copy['Parameters'] = {
    ...('Parameters' in task ? { [wrappedKeys.parameters]: task['Parameters'] } : { [`${wrappedKeys.parameters}.$`]: '$' }),
    ...(typeof TimeoutSecondsPath === 'string' ? { [`${wrappedKeys.timeout}.$`]: TimeoutSecondsPath } : {}),
    ...(typeof HeartbeatSecondsPath === 'string' ? { [`${wrappedKeys.heartbeat}.$`]: HeartbeatSecondsPath } : {}),
  };
  return copy;
}

function prepareStates(
  machine: JsonObject,
  tasks: Map<string, TaskStateDefinition>,
  mapStates: Map<string, { inputPath?: string; itemsPath?: string }>,
): JsonObject {
  const states = isObject(machine['States']) ? machine['States'] : {};
  const prepared: JsonObject = {};
  for (const [name, state] of Object.entries(states)) {
    if (!isObject(state)) {
      prepared[name] = state;
      continue;
    }
    if (state['Type'] === 'Task') {
      tasks.set(name, state as unknown as TaskStateDefinition);
      prepared[name] = taskForInterpreter(state);
      continue;
    }
    const copy: JsonObject = { ...state };
    if (state['Type'] === 'Map') {
      mapStates.set(name, {
        ...(typeof state['InputPath'] === 'string' ? { inputPath: state['InputPath'] } : {}),
        ...(typeof state['ItemsPath'] === 'string' ? { itemsPath: state['ItemsPath'] } : {}),
      });
      for (const key of ['ItemProcessor', 'Iterator'] as const) {
        if (isObject(state[key])) copy[key] = prepareStates(state[key], tasks, mapStates);
      }
    }
    if (state['Type'] === 'Parallel' && Array.isArray(state['Branches'])) {
      copy['Branches'] = (state['Branches'] as unknown[]).map((branch) => (isObject(branch) ? prepareStates(branch, tasks, mapStates) : branch));
    }
    prepared[name] = copy;
  }
  return { ...machine, States: prepared };
}

/**
 * Parses and validates an ASL definition, and readies it for the interpreter.
 * @throws Error naming the state machine when the text is not JSON or not valid ASL.
 */
export function prepareDefinition(machineName: string, text: string): PreparedDefinition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`State machine ${machineName}: the definition is not JSON (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  if (!isObject(parsed)) throw new Error(`State machine ${machineName}: the definition is not a JSON object`);
  try {
    new StateMachine(parsed as unknown as StateMachineDefinition);
  } catch (error) {
    throw new Error(`State machine ${machineName}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const tasks = new Map<string, TaskStateDefinition>();
  const mapStates = new Map<string, { inputPath?: string; itemsPath?: string }>();
  const interpreterDefinition = prepareStates(parsed, tasks, mapStates) as unknown as StateMachineDefinition;
  return { tasks, mapStates, interpreterDefinition };
}
