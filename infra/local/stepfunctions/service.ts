import { randomUUID } from 'node:crypto';
import { StateMachine } from 'aws-local-stepfunctions';
import type { LocalFunctions } from '../functions';
import { executionArn, executionRoleArn, parseExecutionArn, parseStateMachineArn, stateMachineArn } from './arns';
import { prepareDefinition } from './definition';
import { invalidArn, SfnError, validationError } from './errors';
import type { ExecutionServices, LocalStateMachine } from './execution';
import { Execution } from './execution';
import type { RequestBody } from './request-fields';
import { epochSeconds, optionalBoolean, optionalString, page, pageSize, requiredString } from './request-fields';
import type { TimeoutErrorFactory } from './state-errors';
import { TaskTokenRegistry } from './task-tokens';

/** A state machine as the endpoint is given it: its rendered ASL and its type. */
export interface StateMachineInput {
  readonly definition: string;
  readonly type: 'STANDARD' | 'EXPRESS';
}

const executionStatuses = new Set(['RUNNING', 'SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED', 'PENDING_REDRIVE']);
// Characters AWS refuses in execution names: whitespace, brackets, wildcards and specials.
const forbiddenNameCharacters = /[\s<>{}[\]?*"#%\\^|~`$&,;:/]/;

function hasControlCharacter(text: string): boolean {
  return [...text].some((character) => {
    const code = character.codePointAt(0) ?? 0;
    return code <= 0x1f || (code >= 0x7f && code <= 0x9f);
  });
}

function parseJson(text: string): { ok: true } | { ok: false } {
  try {
    JSON.parse(text);
    return { ok: true };
  } catch {
    return { ok: false };
  }
}

/**
 * The Step Functions API over state machines held in memory: each action takes the request body
 * and returns the response body, or throws SfnError with the error AWS answers.
 */
export class StepFunctionsService {
  private readonly machines = new Map<string, LocalStateMachine>();
  private readonly executions = new Map<string, Execution>();
  private readonly services: ExecutionServices;

  constructor(
    private readonly region: string,
    functions: LocalFunctions,
    stateMachines: Readonly<Record<string, StateMachineInput>>,
    timeoutError: TimeoutErrorFactory,
  ) {
    this.services = { region, functions, tokens: new TaskTokenRegistry(), timeoutError };
    const creationDate = new Date();
    for (const [name, input] of Object.entries(stateMachines)) {
      const prepared = prepareDefinition(name, input.definition);
      this.machines.set(name, {
        name,
        arn: stateMachineArn(region, name),
        type: input.type,
        definitionText: input.definition,
        prepared,
        interpreter: new StateMachine(prepared.interpreterDefinition, { validationOptions: { noValidate: true } }),
        creationDate,
      });
    }
  }

  /** Every action by its name in `X-Amz-Target`. */
  readonly actions: Readonly<Record<string, (body: RequestBody) => unknown>> = {
    ListStateMachines: (body) => this.listStateMachines(body),
    DescribeStateMachine: (body) => this.describeStateMachine(body),
    StartExecution: (body) => this.startExecution(body),
    DescribeExecution: (body) => this.describeExecution(body),
    ListExecutions: (body) => this.listExecutions(body),
    GetExecutionHistory: (body) => this.getExecutionHistory(body),
    StopExecution: (body) => this.stopExecution(body),
    SendTaskSuccess: (body) => this.sendTaskSuccess(body),
    SendTaskFailure: (body) => this.sendTaskFailure(body),
    SendTaskHeartbeat: (body) => this.sendTaskHeartbeat(body),
  };

  /** Stops every running execution, cancelling its tasks and their timers. */
  async close(): Promise<void> {
    const running = [...this.executions.values()].filter((execution) => execution.isRunning);
    await Promise.all(running.map((execution) => execution.stop()));
    await Promise.all(running.map((execution) => execution.finished));
  }

  private machine(arn: string): LocalStateMachine {
    const parsed = parseStateMachineArn(arn);
    if (!parsed) throw invalidArn(arn);
    const machine = this.machines.get(parsed.name);
    if (!machine || machine.arn !== arn) throw new SfnError('StateMachineDoesNotExist', `State Machine Does Not Exist: '${arn}'`);
    return machine;
  }

  private execution(arn: string): Execution {
    if (!parseExecutionArn(arn)) throw invalidArn(arn);
    const execution = this.executions.get(arn);
    if (!execution) throw new SfnError('ExecutionDoesNotExist', `Execution Does Not Exist: '${arn}'`);
    return execution;
  }

  private listStateMachines(body: RequestBody) {
    const all = [...this.machines.values()].sort((a, b) => a.name.localeCompare(b.name));
    const { items, nextToken } = page(all, pageSize(body), optionalString(body, 'nextToken'));
    return {
      stateMachines: items.map((machine) => ({
        stateMachineArn: machine.arn,
        name: machine.name,
        type: machine.type,
        creationDate: epochSeconds(machine.creationDate),
      })),
      ...(nextToken ? { nextToken } : {}),
    };
  }

  private describeStateMachine(body: RequestBody) {
    const machine = this.machine(requiredString(body, 'stateMachineArn'));
    return {
      stateMachineArn: machine.arn,
      name: machine.name,
      status: 'ACTIVE',
      definition: machine.definitionText,
      roleArn: executionRoleArn(machine.name),
      type: machine.type,
      creationDate: epochSeconds(machine.creationDate),
      loggingConfiguration: { level: 'OFF', includeExecutionData: false },
      tracingConfiguration: { enabled: false },
    };
  }

  private startExecution(body: RequestBody) {
    const machine = this.machine(requiredString(body, 'stateMachineArn'));
    const name = optionalString(body, 'name') ?? randomUUID();
    if (name.length < 1 || name.length > 80 || forbiddenNameCharacters.test(name) || hasControlCharacter(name)) {
      throw new SfnError('InvalidName', `Invalid Name: '${name}'`);
    }
    const input = optionalString(body, 'input') ?? '{}';
    if (!parseJson(input).ok) throw new SfnError('InvalidExecutionInput', `Invalid State Machine Execution Input: '${input}'`);
    const arn = executionArn(this.region, machine.name, name);
    const existing = this.executions.get(arn);
    if (existing) {
      // AWS treats a repeated start of a running Standard execution with the same input as the same call.
      const idempotent = machine.type === 'STANDARD' && existing.isRunning && existing.input === input;
      if (!idempotent) throw new SfnError('ExecutionAlreadyExists', `Execution Already Exists: '${arn}'`);
      return { executionArn: arn, startDate: epochSeconds(existing.startDate) };
    }
    const execution = new Execution(arn, name, machine, input, this.services);
    this.executions.set(arn, execution);
    return { executionArn: arn, startDate: epochSeconds(execution.startDate) };
  }

  private describeExecution(body: RequestBody) {
    const execution = this.execution(requiredString(body, 'executionArn'));
    const { status, stopDate, output, error, cause } = execution.describe();
    return {
      executionArn: execution.arn,
      stateMachineArn: execution.machine.arn,
      name: execution.name,
      status,
      startDate: epochSeconds(execution.startDate),
      ...(stopDate ? { stopDate: epochSeconds(stopDate) } : {}),
      input: execution.input,
      inputDetails: { included: true },
      ...(output !== undefined ? { output, outputDetails: { included: true } } : {}),
      ...(error !== undefined ? { error } : {}),
      ...(cause !== undefined ? { cause } : {}),
      redriveCount: 0,
      redriveStatus: 'NOT_REDRIVABLE',
    };
  }

  private listExecutions(body: RequestBody) {
    const machine = this.machine(requiredString(body, 'stateMachineArn'));
    const statusFilter = optionalString(body, 'statusFilter');
    if (statusFilter !== undefined && !executionStatuses.has(statusFilter)) {
      throw validationError(`1 validation error detected: Value '${statusFilter}' at 'statusFilter' failed to satisfy constraint: Member must satisfy enum value set: [${[...executionStatuses].join(', ')}]`);
    }
    const matching = [...this.executions.values()]
      .filter((execution) => execution.machine === machine)
      .filter((execution) => statusFilter === undefined || execution.describe().status === statusFilter)
      .reverse();
    const { items, nextToken } = page(matching, pageSize(body), optionalString(body, 'nextToken'));
    return {
      executions: items.map((execution) => {
        const { status, stopDate } = execution.describe();
        return {
          executionArn: execution.arn,
          stateMachineArn: machine.arn,
          name: execution.name,
          status,
          startDate: epochSeconds(execution.startDate),
          ...(stopDate ? { stopDate: epochSeconds(stopDate) } : {}),
        };
      }),
      ...(nextToken ? { nextToken } : {}),
    };
  }

  private getExecutionHistory(body: RequestBody) {
    const execution = this.execution(requiredString(body, 'executionArn'));
    const events = [...execution.history.list()];
    if (optionalBoolean(body, 'reverseOrder')) events.reverse();
    const { items, nextToken } = page(events, pageSize(body), optionalString(body, 'nextToken'));
    return { events: items, ...(nextToken ? { nextToken } : {}) };
  }

  private async stopExecution(body: RequestBody) {
    const execution = this.execution(requiredString(body, 'executionArn'));
    await execution.stop(optionalString(body, 'error'), optionalString(body, 'cause'));
    const { stopDate } = execution.describe();
    return { stopDate: epochSeconds(stopDate ?? new Date()) };
  }

  private sendTaskSuccess(body: RequestBody) {
    const token = requiredString(body, 'taskToken');
    const output = requiredString(body, 'output');
    const task = this.services.tokens.waiting(token);
    let parsed: unknown;
    try {
      parsed = JSON.parse(output);
    } catch {
      throw new SfnError('InvalidOutput', `Invalid Output: '${output}'`);
    }
    task.succeed(parsed);
    return {};
  }

  private sendTaskFailure(body: RequestBody) {
    const token = requiredString(body, 'taskToken');
    const task = this.services.tokens.waiting(token);
    task.fail(optionalString(body, 'error'), optionalString(body, 'cause'));
    return {};
  }

  private sendTaskHeartbeat(body: RequestBody) {
    this.services.tokens.waiting(requiredString(body, 'taskToken')).heartbeat();
    return {};
  }
}
