import type { Identity } from './types';

/*
 * Who owns a ticket, as one string: the customer's verified email in its normal form, or, for a
 * token whose email is not verified, the token's own subject (it owns only what it opened itself).
 * The two forms have separate prefixes, so no email can name a subject's tickets or the reverse.
 */

/**
 * An email address in the one form ownership compares: Unicode NFKC (so compatibility forms such
 * as full-width letters become the plain letters they stand for), trimmed, lower-cased. Nothing else
 * is folded: dots and plus-tags reach different mailboxes at most providers, and for Gmail, where
 * they do not, folding would only let one verified mailbox stand for another's spelling; support
 * opens a case for the spelling the customer wrote from. Look-alikes from other scripts (a Cyrillic
 * "а") stay distinct characters, so they are distinct owners: an address is owned by whoever
 * verifies that very mailbox.
 */
export function normalisedEmail(email: string): string {
  return email.normalize('NFKC').trim().toLowerCase();
}

/** The owner key of tickets opened for (or by the verified holder of) an email address. */
export function ownerOfEmail(email: string): string {
  return `EMAIL#${normalisedEmail(email)}`;
}

/**
 * The owner whose tickets a signed-in person sees and opens: their verified email, or, when the
 * email is not verified, only their own subject (an unverified address links nothing).
 */
export function ownerOf(identity: Pick<Identity, 'sub' | 'email' | 'emailVerified'>): string {
  return identity.emailVerified ? ownerOfEmail(identity.email) : `SUB#${identity.sub}`;
}
