import { Duration, Validations } from 'aws-cdk-lib';
import { Rule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { scanResultDetailType } from '../../functions/events/scan-result-event';

/** What the scan results are wired from: the files bucket and the function that records them. */
export interface ScanResultsProps {
  readonly bucket: IBucket;
  readonly function: IFunction;
}

/**
 * GuardDuty's malware scan results for the files bucket → the scan-result function: an
 * EventBridge rule on the default bus (GuardDuty publishes there) matching the "Object Scan Result"
 * events of this bucket only. EventBridge invokes the function asynchronously: Lambda retries a
 * failed invocation twice, then sends the event with its error to the failure queue, which also
 * takes the events EventBridge itself could not deliver (alarmed by the stateless stack).
 */
export class ScanResults extends Construct {
  readonly rule: Rule;
  readonly failureQueue: Queue;

  constructor(scope: Construct, id: string, props: ScanResultsProps) {
    super(scope, id);
    this.failureQueue = new Queue(this, 'Failures', { encryption: QueueEncryption.SQS_MANAGED, enforceSSL: true, retentionPeriod: Duration.days(14) });
    const reason = 'This queue is itself the on-failure destination of the scan results; nothing consumes it automatically (an operator replays from it).';
    Validations.of(this.failureQueue).acknowledge({ id: 'AwsSolutions-SQS3', reason }, { id: 'Serverless-SQSRedrivePolicy', reason });
    props.function.configureAsyncInvoke({ retryAttempts: 2, maxEventAge: Duration.hours(6), onFailure: new SqsDestination(this.failureQueue) });
    this.rule = new Rule(this, 'Rule', {
      description: "GuardDuty Malware Protection's object scan results for the files bucket",
      eventPattern: {
        source: ['aws.guardduty'],
        detailType: [scanResultDetailType],
        detail: { s3ObjectDetails: { bucketName: [props.bucket.bucketName] } },
      },
      targets: [new LambdaFunction(props.function, { deadLetterQueue: this.failureQueue, retryAttempts: 8, maxEventAge: Duration.hours(24) })],
    });
  }
}
