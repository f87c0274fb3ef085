import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { ReceiveMessageCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { awsCliRequired, awsCliShell, expectAwsCliV2, hasAwsCliV2 } from '../../support/aws-cli';

/*
 * The local SQS as Debian's AWS CLI v2 sees it (query protocol) and as the AWS SDK v3 sees it
 * (JSON protocol), on one endpoint and the same queues.
 */

const cloud = inject('localCloud');
const shell = awsCliShell({ region: cloud.region, cwd: path.resolve(import.meta.dirname, '../../..') });
const sqs = (args: string) => shell.succeeds(`aws sqs ${args} --endpoint-url ${cloud.queues}`).then((output) => (output ? JSON.parse(output) : {}));
// Each run of the CLI starts a Python program: seconds on a busy machine; this only catches a hang.
const hang = 300_000;

let queueUrl: string;

describe.runIf(hasAwsCliV2 || awsCliRequired)("the local SQS with Debian's AWS CLI v2", () => {
  beforeAll(async () => {
    expectAwsCliV2();
    const name = `cli-queue-${randomUUID().slice(0, 8)}`;
    ({ QueueUrl: queueUrl } = await sqs(`create-queue --queue-name ${name} --attributes VisibilityTimeout=30,MessageRetentionPeriod=600`));
  }, hang);

  afterAll(() => shell.dispose());

  it('finds, describes and changes a queue', async () => {
    const name = queueUrl.split('/').pop()!;

    expect(await sqs(`get-queue-url --queue-name ${name}`)).toEqual({ QueueUrl: queueUrl });
    expect((await sqs(`list-queues --queue-name-prefix ${name}`)).QueueUrls).toEqual([queueUrl]);
    await sqs(`set-queue-attributes --queue-url ${queueUrl} --attributes DelaySeconds=0,VisibilityTimeout=45`);
    const { Attributes } = await sqs(`get-queue-attributes --queue-url ${queueUrl} --attribute-names All`);
    expect(Attributes).toMatchObject({ VisibilityTimeout: '45', MessageRetentionPeriod: '600', QueueArn: `arn:aws:sqs:${cloud.region}:000000000000:${name}` });
  }, hang);

  it('sends, receives, releases and deletes a message with its attributes and a body that needs escaping', async () => {
    const body = `{"note":"<b>&amp; 'quoted' \\"text\\"</b>"}`;
    const sent = await sqs(
      `send-message --queue-url ${queueUrl} --message-body '${body.replaceAll("'", "'\\''")}' --message-attributes '{"ticketNumber":{"DataType":"String","StringValue":"48271935"},"raw":{"DataType":"Binary","BinaryValue":"aGVsbG8="}}'`,
    );
    expect(sent).toMatchObject({ MessageId: expect.any(String), MD5OfMessageBody: expect.any(String) });

    const received = await sqs(`receive-message --queue-url ${queueUrl} --attribute-names All --message-attribute-names All`);
    expect(received.Messages).toEqual([
      expect.objectContaining({
        MessageId: sent.MessageId,
        Body: body,
        MD5OfBody: sent.MD5OfMessageBody,
        Attributes: expect.objectContaining({ ApproximateReceiveCount: '1', SentTimestamp: expect.any(String) }),
        MessageAttributes: { ticketNumber: { DataType: 'String', StringValue: '48271935' }, raw: { DataType: 'Binary', BinaryValue: 'aGVsbG8=' } },
      }),
    ]);
    const [message] = received.Messages;

    // Hidden for the queue's 45 s until released; released, it comes again.
    expect(await sqs(`receive-message --queue-url ${queueUrl}`)).toEqual({});
    await sqs(`change-message-visibility --queue-url ${queueUrl} --receipt-handle ${message.ReceiptHandle} --visibility-timeout 0`);
    const again = await sqs(`receive-message --queue-url ${queueUrl}`);
    expect(again.Messages.map((m: { MessageId: string }) => m.MessageId)).toEqual([sent.MessageId]);

    await sqs(`delete-message --queue-url ${queueUrl} --receipt-handle ${again.Messages[0].ReceiptHandle}`);
    const { Attributes } = await sqs(`get-queue-attributes --queue-url ${queueUrl} --attribute-names ApproximateNumberOfMessages ApproximateNumberOfMessagesNotVisible`);
    expect(Attributes).toEqual({ ApproximateNumberOfMessages: '0', ApproximateNumberOfMessagesNotVisible: '0' });
  }, hang);

  it('serves the SDK (JSON protocol) and the CLI (query protocol) on the same queues', async () => {
    const client = new SQSClient({ endpoint: cloud.queues, region: cloud.region, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
    try {
      await client.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: 'from the SDK' }));
      await sqs(`send-message --queue-url ${queueUrl} --message-body 'from the CLI'`);

      const { Messages = [] } = await client.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, VisibilityTimeout: 0 }));
      expect(Messages.map((message) => message.Body).sort()).toEqual(['from the CLI', 'from the SDK']);
      const byCli = await sqs(`receive-message --queue-url ${queueUrl} --max-number-of-messages 10 --visibility-timeout 0`);
      expect(byCli.Messages.map((message: { Body: string }) => message.Body).sort()).toEqual(['from the CLI', 'from the SDK']);
    } finally {
      client.destroy();
    }
    await sqs(`purge-queue --queue-url ${queueUrl}`);
    expect(await sqs(`receive-message --queue-url ${queueUrl} --visibility-timeout 0`)).toEqual({});
  }, hang);

  it("answers errors with AWS's codes, and names what it does not translate", async () => {
    const missing = await shell.run(`aws sqs receive-message --endpoint-url ${cloud.queues} --queue-url ${cloud.queues}/000000000000/no-such-queue-${randomUUID().slice(0, 8)}`);
    expect(missing.code).toBe(254);
    expect(missing.stderr).toContain('An error occurred (AWS.SimpleQueueService.NonExistentQueue) when calling the ReceiveMessage operation: The specified queue does not exist.');

    const tooMany = await shell.run(`aws sqs receive-message --endpoint-url ${cloud.queues} --queue-url ${queueUrl} --max-number-of-messages 11`);
    expect(tooMany.code).toBe(254);
    expect(tooMany.stderr).toContain('MaxNumberOfMessages is invalid');

    const batch = await shell.run(`aws sqs send-message-batch --endpoint-url ${cloud.queues} --queue-url ${queueUrl} --entries Id=1,MessageBody=x`);
    expect(batch.code).toBe(254);
    expect(batch.stderr).toContain("An error occurred (InvalidAction) when calling the SendMessageBatch operation: The local SQS answers the query protocol for ListQueues");
  }, hang);

  it('deletes the queue', async () => {
    await sqs(`delete-queue --queue-url ${queueUrl}`);
    const gone = await shell.run(`aws sqs get-queue-url --endpoint-url ${cloud.queues} --queue-name ${queueUrl.split('/').pop()}`);
    expect(gone.stderr).toContain('AWS.SimpleQueueService.NonExistentQueue');
  }, hang);
});
