import type { Identity } from './types';

/*
 * Who owns a ticket, as one string: the customer's verified email in its normal form, or, for a
 * token whose email is not verified, the token's own subject (it owns only what it opened itself).
 * The two forms have separate prefixes, so no email can name a subject's tickets or the reverse.
 */

/**
 * An email address in the one form ownership compares: Unicode NFC (one encoding of the same
 * text, such as a composed "é"), trimmed, lower-cased (every provider delivers `ALICE@Pay.Example`
 * to alice@pay.example). Nothing else is folded, because what is folded would let one mailbox stand
 * for another: dots and plus-tags reach different mailboxes at most providers (at Gmail, where they
 * do not, support opens the case for the spelling the customer wrote from, and that is the address
 * they sign in with); look-alikes stay distinct characters, a Cyrillic "а" as much as a full-width
 * "ａ" (NFKC would fold the full-width one into "a", so it is not used). An address is owned by
 * whoever verifies that very mailbox.
 */
export function normalisedEmail(email: string): string {
  return email.normalize('NFC').trim().toLowerCase();
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
  return identity.emailVerified ? ownerOfEmail(identity.email) : ownerOfSubject(identity.sub);
}

/** The owner key of what a token of this subject opened while its email was not verified. */
export function ownerOfSubject(sub: string): string {
  return `SUB#${sub}`;
}

/**
 * Whether a signed-in person may act as the owner of what `owner` owns: their own owner key, or,
 * whatever their email, what their own subject opened before its email was verified (that token
 * opened it; it is theirs until it joins their email's tickets, see ownershipClaimOf).
 */
export function owns(identity: Pick<Identity, 'sub' | 'email' | 'emailVerified'>, owner: string): boolean {
  return owner === ownerOf(identity) || owner === ownerOfSubject(identity.sub);
}

/** What a verified customer's subject opened before the email was verified, and the email's owner key it joins. */
export interface OwnershipClaim {
  readonly from: string;
  readonly to: string;
}

/**
 * The claim a signed-in person makes on what their subject opened unverified: with a verified
 * email, those tickets (and the preferences set meanwhile) join the email's, so that every later
 * session of that email finds them; without one, no claim (an unverified address links nothing).
 */
export function ownershipClaimOf(identity: Pick<Identity, 'sub' | 'email' | 'emailVerified'>): OwnershipClaim | undefined {
  return identity.emailVerified ? { from: ownerOfSubject(identity.sub), to: ownerOfEmail(identity.email) } : undefined;
}
