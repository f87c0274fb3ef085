import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { isSqsQueryRequest, jsonCallOf, queryErrorOf, queryResponseOf, SqsQueryError } from '../../../infra/local/sqs-query-protocol';

// Reads XML as the CLI's parser does: strings stay strings, flattened members are lists.
const xml = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  isArray: (_name, jpath) => /Result\.(QueueUrl|Message)$|Message\.(Attribute|MessageAttribute)$/.test(String(jpath)),
});

describe('the local SQS query protocol', () => {
  it('tells SQS query requests from SNS ones by their API version or signature', () => {
    expect(isSqsQueryRequest({ Action: 'ListQueues', Version: '2012-11-05' }, undefined)).toBe(true);
    expect(isSqsQueryRequest({ Action: 'ListTopics', Version: '2010-03-31' }, 'AWS4-HMAC-SHA256 Credential=local/20260101/us-east-1/sqs/aws4_request')).toBe(false);
    expect(isSqsQueryRequest({ Action: 'ListQueues' }, 'AWS4-HMAC-SHA256 Credential=local/20260101/us-east-1/sqs/aws4_request')).toBe(true);
    expect(isSqsQueryRequest({ Action: 'ListTopics' }, 'AWS4-HMAC-SHA256 Credential=local/20260101/us-east-1/sns/aws4_request')).toBe(false);
  });

  it('reads a receive with numbers and flattened attribute names as the JSON call', () => {
    const call = jsonCallOf({
      Action: 'ReceiveMessage',
      Version: '2012-11-05',
      QueueUrl: 'http://127.0.0.1:8091/000000000000/q',
      MaxNumberOfMessages: '10',
      VisibilityTimeout: '0',
      'AttributeName.2': 'SentTimestamp',
      'AttributeName.1': 'SenderId',
      'MessageAttributeName.1': 'All',
    });
    expect(call).toEqual({
      action: 'ReceiveMessage',
      input: {
        QueueUrl: 'http://127.0.0.1:8091/000000000000/q',
        MaxNumberOfMessages: 10,
        VisibilityTimeout: 0,
        AttributeNames: ['SenderId', 'SentTimestamp'],
        MessageAttributeNames: ['All'],
      },
    });
  });

  it('reads message attributes and queue attributes as maps', () => {
    expect(
      jsonCallOf({
        Action: 'SendMessage',
        QueueUrl: 'q',
        MessageBody: 'hello',
        'MessageAttribute.1.Name': 'ticketNumber',
        'MessageAttribute.1.Value.DataType': 'String',
        'MessageAttribute.1.Value.StringValue': '48271935',
        'MessageAttribute.2.Name': 'raw',
        'MessageAttribute.2.Value.DataType': 'Binary',
        'MessageAttribute.2.Value.BinaryValue': 'aGVsbG8=',
      }).input,
    ).toEqual({
      QueueUrl: 'q',
      MessageBody: 'hello',
      MessageAttributes: { ticketNumber: { DataType: 'String', StringValue: '48271935' }, raw: { DataType: 'Binary', BinaryValue: 'aGVsbG8=' } },
    });
    expect(jsonCallOf({ Action: 'CreateQueue', QueueName: 'q', 'Attribute.1.Name': 'VisibilityTimeout', 'Attribute.1.Value': '5' }).input).toEqual({
      QueueName: 'q',
      Attributes: { VisibilityTimeout: '5' },
    });
  });

  it('refuses what it cannot translate with the error AWS would name', () => {
    const refusal = (form: Record<string, string>) => {
      try {
        jsonCallOf(form);
      } catch (error) {
        return error instanceof SqsQueryError ? { code: error.code, message: error.message } : error;
      }
      return undefined;
    };
    expect(refusal({ Version: '2012-11-05' })).toEqual({ code: 'MissingAction', message: 'The request must contain the parameter Action.' });
    expect(refusal({ Action: 'SendMessageBatch' })).toMatchObject({ code: 'InvalidAction', message: expect.stringContaining("SendMessageBatch is served only in SQS's JSON protocol") });
    expect(refusal({ Action: 'ReceiveMessage', QueueUrl: 'q', MaxNumberOfMessages: 'ten' })).toEqual({
      code: 'InvalidParameterValue',
      message: 'Value ten for parameter MaxNumberOfMessages is invalid. Reason: must be an integer.',
    });
    expect(refusal({ Action: 'SendMessage', QueueUrl: 'q', 'Entry.1.Id': 'x' })).toEqual({ code: 'InvalidParameterValue', message: 'SendMessage does not take the parameter Entry.1.Id.' });
    expect(refusal({ Action: 'SendMessage', QueueUrl: 'q', 'MessageAttribute.1.Name': 'a' })).toMatchObject({ code: 'InvalidParameterValue' });
  });

  it('answers in the XML shapes of AWS: flattened lists and Name/Value maps inside the result element', () => {
    const received = xml.parse(
      queryResponseOf(
        'ReceiveMessage',
        {
          Messages: [
            {
              MessageId: 'm1',
              ReceiptHandle: 'r1',
              Body: '{"a":"<b> & c"}',
              Attributes: { SenderId: '000000000000' },
              MessageAttributes: { ticketNumber: { StringValue: '48271935', DataType: 'String' } },
            },
          ],
        },
        'req-1',
      ),
    );
    expect(received).toEqual({
      ReceiveMessageResponse: {
        '@_xmlns': 'http://queue.amazonaws.com/doc/2012-11-05/',
        ReceiveMessageResult: {
          Message: [
            {
              MessageId: 'm1',
              ReceiptHandle: 'r1',
              Body: '{"a":"<b> & c"}',
              Attribute: [{ Name: 'SenderId', Value: '000000000000' }],
              MessageAttribute: [{ Name: 'ticketNumber', Value: { StringValue: '48271935', DataType: 'String' } }],
            },
          ],
        },
        ResponseMetadata: { RequestId: 'req-1' },
      },
    });
    expect(xml.parse(queryResponseOf('ListQueues', { QueueUrls: ['u1', 'u2'] }, 'r')).ListQueuesResponse.ListQueuesResult).toEqual({ QueueUrl: ['u1', 'u2'] });
  });

  it('keeps an empty result element where the CLI looks for one, and none where AWS sends none', () => {
    expect(queryResponseOf('ReceiveMessage', {}, 'r')).toContain('<ReceiveMessageResult>');
    expect(queryResponseOf('DeleteMessage', {}, 'r')).not.toContain('DeleteMessageResult');
  });

  it('answers errors in the ErrorResponse shape', () => {
    const error = xml.parse(queryErrorOf({ code: 'AWS.SimpleQueueService.NonExistentQueue', message: 'The specified queue does not exist.', sender: true }, 'r'));
    expect(error.ErrorResponse).toMatchObject({
      Error: { Type: 'Sender', Code: 'AWS.SimpleQueueService.NonExistentQueue', Message: 'The specified queue does not exist.' },
      RequestId: 'r',
    });
  });
});
