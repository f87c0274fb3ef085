import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readLocalConfig } from '../../../infra/local/config';
import { describeCloud } from '../../../infra/local/describe';
import { alertInboxName, alertTopicName, failureQueueName } from '../../../infra/local/queues';
import { system as productSystem } from '../../../infra/system';
import { withFixtures } from '../../fixtures/system';
import { awsCliRequired, awsCliShell, expectAwsCliV2, hasAwsCliV2 } from '../../support/aws-cli';
import { awsCliCommandsIn, awsCliCommandsInLines } from '../../support/aws-cli-commands';
import { signIn } from '../../support/api';
import type { ApiUser } from '../../support/api';
import { eventually, openTicket, untilEnded } from '../workflows/support';

/*
 * Every AWS CLI command the README shows (and `npm start` prints), run as a reader runs it: with
 * Debian's AWS CLI v2 through bash, against the test cloud, after the test made the state the
 * command reads (a ticket, a finished refund workflow, an alert, a failed notification).
 */

const rootDir = path.resolve(import.meta.dirname, '../../..');
const cloud = inject('localCloud');
const system = withFixtures(productSystem);
// The README's example ticket number, which stands for the ticket the test opens.
const exampleNumber = '48271935';
// Deadlines that only catch a hang: each run of the CLI starts a Python program, seconds on a busy machine.
const hang = 300_000;

/** The README's commands with the documented default endpoints, then the ones `npm start` prints for this cloud. */
function commandsToRun(): string[] {
  const defaults = readLocalConfig({});
  const onTestCloud = (command: string) =>
    (['api', 'dynamodb', 'ses', 'stepFunctions', 'queues'] as const).reduce(
      (text, part) => text.replace(new RegExp(`http://${defaults.host}:${defaults.ports[part]}(?!\\d)`, 'g'), cloud[part]),
      command,
    );
  const readme = awsCliCommandsIn(readFileSync(path.join(rootDir, 'README.md'), 'utf8')).map(onTestCloud);
  const printed = awsCliCommandsInLines(describeCloud({ endpoints: cloud, system }, { seconds: 1, dataDir: undefined }));
  return [...readme, ...printed];
}

let shellVariables: Record<string, string> = {};
const shell = awsCliShell({ region: cloud.region, cwd: rootDir, variables: () => shellVariables });
const succeeds = (command: string) => shell.succeeds(command);

// The state the commands read, made through the API as a customer and an agent would.
let customer: ApiUser;
let number: string;
let failedNotificationSent = false;
const failedNotification = JSON.stringify({ note: `a notification the CLI test put here ${Date.now()}` });

/** What each command must answer; a README command without an entry here fails the test. */
const expectations: { readonly command: RegExp; check(command: string): Promise<void> }[] = [
  {
    command: /^aws dynamodb list-tables\b/,
    async check(command) {
      expect(JSON.parse(await succeeds(command)).TableNames).toContain(cloud.tableName);
    },
  },
  {
    command: /^aws dynamodb query\b/,
    async check(command) {
      const { Items } = JSON.parse(await succeeds(command));
      expect(Items).toContainEqual(expect.objectContaining({ pk: { S: `TICKET#${number}` }, sk: { S: '#TICKET' } }));
    },
  },
  {
    command: /^aws stepfunctions list-state-machines\b/,
    async check(command) {
      const { stateMachines } = JSON.parse(await succeeds(command));
      expect(stateMachines.map((machine: { name: string }) => machine.name)).toEqual(expect.arrayContaining(['refund', 'kyc', 'withdrawal']));
    },
  },
  {
    command: /^aws stepfunctions get-execution-history\b/,
    async check(command) {
      const states = (await succeeds(command)).trim().split('\t');
      expect(states).toEqual(['Submitted', 'In progress', 'Check eligibility', 'Eligible?', 'Not eligible', 'Refund rejected']);
    },
  },
  {
    command: /^aws stepfunctions describe-execution\b.*--query status/,
    async check(command) {
      expect((await succeeds(command)).trim()).toBe('"SUCCEEDED"');
    },
  },
  {
    command: /^aws stepfunctions list-executions\b/,
    async check(command) {
      const { executions } = JSON.parse(await succeeds(command));
      expect(executions).toContainEqual(expect.objectContaining({ name: number, status: 'SUCCEEDED' }));
    },
  },
  {
    command: /^aws sqs list-queues\b/,
    async check(command) {
      const { QueueUrls } = JSON.parse(await succeeds(command));
      const names = QueueUrls.map((url: string) => url.split('/').pop());
      expect(names).toEqual(expect.arrayContaining([failureQueueName(system.name, 'notifier'), alertInboxName(system.name)]));
    },
  },
  {
    command: new RegExp(`^aws sqs receive-message\\b.*/${failureQueueName(system.name, 'notifier')}`),
    async check(command) {
      // Peeking (visibility timeout 0) leaves the message for the next reader: it comes twice.
      const first = JSON.parse(await succeeds(command));
      const second = JSON.parse(await succeeds(command));
      expect(first.Messages).toEqual([expect.objectContaining({ Body: failedNotification })]);
      expect(second.Messages[0].MessageId).toBe(first.Messages[0].MessageId);
    },
  },
  {
    command: new RegExp(`^aws sqs receive-message\\b.*/${alertInboxName(system.name)}`),
    async check(command) {
      // The inbox holds every alert of the run (nobody else reads it): empty it, so that a fresh
      // alert is among the first read, then read until it has come.
      await succeeds(`aws sqs purge-queue --endpoint-url ${cloud.queues} --queue-url ${cloud.queues}/000000000000/${alertInboxName(system.name)}`);
      const criticalNumber = await openTicket(customer, 'security', { subject: 'My account was taken over', priority: 'critical' });
      const alert = await eventually(
        `the alert about ticket ${criticalNumber} in the inbox`,
        async () => {
          const output = await succeeds(command);
          const messages: { Body: string }[] = output ? JSON.parse(output).Messages : [];
          return messages.map((message) => JSON.parse(message.Body)).find((body) => body.MessageAttributes?.ticketNumber?.Value === criticalNumber);
        },
        hang,
      );
      expect(alert.Subject).toContain(`Critical ticket ${criticalNumber}`);
    },
  },
  {
    command: /^aws sns list-topics\b/,
    async check(command) {
      const { Topics } = JSON.parse(await succeeds(command));
      expect(Topics).toContainEqual({ TopicArn: `arn:aws:sns:${cloud.region}:000000000000:${alertTopicName(system.name)}` });
    },
  },
];

