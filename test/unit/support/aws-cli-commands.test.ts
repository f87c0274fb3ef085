import { describe, expect, it } from 'vitest';
import { awsCliCommandsIn } from '../../support/aws-cli-commands';

describe('finding the AWS CLI commands of a README', () => {
  it('takes whole commands from code blocks, without comments, labels or prose', () => {
    const readme = [
      'Run `aws sqs list-queues` in prose: not a block.',
      '```sh',
      'export AWS_REGION=us-east-1 Q=http://127.0.0.1:8091',
      'aws sqs receive-message --endpoint-url $Q --visibility-timeout 0 \\',
      '  --queue-url $Q/000000000000/inbox          # what could not be sent',
      "aws dynamodb query --key-condition-expression 'pk = :pk' --expression-attribute-values '{\":pk\":{\"S\":\"TICKET#1\"}}'",
      'curl -s $API/v1/tickets',
      '```',
      '```',
      '  AWS CLI:        AWS_ACCESS_KEY_ID=local aws dynamodb list-tables --endpoint-url http://127.0.0.1:8000',
      '```',
    ].join('\n');

    expect(awsCliCommandsIn(readme)).toEqual([
      'aws sqs receive-message --endpoint-url $Q --visibility-timeout 0 --queue-url $Q/000000000000/inbox',
      "aws dynamodb query --key-condition-expression 'pk = :pk' --expression-attribute-values '{\":pk\":{\"S\":\"TICKET#1\"}}'",
      'AWS_ACCESS_KEY_ID=local aws dynamodb list-tables --endpoint-url http://127.0.0.1:8000',
    ]);
  });
});
