import type { ExecutionStatus } from '@aws-sdk/client-sfn';
import type { StateMachine } from 'aws-local-stepfunctions';
import { ExecutionAbortedError, ExecutionError, ExecutionTimeoutError } from 'aws-local-stepfunctions';
import type { LocalFunctions } from '../functions';
import { executionRoleArn } from './arns';
import type { PreparedDefinition } from './definition';
import { ExecutionHistory, jsonText } from './history';
import { LibraryEventTranslator } from './library-events';
import type { TimeoutErrorFactory } from './state-errors';
import { taskHandlersFor, taskTokenPlaceholder } from './task-handlers';
import type { TaskTokenRegistry } from './task-tokens';

/** A state machine the endpoint serves. */
export interface LocalStateMachine {
  readonly name: string;
  readonly arn: string;
  readonly type: 'STANDARD' | 'EXPRESS';
  readonly definitionText: string;
  readonly prepared: PreparedDefinition;
  readonly interpreter: StateMachine;
  readonly creationDate: Date;
}

/** What every execution shares: the region, the functions, the task tokens, the timeout error. */
export interface ExecutionServices {
  readonly region: string;
  readonly functions: LocalFunctions;
  readonly tokens: TaskTokenRegistry;
  readonly timeoutError: TimeoutErrorFactory;
}

/** How an execution ended: its status and what DescribeExecution reports with it. */
interface Outcome {
  readonly status: Exclude<ExecutionStatus, 'RUNNING'>;
  readonly output?: string;
  readonly error?: string;
  readonly cause?: string;
}

function failureOf(error: unknown): Outcome {
  if (error instanceof ExecutionTimeoutError) return { status: 'TIMED_OUT', error: 'States.Timeout' };
  const cause = error instanceof ExecutionError ? error.cause : error;
  if (cause instanceof Error) {
    return { status: 'FAILED', ...(cause.name ? { error: cause.name } : {}), ...(cause.message ? { cause: cause.message } : {}) };
  }
  return { status: 'FAILED', error: 'States.Runtime', cause: String(cause) };
}

/**
 * One execution of a state machine, run by the interpreter with the endpoint's task handlers.
 * It lives in memory; its history is built as it runs.
 */
export class Execution {
  readonly history = new ExecutionHistory();
  readonly startDate = new Date();
  private status: ExecutionStatus = 'RUNNING';
  private outcome: Outcome | undefined;
  private stopDate: Date | undefined;
  private readonly cancellations = new Set<() => void>();
  private readonly abort: () => void;
  private readonly historyComplete: Promise<void>;
  /** Settles once the execution has ended and its history is complete. */
  readonly finished: Promise<void>;

  constructor(
    readonly arn: string,
    readonly name: string,
    readonly machine: LocalStateMachine,
    readonly input: string,
    services: ExecutionServices,
  ) {
    const roleArn = executionRoleArn(machine.name);
    const handlers = taskHandlersFor(machine.prepared.tasks, {
      ...services,
      history: this.history,
      isRunning: () => this.status === 'RUNNING',
      track: (cancel) => {
        this.cancellations.add(cancel);
        return () => this.cancellations.delete(cancel);
      },
    });
    const run = machine.interpreter.run(JSON.parse(input), {
      overrides: { taskResourceLocalHandlers: handlers },
      context: {
        Execution: { Id: arn, Name: name, RoleArn: roleArn, StartTime: this.startDate.toISOString() },
        StateMachine: { Id: machine.arn, Name: machine.name },
        Task: { Token: taskTokenPlaceholder },
      },
    });
    this.abort = run.abort;
    const translator = new LibraryEventTranslator(this.history, roleArn, (state) => machine.prepared.mapStates.get(state));
    this.historyComplete = (async () => {
      for await (const event of run.eventLogs) translator.record(event);
    })();
    this.finished = Promise.allSettled([run.result, this.historyComplete]).then(([result]) => {
      if (this.status !== 'RUNNING') return;
      if (result.status === 'fulfilled') this.end({ status: 'SUCCEEDED', output: jsonText(result.value) });
      else if (!(result.reason instanceof ExecutionAbortedError)) this.end(failureOf(result.reason));
      if (this.outcome?.status === 'TIMED_OUT') {
        this.history.end('ExecutionTimedOut', { executionTimedOutEventDetails: { error: 'States.Timeout' } });
      }
    });
  }

  get isRunning(): boolean {
    return this.status === 'RUNNING';
  }

  /** What DescribeExecution and ListExecutions report. */
  describe(): { status: ExecutionStatus; stopDate?: Date; output?: string; error?: string; cause?: string } {
    return {
      status: this.status,
      ...(this.stopDate ? { stopDate: this.stopDate } : {}),
      ...(this.outcome?.output !== undefined ? { output: this.outcome.output } : {}),
      ...(this.outcome?.error !== undefined ? { error: this.outcome.error } : {}),
      ...(this.outcome?.cause !== undefined ? { cause: this.outcome.cause } : {}),
    };
  }

  /**
   * Stops a running execution as StopExecution does: ABORTED at once, its waiting tasks
   * cancelled and their tokens closed, ExecutionAborted last in its history. Does nothing to an
   * execution that has ended.
   */
  async stop(error?: string, cause?: string): Promise<void> {
    if (this.status !== 'RUNNING') return;
    this.end({ status: 'ABORTED', ...(error !== undefined ? { error } : {}), ...(cause !== undefined ? { cause } : {}) });
    this.abort();
    await this.historyComplete;
    this.history.end('ExecutionAborted', {
      executionAbortedEventDetails: { ...(error !== undefined ? { error } : {}), ...(cause !== undefined ? { cause } : {}) },
    });
  }

  private end(outcome: Outcome): void {
    this.status = outcome.status;
    this.outcome = outcome;
    this.stopDate = new Date();
    for (const cancel of [...this.cancellations]) cancel();
    this.cancellations.clear();
  }
}
