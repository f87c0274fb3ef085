import { SendEmailCommand, type SESClient } from '@aws-sdk/client-ses';
import { PublishCommand, type SNSClient } from '@aws-sdk/client-sns';
import type { EmailContent } from './email-content';

/** Sends one email; answers the provider's message id. */
export interface Mailer {
  send(to: string, email: EmailContent, abortSignal?: AbortSignal): Promise<string>;
}

/** Publishes one alert to the support team; answers the provider's message id. */
export interface TeamAlerts {
  publish(alert: { readonly subject: string; readonly message: string; readonly attributes: Readonly<Record<string, string>> }, abortSignal?: AbortSignal): Promise<string>;
}

/*
 * Written here rather than taken from a MIME library: SES v1 takes the Source as one header value,
 * and these few lines are all of RFC 5322's display name and RFC 2047's encoded words it needs.
 */

/** The most bytes of UTF-8 one encoded word carries: its base64 stays within RFC 2047's 75 characters. */
const encodedWordBytes = 45;

/** Non-ASCII text as RFC 2047 encoded words (UTF-8, base64), split between characters. */
function encodedWords(text: string): string {
  const words: string[] = [];
  let bytes: number[] = [];
  for (const character of text) {
    const encoded = [...Buffer.from(character, 'utf8')];
    if (bytes.length + encoded.length > encodedWordBytes) {
      words.push(Buffer.from(bytes).toString('base64'));
      bytes = [];
    }
    bytes.push(...encoded);
  }
  if (bytes.length > 0) words.push(Buffer.from(bytes).toString('base64'));
  return words.map((word) => `=?UTF-8?B?${word}?=`).join(' ');
}

/**
 * A From header's mailbox: the display name and the address, `"Name" <address>`. A printable ASCII
 * name is a quoted string (its quotes and backslashes escaped); any other is RFC 2047 encoded words,
 * as SES requires. Line breaks and control characters in the name become spaces.
 */
export function mailboxOf(name: string, address: string): string {
  const oneLine = name.toWellFormed().replace(/[\p{Cc}\p{Zl}\p{Zp}\s]+/gu, ' ').trim();
  if (oneLine === '') return address;
  const display = /^[\x20-\x7e]*$/.test(oneLine) ? `"${oneLine.replace(/["\\]/g, (character) => `\\${character}`)}"` : encodedWords(oneLine);
  return `${display} <${address}>`;
}

/**
 * A Mailer over SES v1 SendEmail, from the configured sender, in the configuration set (its
 * reputation metrics and suppression) when one is named.
 */
export function sesMailer(ses: SESClient, options: { /** The From mailbox (see mailboxOf). */ readonly from: string; readonly configurationSet?: string | undefined }): Mailer {
  return {
    async send(to, email, abortSignal) {
      const { MessageId } = await ses.send(
        new SendEmailCommand({
          Source: options.from,
          Destination: { ToAddresses: [to] },
          Message: {
            Subject: { Data: email.subject, Charset: 'UTF-8' },
            Body: { Text: { Data: email.text, Charset: 'UTF-8' }, Html: { Data: email.html, Charset: 'UTF-8' } },
          },
          ...(options.configurationSet ? { ConfigurationSetName: options.configurationSet } : {}),
        }),
        abortSignal ? { abortSignal } : {},
      );
      if (!MessageId) throw new Error('SES accepted the email but answered no MessageId');
      return MessageId;
    },
  };
}

/** TeamAlerts over an SNS topic (the team subscribes to it by email, chat or paging). */
export function snsTeamAlerts(sns: SNSClient, topicArn: string): TeamAlerts {
  return {
    async publish(alert, abortSignal) {
      const { MessageId } = await sns.send(
        new PublishCommand({
          TopicArn: topicArn,
          Subject: alert.subject,
          Message: alert.message,
          MessageAttributes: Object.fromEntries(Object.entries(alert.attributes).map(([name, value]) => [name, { DataType: 'String', StringValue: value }])),
        }),
        abortSignal ? { abortSignal } : {},
      );
      if (!MessageId) throw new Error('SNS accepted the alert but answered no MessageId');
      return MessageId;
    },
  };
}

// Errors raised before a request could reach the service: nothing was sent.
const unreachable = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'CERT_HAS_EXPIRED']);

/**
 * Whether a failed send certainly did not go out: the service answered with an error (an HTTP
 * status), or could not be reached at all. A timeout or a connection reset after the request left
 * is uncertain: the service may have accepted it.
 */
export function certainlyNotSent(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { $metadata, $response, code } = error as { $metadata?: { httpStatusCode?: number }; $response?: { statusCode?: number }; code?: unknown };
  if (typeof $metadata?.httpStatusCode === 'number' || typeof $response?.statusCode === 'number') return true;
  return typeof code === 'string' && unreachable.has(code);
}

/** A short description of an error for logs and the ledger (never a message body). */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  return `${error.name}${typeof code === 'string' && code !== error.name ? ` (${code})` : ''}: ${error.message}`;
}
