import type { DescribeExecutionCommandOutput, HistoryEvent } from '@aws-sdk/client-sfn';
import { DescribeExecutionCommand, GetExecutionHistoryCommand, ListStateMachinesCommand, SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { inject } from 'vitest';
import { eventually } from '../../support/eventually';

/** A Step Functions client for the shared local cloud, as an application or operator would make it. */
export function localSfnClient(): SFNClient {
  const cloud = inject('localCloud');
  return new SFNClient({ endpoint: cloud.stepFunctions, region: cloud.region, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
}

/** The ARN of a state machine, found by name through ListStateMachines. */
export async function stateMachineArnNamed(client: SFNClient, name: string): Promise<string> {
  const { stateMachines = [] } = await client.send(new ListStateMachinesCommand({}));
  const machine = stateMachines.find((candidate) => candidate.name === name);
  if (!machine?.stateMachineArn) throw new Error(`No state machine named ${name}`);
  return machine.stateMachineArn;
}

/** Starts an execution with a JSON input and returns its ARN. */
export async function start(client: SFNClient, stateMachineArn: string, input: unknown, name?: string): Promise<string> {
  const { executionArn } = await client.send(new StartExecutionCommand({ stateMachineArn, input: JSON.stringify(input), ...(name ? { name } : {}) }));
  if (!executionArn) throw new Error('StartExecution returned no executionArn');
  return executionArn;
}

/** Waits until an execution has ended and returns DescribeExecution's answer. */
export async function ended(client: SFNClient, executionArn: string): Promise<DescribeExecutionCommandOutput> {
  return eventually(`${executionArn} to end`, async () => {
    const description = await client.send(new DescribeExecutionCommand({ executionArn }));
    return description.status === 'RUNNING' ? undefined : description;
  });
}

/** The execution's whole history, oldest first. */
export async function historyOf(client: SFNClient, executionArn: string): Promise<HistoryEvent[]> {
  const { events = [] } = await client.send(new GetExecutionHistoryCommand({ executionArn, maxResults: 1000 }));
  return events;
}

/**
 * The token of the callback task an execution waits on, read as an operator reads it: from the
 * parameters of its latest TaskScheduled event, once the task has been submitted.
 */
export async function waitingTaskToken(client: SFNClient, executionArn: string): Promise<string> {
  return eventually(`a submitted callback task in ${executionArn}`, async () => {
    const events = await historyOf(client, executionArn);
    if (events.at(-1)?.type !== 'TaskSubmitted') return undefined;
    const scheduled = events.findLast((event) => event.type === 'TaskScheduled');
    const parameters = JSON.parse(scheduled?.taskScheduledEventDetails?.parameters ?? '{}') as { Payload?: { token?: string } };
    return parameters.Payload?.token;
  });
}

/** Parses an execution's JSON output. */
export function outputOf(description: DescribeExecutionCommandOutput): Record<string, unknown> {
  return JSON.parse(description.output ?? 'null') as Record<string, unknown>;
}
