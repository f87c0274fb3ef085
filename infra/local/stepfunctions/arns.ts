/** The account every local ARN carries, as the local Lambda sandboxes do. */
export const localAccount = '000000000000';

/** The ARN a state machine has in the local cloud. */
export function stateMachineArn(region: string, name: string): string {
  return `arn:aws:states:${region}:${localAccount}:stateMachine:${name}`;
}

/** The ARN of an execution of a state machine in the local cloud. */
export function executionArn(region: string, machine: string, name: string): string {
  return `arn:aws:states:${region}:${localAccount}:execution:${machine}:${name}`;
}

/** The IAM role an execution reports it runs as; nothing checks it locally. */
export function executionRoleArn(machine: string): string {
  return `arn:aws:iam::${localAccount}:role/${machine}-execution-role`;
}

const resourceName = '[^:\\s]+';
const stateMachinePattern = new RegExp(`^arn:aws[\\w-]*:states:([a-z0-9-]+):(\\d{12}):stateMachine:(${resourceName})$`);
const executionPattern = new RegExp(`^arn:aws[\\w-]*:states:([a-z0-9-]+):(\\d{12}):execution:(${resourceName}):(${resourceName})$`);

/** The parts of a state machine ARN, or undefined when the text is not one. */
export function parseStateMachineArn(arn: string): { region: string; account: string; name: string } | undefined {
  const match = stateMachinePattern.exec(arn);
  if (!match) return undefined;
  const [, region = '', account = '', name = ''] = match;
  return { region, account, name };
}

/** The parts of an execution ARN, or undefined when the text is not one. */
export function parseExecutionArn(
  arn: string,
): { region: string; account: string; machine: string; name: string } | undefined {
  const match = executionPattern.exec(arn);
  if (!match) return undefined;
  const [, region = '', account = '', machine = '', name = ''] = match;
  return { region, account, machine, name };
}
