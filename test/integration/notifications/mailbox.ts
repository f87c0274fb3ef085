import { inject } from 'vitest';

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
 * Waits until the address has received an email whose subject contains `subjectPart` (polling the
 * store, up to `timeoutMs`), then answers every email the address has.
 * @throws Error listing the subjects received when none matched in time.
 */
export async function waitForEmail(address: string, subjectPart: string, timeoutMs = 15_000): Promise<SentEmail[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const emails = await emailsTo(address);
    if (emails.some((email) => email.subject.includes(subjectPart))) return emails;
    if (Date.now() > deadline) {
      throw new Error(`No email to ${address} with "${subjectPart}" in its subject within ${timeoutMs} ms; received: ${JSON.stringify(emails.map((email) => email.subject))}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

/** The subjects of emails, for assertions that read like the mailbox. */
export const subjects = (emails: readonly SentEmail[]) => emails.map((email) => email.subject);
