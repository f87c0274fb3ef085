import { SESClient } from '@aws-sdk/client-ses';
import { SNSClient } from '@aws-sdk/client-sns';
import { getPreferences } from '../data/preferences';
import type { Store } from '../data/store';
import { dynamo } from '../shared/clients';
import { requiredEnv } from '../shared/config';
import { deploymentWording } from '../shared/wording';
import type { Wording } from '../domain/catalog';
import { traced } from '../shared/observability';
import { mailboxOf, sesMailer, snsTeamAlerts } from './channels';
import type { RatingLinks } from './email-content';
import { ratingLinkExpiry, signRatingLink } from '../domain/satisfaction/rating-link';
import { deploymentClockSettings } from '../shared/clock-settings';
import { ratingLinkKey, ratingLinkSecretVariable } from '../shared/rating-link-key';
import type { NotifierDeps } from './notifier';

/**
 * How long a claim on a notification holds. Longer than the notifier's timeout (see the system
 * description), so that a claim is never taken over from an invocation still running.
 */
export const notificationLeaseMs = 60_000;

/** The deployment's notification settings, as the function's environment gives them. */
export interface NotificationSettings {
  readonly tableName: string;
  readonly senderAddress: string;
  readonly senderName: string;
  readonly portalUrl: string;
  readonly configurationSet: string | undefined;
  readonly alertTopicArn: string | undefined;
  /** The deployment's words for statuses; the seeds' when absent. */
  readonly wording?: Wording | undefined;
  /** Where rating links point and how long they work, when the function signs them (RATING_LINK_SECRET_ID set). */
  readonly ratingLinks?: { readonly apiUrl: string; readonly expiryDays: number } | undefined;
}

/**
 * Reads the notification settings from the environment: TABLE_NAME, SENDER_ADDRESS, SENDER_NAME and
 * PORTAL_URL are required; EMAIL_CONFIGURATION_SET and ALERT_TOPIC_ARN are set where the deployment
 * has them; PLATFORM_WORDING holds the deployment's words for statuses. Where RATING_LINK_SECRET_ID is
 * set (the system's notifier), solved emails ask "Was this helpful?": API_URL is then required, and
 * the links work for the clock settings' satisfaction.linkExpiryDays (CLOCK_SETTINGS).
 * @throws Error naming a missing required variable, or a wording that is not valid.
 */
export function notificationSettingsFromEnv(): NotificationSettings {
  return {
    tableName: requiredEnv('TABLE_NAME'),
    senderAddress: requiredEnv('SENDER_ADDRESS'),
    senderName: requiredEnv('SENDER_NAME'),
    portalUrl: requiredEnv('PORTAL_URL'),
    configurationSet: process.env['EMAIL_CONFIGURATION_SET'] || undefined,
    alertTopicArn: process.env['ALERT_TOPIC_ARN'] || undefined,
    wording: deploymentWording(),
    ratingLinks: process.env[ratingLinkSecretVariable] ? { apiUrl: requiredEnv('API_URL'), expiryDays: deploymentClockSettings().satisfaction.linkExpiryDays } : undefined,
  };
}

/** The links of a solve, signed with the deployment's key: to the API's rating pages, expiring `expiryDays` after the solve. */
export function ratingLinkSigner(settings: { readonly apiUrl: string; readonly expiryDays: number }, key: () => Promise<string>): (number: string, solvedAt: string) => Promise<RatingLinks> {
  const base = settings.apiUrl.replace(/\/+$/, '');
  return async (number, solvedAt) => {
    const signingKey = await key();
    const expiresAt = ratingLinkExpiry(solvedAt, settings.expiryDays);
    const link = (score: 'good' | 'bad') => `${base}/v1/ratings/${signRatingLink({ number, solvedAt, score, expiresAt }, signingKey)}`;
    return { good: link('good'), bad: link('bad') };
  };
}

/** The clients a notifier sends through. */
export interface NotificationClients {
  readonly store: Store;
  readonly ses: SESClient;
  readonly sns: SNSClient;
}

/**
 * SES and SNS clients with short connection and request timeouts, so that a service that hangs
 * costs a retry, not the invocation. Their endpoints come from the SDK's configuration
 * (AWS_ENDPOINT_URL_SES / _SNS locally), their retries from its defaults (AWS_MAX_ATTEMPTS).
 */
export function notificationClients(tableName: string): NotificationClients {
  const requestHandler = { connectionTimeout: 2000, requestTimeout: 5000 };
  return { store: { db: dynamo, table: tableName }, ses: traced(new SESClient({ requestHandler })), sns: traced(new SNSClient({ requestHandler })) };
}

/** The notifier's dependencies for a deployment's settings and clients. */
export function notifierDeps(settings: NotificationSettings, clients: NotificationClients): NotifierDeps {
  return {
    store: clients.store,
    mailer: sesMailer(clients.ses, { from: mailboxOf(settings.senderName, settings.senderAddress), configurationSet: settings.configurationSet }),
    alerts: settings.alertTopicArn ? snsTeamAlerts(clients.sns, settings.alertTopicArn) : undefined,
    portalUrl: settings.portalUrl,
    wording: settings.wording,
    now: () => new Date(),
    leaseMs: notificationLeaseMs,
    // The owner's, not the opener's: a case support opened for an email follows what its owner set.
    preferencesOf: (requester) => getPreferences(clients.store, requester.owner),
    ratingLinks: settings.ratingLinks ? ratingLinkSigner(settings.ratingLinks, ratingLinkKey) : undefined,
  };
}
