import { ownershipClaimOf } from '../../domain/owner';
import type { Identity } from '../../domain/types';
import { logger } from '../../shared/observability';

/** Where what one owner of tickets owns moves to another: their tickets and their email preferences. */
export interface Ownership {
  /** Moves every ticket `from` owns to `to`, idempotently; answers how many moved. */
  moveTickets(from: string, to: string): Promise<number>;
  /** Gives `to` the preferences `from` set, unless `to` has its own. */
  carryPreferences(from: string, to: string, now: string): Promise<void>;
}

/** What a claim needs: where ownership moves, and a clock. */
export interface ClaimDeps {
  readonly ownership: Ownership;
  readonly now: () => Date;
}

/**
 * Lets a customer whose email is now verified find, in their email's list and in every later
 * session of that email, the tickets their token opened before the email was verified:
 * 1. a token whose email is not verified claims nothing (an unverified address links nothing);
 * 2. the preferences the token's subject set are carried to the email, unless the email has its
 *    own, first, so that no email about a moved ticket goes out against the customer's wishes;
 * 3. every ticket the subject owns moves to the email's owner key, one conditional update each.
 * Idempotent: once moved, the subject owns nothing, and a claim costs one Query and one GetItem.
 * Another customer's tickets are never touched: only the subject's own move, and only to the email
 * the identity provider verified for it.
 */
export async function claimWhatMySubjectOpened(deps: ClaimDeps, identity: Pick<Identity, 'sub' | 'email' | 'emailVerified'>): Promise<void> {
  const claim = ownershipClaimOf(identity);
  if (!claim) return;
  await deps.ownership.carryPreferences(claim.from, claim.to, deps.now().toISOString());
  const moved = await deps.ownership.moveTickets(claim.from, claim.to);
  if (moved > 0) logger.info('tickets opened before the email was verified joined its tickets', { moved });
}
