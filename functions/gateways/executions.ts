import type { HistoryEvent, SFNClient } from '@aws-sdk/client-sfn';
import {
  DescribeExecutionCommand,
  GetExecutionHistoryCommand,
  SendTaskHeartbeatCommand,
  SendTaskSuccessCommand,
  StartExecutionCommand,
  StopExecutionCommand,
} from '@aws-sdk/client-sfn';
import type { WorkflowType } from '../domain/catalog';
import type { ExecutionDescription, ExecutionGateway, ExecutionStep, ExecutionStepKind, StartedExecution } from '../use-cases/workflows/ports';

/*
 * The execution gateway: everything the product asks of Step Functions, in the use cases' words.
 * The only module that sends Step Functions commands; it turns the service's error names (a gone
 * task, an execution that exists already or not at all) into plain answers, and reduces an
 * execution's history to lines that carry no parameters, outputs or task tokens.
 */

/** The state machine of each workflow type, by ARN. */
export type MachineArns = Readonly<Record<WorkflowType, string>>;

/** The one command the gateway needs of a client: tests give a client of their own. */
export type StepFunctionsClient = Pick<SFNClient, 'send'>;

const goneTaskErrors = new Set(['TaskTimedOut', 'TaskDoesNotExist', 'InvalidToken']);

function isNamed(error: unknown, names: ReadonlySet<string>): boolean {
  return error instanceof Error && names.has(error.name);
}

/**
 * The execution of a ticket's workflow: named by the ticket number, so its ARN follows from the
 * machine's (`...:stateMachine:<machine>` → `...:execution:<machine>:<number>`).
 */
export function executionArnOf(stateMachineArn: string, number: string): string {
  return `${stateMachineArn.replace(':stateMachine:', ':execution:')}:${number}`;
}

const iso = (date: Date | undefined) => (date ?? new Date(0)).toISOString();

/** One history event as agents may read it, or undefined for the events they need not see. */
export function executionStepOf(event: HistoryEvent): ExecutionStep | undefined {
  const at = iso(event.timestamp);
  const type = event.type ?? '';
  const failed = (what: ExecutionStepKind, error: string | undefined) => ({ at, what, ...(error ? { error } : {}) });
  if (type.endsWith('StateEntered')) return { at, what: 'entered', state: event.stateEnteredEventDetails?.name ?? '' };
  switch (type) {
    case 'ExecutionStarted':
      return { at, what: 'started' };
    case 'TaskSubmitted':
      return { at, what: 'waiting' };
    case 'TaskFailed':
      return failed('task failed', event.taskFailedEventDetails?.error);
    case 'LambdaFunctionFailed':
      return failed('task failed', event.lambdaFunctionFailedEventDetails?.error);
    case 'TaskTimedOut':
    case 'ExecutionTimedOut':
      return { at, what: 'timed out', error: 'States.Timeout' };
    case 'ExecutionSucceeded':
      return { at, what: 'succeeded' };
    case 'ExecutionFailed':
      return failed('failed', event.executionFailedEventDetails?.error);
    case 'ExecutionAborted':
      return failed('stopped', event.executionAbortedEventDetails?.error);
    default:
      return undefined;
  }
}

/**
 * The gateway over a Step Functions client and the workflows' state machines. Every method throws
 * Step Functions' errors other than the ones it answers for, so that the caller's retry (a stream
 * record, a task, a request) takes over.
 */
export function stepFunctionsExecutions(client: StepFunctionsClient, machines: MachineArns): ExecutionGateway {
  const executionArn = (type: WorkflowType, number: string) => executionArnOf(machines[type], number);
  return {
    async start(type, number): Promise<StartedExecution> {
      const stateMachineArn = machines[type];
      try {
        const started = await client.send(new StartExecutionCommand({ stateMachineArn, name: number, input: JSON.stringify({ ticketNumber: number }) }));
        return { executionArn: started.executionArn ?? executionArn(type, number), alreadyStarted: false };
      } catch (error) {
        // A start repeated by a retry: with the same input Step Functions answers as the first time,
        // and ExecutionAlreadyExists says the workflow runs (or ran) already.
        if (!isNamed(error, new Set(['ExecutionAlreadyExists']))) throw error;
        return { executionArn: executionArn(type, number), alreadyStarted: true };
      }
    },

    async stop(type, number, reason) {
      await client.send(new StopExecutionCommand({ executionArn: executionArn(type, number), error: reason.error, cause: reason.cause }));
    },

    async answer(taskToken, output) {
      try {
        await client.send(new SendTaskSuccessCommand({ taskToken, output: JSON.stringify(output) }));
        return true;
      } catch (error) {
        if (isNamed(error, goneTaskErrors)) return false;
        throw error;
      }
    },

    async heartbeat(taskToken) {
      try {
        await client.send(new SendTaskHeartbeatCommand({ taskToken }));
        return true;
      } catch (error) {
        if (isNamed(error, goneTaskErrors)) return false;
        throw error;
      }
    },

    async describe(type, number): Promise<ExecutionDescription | undefined> {
      const arn = executionArn(type, number);
      try {
        const description = await client.send(new DescribeExecutionCommand({ executionArn: arn }));
        return {
          executionArn: arn,
          name: description.name ?? number,
          status: description.status ?? 'RUNNING',
          ...(description.startDate ? { startDate: description.startDate.toISOString() } : {}),
          ...(description.stopDate ? { stopDate: description.stopDate.toISOString() } : {}),
          ...(description.error ? { error: description.error } : {}),
          ...(description.cause ? { cause: description.cause } : {}),
        };
      } catch (error) {
        if (isNamed(error, new Set(['ExecutionDoesNotExist']))) return undefined;
        throw error;
      }
    },

    async history(type, number) {
      const steps: ExecutionStep[] = [];
      let nextToken: string | undefined;
      do {
        const page = await client.send(new GetExecutionHistoryCommand({ executionArn: executionArn(type, number), maxResults: 1000, ...(nextToken ? { nextToken } : {}) }));
        for (const event of page.events ?? []) {
          const step = executionStepOf(event);
          if (step) steps.push(step);
        }
        nextToken = page.nextToken;
      } while (nextToken);
      return steps;
    },
  };
}
