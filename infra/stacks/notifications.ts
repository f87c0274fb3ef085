import { ArnFormat, Duration, Stack, Validations } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { ConfigurationSet, ConfigurationSetTlsPolicy, EmailIdentity, Identity, SuppressionReasons } from 'aws-cdk-lib/aws-ses';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { domainOf } from './deployment-settings';

/** What notifications are built from: the sender address and who hears about urgent tickets. */
export interface NotificationResourcesProps {
  readonly senderAddress: string;
  /** The support team's address, subscribed to the alert topic by email when given. */
  readonly supportAlertEmail?: string | undefined;
}

/** What a function needs to send email as the sender: the identity and the configuration set. */
export interface EmailSending {
  readonly identityArn: string;
  readonly configurationSetName: string;
  readonly configurationSetArn: string;
  readonly fromAddress: string;
}

/**
 * The resources behind notification emails and team alerts: the SES sender identity (the domain
 * of the sender address; its DKIM records must be published in that domain's DNS), a
 * configuration set that keeps reputation metrics and suppresses bounced and complaining
 * addresses, and the support team's alert topic, encrypted with a key CloudWatch alarms may use,
 * which also receives the alarms of the stream consumers' on-failure queues.
 */
export class NotificationResources extends Construct {
  readonly configurationSet: ConfigurationSet;
  readonly senderIdentity: EmailIdentity;
  readonly alertTopic: Topic;
  readonly sending: EmailSending;

  constructor(scope: Construct, id: string, props: NotificationResourcesProps) {
    super(scope, id);
    this.configurationSet = new ConfigurationSet(this, 'Emails', {
      reputationMetrics: true,
      sendingEnabled: true,
      suppressionReasons: SuppressionReasons.BOUNCES_AND_COMPLAINTS,
      tlsPolicy: ConfigurationSetTlsPolicy.REQUIRE,
    });
    const domain = domainOf(props.senderAddress);
    this.senderIdentity = new EmailIdentity(this, 'Sender', { identity: Identity.domain(domain), configurationSet: this.configurationSet });
    const stack = Stack.of(this);
    this.sending = {
      identityArn: stack.formatArn({ service: 'ses', resource: 'identity', resourceName: domain, arnFormat: ArnFormat.SLASH_RESOURCE_NAME }),
      configurationSetName: this.configurationSet.configurationSetName,
      configurationSetArn: stack.formatArn({
        service: 'ses',
        resource: 'configuration-set',
        resourceName: this.configurationSet.configurationSetName,
        arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
      }),
      fromAddress: props.senderAddress,
    };

    // A key of our own: the AWS managed SNS key does not let CloudWatch publish alarms to the topic.
    const key = new Key(this, 'AlertsKey', { enableKeyRotation: true, description: 'Encrypts the Ticketflow support alert topic' });
    key.grant(new ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey');
    this.alertTopic = new Topic(this, 'SupportAlerts', { displayName: 'Ticketflow support alerts', masterKey: key, enforceSSL: true });
    if (props.supportAlertEmail) {
      const subscription = this.alertTopic.addSubscription(new EmailSubscription(props.supportAlertEmail));
      Validations.of(subscription).acknowledge({
        id: 'Serverless-SNSRedrivePolicy',
        reason:
          'The subscriber is the team mailbox: SNS retries email delivery itself, and an alert it could not deliver has nobody to ' +
          'be redriven to; the alarms stay visible in CloudWatch and urgent tickets in the agents queue.',
      });
    }
  }

  /**
   * An alarm that fires (and alerts the team) as soon as a stream consumer's on-failure queue
   * holds a message: a notification, or another change, that could not be handled.
   */
  alarmOnFailureQueue(consumer: string, queue: IQueue, description?: string): Alarm {
    const alarm = new Alarm(this, `${consumer}FailuresAlarm`, {
      alarmDescription:
        description ?? `Stream records the ${consumer} function gave up on wait in its on-failure queue (shard and sequence numbers, readable in the stream for 24 hours).`,
      metric: queue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(1), statistic: 'Maximum' }),
      threshold: 0,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(new SnsAction(this.alertTopic));
    return alarm;
  }
}
