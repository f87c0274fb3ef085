import { additionalInformationStatus, isWorkflowType, statusesOf } from './catalog';
import type { Phase, TicketType } from './types';

/*
 * Each type's transitions; only these edges are allowed.
 *
 * general categories (security, payments, api, account, general)
 *   open                 -> in_progress | awaiting_your_reply | resolved
 *   in_progress          -> open | awaiting_your_reply | resolved
 *   awaiting_your_reply  -> open | in_progress | resolved
 *   resolved             -> open                                  (reopen)
 *   any but closed       -> closed
 *
 * bug_report
 *   submitted            -> in_progress | resolved
 *   in_progress          -> with_engineering | resolved
 *   with_engineering     -> in_progress | monitoring_fix | resolved
 *   monitoring_fix       -> with_engineering | resolved
 *   resolved             -> in_progress                           (reopen)
 *   any but closed       -> closed
 *
 * account_deletion
 *   submitted            -> in_progress | deletion_cancelled
 *   in_progress          -> with_developers | deletion_cancelled
 *   with_developers      -> deletion_completed | deletion_cancelled
 *   deletion_cancelled   -> in_progress                           (reopen)
 *   any but closed       -> closed    (a completed deletion cannot be reopened, only closed)
 *
 * account_restoration (additional_information = additional_information_required_from_the_customer)
 *   submitted                    -> restoration_in_progress | additional_information | restoration_request_rejected
 *   restoration_in_progress      -> restoration_need_more_time | additional_information | account_restored | restoration_request_rejected
 *   restoration_need_more_time   -> restoration_in_progress | additional_information | account_restored | restoration_request_rejected
 *   additional_information       -> restoration_in_progress | restoration_request_rejected
 *   account_restored             -> restoration_in_progress       (reopen)
 *   restoration_request_rejected -> restoration_in_progress       (reopen)
 *   any but closed               -> closed
 *
 * refund (workflow)
 *   submitted            -> in_progress
 *   in_progress          -> with_compliance | with_paddle | with_coinpayments | refund_rejected
 *   with_compliance      -> with_paddle | with_coinpayments | refund_rejected
 *   with_paddle          -> refund_approved | refund_rejected
 *   with_coinpayments    -> refund_approved | refund_rejected
 *   refund_approved      -> closed
 *   refund_rejected      -> closed
 *
 * kyc (workflow; additional_information as above)
 *   submitted                 -> in_progress
 *   in_progress               -> with_j2tx | kyc_declined
 *   with_j2tx                 -> kyc_approved | kyc_declined | additional_information | residence_address_changed
 *   additional_information    -> with_j2tx | kyc_declined
 *   kyc_approved              -> closed
 *   kyc_declined              -> closed
 *   residence_address_changed -> closed
 *
 * withdrawal (workflow)
 *   submitted            -> in_progress | withdrawal_cancelled
 *   in_progress          -> with_finance | withdrawal_cancelled
 *   with_finance         -> withdrawal_completed | withdrawal_cancelled
 *   withdrawal_completed -> closed
 *   withdrawal_cancelled -> closed
 *
 * A workflow's outcome is final: its execution has ended, so a reopened ticket would sit in
 * In progress with nothing to move it (agents may not move a workflow's statuses). The customer
 * asks again with a new ticket, which starts a new workflow.
 *
 * closed has no way out: a customer with more to say opens a new ticket.
 */

type Edges = Readonly<Record<string, readonly string[]>>;

const additionalInformation = additionalInformationStatus;

const general: Edges = {
  open: ['in_progress', 'awaiting_your_reply', 'resolved'],
  in_progress: ['open', 'awaiting_your_reply', 'resolved'],
  awaiting_your_reply: ['open', 'in_progress', 'resolved'],
  resolved: ['open'],
};

const bugReport: Edges = {
  submitted: ['in_progress', 'resolved'],
  in_progress: ['with_engineering', 'resolved'],
  with_engineering: ['in_progress', 'monitoring_fix', 'resolved'],
  monitoring_fix: ['with_engineering', 'resolved'],
  resolved: ['in_progress'],
};

const accountDeletion: Edges = {
  submitted: ['in_progress', 'deletion_cancelled'],
  in_progress: ['with_developers', 'deletion_cancelled'],
  with_developers: ['deletion_completed', 'deletion_cancelled'],
  deletion_cancelled: ['in_progress'],
};

