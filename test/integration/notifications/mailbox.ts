import { expect, inject } from 'vitest';
import { until } from '../../support/eventually';
import { testDeploymentWording } from '../../support/test-deployment';

/** An email as the local SES keeps it on its /store page. */
export interface SentEmail {
  readonly messageId: string;
  readonly from: string;
  readonly destination: { readonly to: readonly string[] };
  readonly subject: string;
  readonly body: { readonly text?: string; readonly html?: string };
}

/** Every email the local SES has accepted for the address, oldest first. */
export async function emailsTo(address: string): Promise<SentEmail[]> {
  const response = await fetch(`${inject('localCloud').ses}/store`);
  const store = (await response.json()) as { emails: SentEmail[] };
  return store.emails.filter((email) => email.destination.to.includes(address));
}

/**
 * Waits until the address has received an email whose subject contains `subjectPart`, then answers
 * every email the address has.
 * @throws Error listing the subjects received if none matched before the hang deadline.
 */
export async function waitForEmail(address: string, subjectPart: string): Promise<SentEmail[]> {
  return until(`an email to ${address} with "${subjectPart}" in its subject`, () => emailsTo(address), (emails) =>
    emails.some((email) => email.subject.includes(subjectPart)),
  );
}

/** The first email to `address` whose subject holds `subjectPart`, once it has arrived. */
export async function emailWith(address: string, subjectPart: string): Promise<SentEmail> {
  const emails = await waitForEmail(address, subjectPart);
  return emails.find((email) => email.subject.includes(subjectPart))!;
}

/** The subjects of emails, for assertions that read like the mailbox. */
export const subjects = (emails: readonly SentEmail[]) => emails.map((email) => email.subject);

/** The From of every email the test cloud sends: the platform's name (the sender's name by default) and the sender address. */
export const platformSender = `"${testDeploymentWording.platformName}" <support@ticketflow.local>`;

/**
 * The emails after a ticket's confirmation: expects the mailbox to begin with the confirmation of
 * the ticket (every new ticket is confirmed before anything else is told of it) and answers the rest.
 */
export function afterConfirmation(emails: readonly SentEmail[], number: string): SentEmail[] {
  const [first, ...rest] = emails;
  expect(first?.subject, `the confirmation of ticket ${number} first`).toMatch(new RegExp(`^\\[Ticket ${number}\\] .*: Ticket received$`));
  return rest;
}