const commands = hasAwsCliV2 ? commandsToRun() : [];
const expectationOf = (command: string) => expectations.find((expectation) => expectation.command.test(command.replace(/^(?:[A-Z][A-Z0-9_]*=\S+\s+)*/, '')));
const notifierFailures = `${cloud.queues}/000000000000/${failureQueueName(system.name, 'notifier')}`;

// Outside CI, a machine without the CLI skips these; CI installs it (.ci/run) and fails without it.
describe.runIf(hasAwsCliV2 || awsCliRequired)("the README's AWS CLI commands, with Debian's AWS CLI v2", () => {
  beforeAll(async () => {
    expectAwsCliV2();
    let agent: ApiUser;
    [customer, agent] = await Promise.all([signIn(), signIn({ agent: true })]);
    // A refund the workflow turns down by itself (Paddle pays no USDT): its execution ends without
    // waiting on anyone, so no test-sized wait of the workflow can run out on a busy machine.
    number = await openTicket(customer, 'refund', { details: { provider: 'paddle', transactionId: 'txn_01h8bkrkjyxgtnvwf9s8d1tqzn', amount: '49.00', currency: 'USDT' } });
    expect((await untilEnded(agent, number, hang)).execution.status).toBe('SUCCEEDED');
    shellVariables = {
      Q: cloud.queues,
      SFN: cloud.stepFunctions,
      NUMBER: number,
      EXEC: `arn:aws:states:${cloud.region}:000000000000:execution:refund:${number}`,
    };
    // The peek below must find this test's message first: a record already there (the notifier gave
    // up on a change earlier in the run, seen once on a loaded machine) is shown, then cleared.
    const earlier = await succeeds(`aws sqs receive-message --endpoint-url ${cloud.queues} --queue-url ${notifierFailures} --visibility-timeout 0 --max-number-of-messages 10`);
    if (earlier.trim()) console.warn(`The notifier's on-failure queue held records before this test:\n${earlier}`);
    await succeeds(`aws sqs purge-queue --endpoint-url ${cloud.queues} --queue-url ${notifierFailures}`);
    // What Lambda would put there when SES fails, sent the way an operator would send one.
    await succeeds(`aws sqs send-message --endpoint-url ${cloud.queues} --queue-url ${notifierFailures} --message-body '${failedNotification}'`);
    failedNotificationSent = true;
  }, hang);

  afterAll(async () => {
    if (!failedNotificationSent) return shell.dispose();
    const output = await succeeds(`aws sqs receive-message --endpoint-url ${cloud.queues} --queue-url ${notifierFailures} --max-number-of-messages 10`);
    const mine = (output ? JSON.parse(output).Messages : []).filter((message: { Body: string }) => message.Body === failedNotification);
    for (const message of mine) await succeeds(`aws sqs delete-message --endpoint-url ${cloud.queues} --queue-url ${notifierFailures} --receipt-handle '${message.ReceiptHandle}'`);
    shell.dispose();
    expect(mine).toHaveLength(1);
  }, hang);

  it('finds the commands, each with what it must answer', () => {
    expect(commands.filter((command) => !expectationOf(command)), 'README commands without an expectation in this test').toEqual([]);
    expect(expectations.filter((expectation) => !commands.some((command) => expectationOf(command) === expectation)).map((e) => String(e.command)), 'expectations no README command uses').toEqual([]);
  });

  for (const command of commands) {
    it(`answers: ${command}`, async () => {
      const expectation = expectationOf(command);
      expect(expectation, 'an expectation for this command').toBeDefined();
      await expectation!.check(command.replaceAll(exampleNumber, number));
    }, hang);
  }
});