const accountRestoration: Edges = {
  submitted: ['restoration_in_progress', additionalInformation, 'restoration_request_rejected'],
  restoration_in_progress: ['restoration_need_more_time', additionalInformation, 'account_restored', 'restoration_request_rejected'],
  restoration_need_more_time: ['restoration_in_progress', additionalInformation, 'account_restored', 'restoration_request_rejected'],
  [additionalInformation]: ['restoration_in_progress', 'restoration_request_rejected'],
  account_restored: ['restoration_in_progress'],
  restoration_request_rejected: ['restoration_in_progress'],
};

const refund: Edges = {
  submitted: ['in_progress'],
  in_progress: ['with_compliance', 'with_paddle', 'with_coinpayments', 'refund_rejected'],
  with_compliance: ['with_paddle', 'with_coinpayments', 'refund_rejected'],
  with_paddle: ['refund_approved', 'refund_rejected'],
  with_coinpayments: ['refund_approved', 'refund_rejected'],
};

const kyc: Edges = {
  submitted: ['in_progress'],
  in_progress: ['with_j2tx', 'kyc_declined'],
  with_j2tx: ['kyc_approved', 'kyc_declined', additionalInformation, 'residence_address_changed'],
  [additionalInformation]: ['with_j2tx', 'kyc_declined'],
};

const withdrawal: Edges = {
  submitted: ['in_progress', 'withdrawal_cancelled'],
  in_progress: ['with_finance', 'withdrawal_cancelled'],
  with_finance: ['withdrawal_completed', 'withdrawal_cancelled'],
};

/**
 * Adds the edges to `closed`: agents may close an agent-driven ticket at any point, while a
 * workflow's ticket is closed only once its process has reached an outcome.
 */
function withClosing(type: TicketType, edges: Edges): Edges {
  const closable = (phase: Phase) => phase !== 'closed' && (!isWorkflowType(type) || phase === 'solved');
  return Object.fromEntries(
    statusesOf(type).map((status) => [status.code, [...(edges[status.code] ?? []), ...(closable(status.phase) ? ['closed'] : [])]]),
  );
}

const tables: Readonly<Record<TicketType, Edges>> = {
  refund: withClosing('refund', refund),
  kyc: withClosing('kyc', kyc),
  withdrawal: withClosing('withdrawal', withdrawal),
  account_restoration: withClosing('account_restoration', accountRestoration),
  account_deletion: withClosing('account_deletion', accountDeletion),
  bug_report: withClosing('bug_report', bugReport),
  security: withClosing('security', general),
  payments: withClosing('payments', general),
  api: withClosing('api', general),
  account: withClosing('account', general),
  general: withClosing('general', general),
};

/** The statuses a ticket of the type may move to from `from` (none for `closed` or an unknown status). */
export function allowedTargets(type: TicketType, from: string): readonly string[] {
  return tables[type][from] ?? [];
}

/** Whether the type's table has the edge `from` -> `to`. */
export function canTransition(type: TicketType, from: string, to: string): boolean {
  return allowedTargets(type, from).includes(to);
}

const generalCategories: readonly TicketType[] = ['security', 'payments', 'api', 'account', 'general'];
const isGeneral = (type: TicketType) => generalCategories.includes(type);

/** The status that says the customer must act, when the type has one. */
export function awaitingStatus(type: TicketType): string | undefined {
  return statusesOf(type).find((status) => status.phase === 'awaiting_reply')?.code;
}

/** Where a ticket awaiting the customer goes when they reply (undefined for types that never await them). */
export function afterCustomerReply(type: TicketType): string | undefined {
  if (isGeneral(type)) return 'open';
  if (type === 'account_restoration') return 'restoration_in_progress';
  if (type === 'kyc') return 'with_j2tx';
  return undefined;
}

/** Where a solved ticket goes when it is reopened. */
export function reopenStatus(type: TicketType): string {
  if (isGeneral(type)) return 'open';
  if (type === 'account_restoration') return 'restoration_in_progress';
  return 'in_progress';
}

/**
 * Where a ticket goes when its customer considers it done; undefined for workflow types, whose
 * process decides the outcome.
 */
export function customerSolveStatus(type: TicketType): string | undefined {
  if (isGeneral(type) || type === 'bug_report') return 'resolved';
  if (type === 'account_deletion') return 'deletion_cancelled';
  if (type === 'account_restoration') return 'closed';
  return undefined;
}
