import type { Wording } from '../../functions/domain/catalog';
import type { Phase, TicketType } from '../../functions/domain/types';

/*
 * The status catalogues written out by hand from the seeds, word for word (curly apostrophes
 * included), so that a typo in the product's copy fails the tests that compare against it: seed
 * 001 for its six types; for the general categories seed 002's labels with seed 000's meanings of
 * Open, Awaiting your reply and Solved (without the list's trailing ";") and seed 001's In progress.
 */

export type SeedRow = readonly [code: string, label: string, meaning: string, phase: Phase];

// Ticketflow's own closed state: the seeds describe none.
const closed: SeedRow = ['closed', 'Closed', 'This ticket is closed. If you need more help, please open a new ticket.', 'closed'];
const seed001: Record<'refund' | 'kyc' | 'account_restoration' | 'account_deletion' | 'bug_report' | 'withdrawal', readonly SeedRow[]> = {
  refund: [
    ['submitted', 'Submitted', 'Your request has been submitted', 'open'],
    ['in_progress', 'In progress', 'Your request is being processed', 'open'],
    ['with_paddle', 'With Paddle', 'Waiting for Paddle to complete the refund', 'open'],
    ['with_coinpayments', 'With CoinPayments', 'Waiting for CoinPayments to complete the refund', 'open'],
    ['with_compliance', 'With Compliance', 'We’re completing a compliance review for your refund', 'open'],
    ['refund_approved', 'Refund approved', 'Your refund has been approved', 'solved'],
    ['refund_rejected', 'Refund rejected', 'Your refund request has been reviewed and no refund is due', 'solved'],
    closed,
  ],
  kyc: [
    ['submitted', 'Submitted', 'Your request has been submitted', 'open'],
    ['in_progress', 'In progress', 'Your request is being processed', 'open'],
    ['with_j2tx', 'With J2TX', 'Your application is under review', 'open'],
    ['additional_information_required_from_the_customer', 'Additional information required from the customer', 'Additional information required', 'awaiting_reply'],
    ['kyc_approved', 'KYC Approved', 'Your application has been approved', 'solved'],
    ['kyc_declined', 'KYC Declined', 'Your application has been rejected', 'solved'],
    ['residence_address_changed', 'Residence address changed', 'Your residence address has been changed', 'solved'],
    closed,
  ],
  account_restoration: [
    ['submitted', 'Submitted', 'Your request has been submitted', 'open'],
    ['restoration_in_progress', 'Restoration in progress', 'Restoration in progress', 'open'],
    ['restoration_need_more_time', 'Restoration: need more time', 'Restoration is taking longer than expected', 'open'],
    ['additional_information_required_from_the_customer', 'Additional information required from the customer', 'Additional information required', 'awaiting_reply'],
    ['account_restored', 'Account Restored', 'Account Restored', 'solved'],
    ['restoration_request_rejected', 'Restoration request rejected', 'Restoration request rejected', 'solved'],
    closed,
  ],
  account_deletion: [
    ['submitted', 'Submitted', 'Your request has been submitted', 'open'],
    ['in_progress', 'In progress - 3Commas', 'Under review', 'open'],
    ['with_developers', 'With Developers', 'Our technical team is processing your request', 'open'],
    ['deletion_completed', 'Deletion completed', 'Your account has been permanently deleted', 'solved'],
    ['deletion_cancelled', 'Deletion cancelled', 'Your deletion request has been cancelled', 'solved'],
    closed,
  ],
  bug_report: [
    ['submitted', 'Submitted', 'Your request has been submitted', 'open'],
    ['in_progress', 'In progress - 3Commas', 'Your request is being processed', 'open'],
    ['with_engineering', 'With Engineering', 'Engineers working on diagnosis or fix', 'open'],
    ['monitoring_fix', 'Monitoring fix', 'Fix deployed - Monitoring impact and customer reports', 'open'],
    ['resolved', 'Resolved', 'Resolved', 'solved'],
    closed,
  ],
  withdrawal: [
    ['submitted', 'Submitted', 'Your request has been submitted', 'open'],
    ['in_progress', 'In progress - 3Commas', 'Under review', 'open'],
    ['with_finance', 'With Finance', 'Our finance team is processing your withdrawal', 'open'],
    ['withdrawal_completed', 'Withdrawal completed', 'Your withdrawal has been completed', 'solved'],
    ['withdrawal_cancelled', 'Withdrawal cancelled', 'Your withdrawal request has been cancelled', 'solved'],
    closed,
  ],
};

// Labels from seed 002; meanings of Open, Awaiting your reply and Solved from seed 000 (without
// the ";" that separates its list items), In progress from seed 001.
const generalRows: readonly SeedRow[] = [
  [
    'open',
    'Open',
    'The service or technical team is currently working on your request, and we will contact you as soon as we have a feedback. If you have an open ticket, it can be tracked in the Report Status field within the ticket view',
    'open',
  ],
  ['in_progress', 'In Progress', 'Your request is being processed', 'open'],
  [
    'awaiting_your_reply',
    'Awaiting Your Reply',
    'Your request has been reviewed but is pending further information to proceed. In these cases, it is necessary to verify the information requested by the service team, providing as much detail as possible',
    'awaiting_reply',
  ],
  ['resolved', 'Resolved', 'Your request has been reviewed and finalized by the support team. You can reopen it for a new contact.', 'solved'],
  closed,
];

export const seedStatuses: Record<TicketType, readonly SeedRow[]> = {
  ...seed001,
  security: generalRows,
  payments: generalRows,
  api: generalRows,
  account: generalRows,
  general: generalRows,
};

/** The wording under which the catalogue reads as the seeds word for word: seed 001's platform is 3Commas. */
export const seedPlatformWording: Wording = { platformName: '3Commas' };

/** The rule for codes: the label in lower snake_case, without a company suffix. */
export const codeOf = (label: string) =>
  label
    .replace(/ - 3Commas$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

/** Seed 000's Report Status field. */
export const seedReportStatuses = [
  {
    code: 'awaiting_opening',
    label: 'Awaiting opening',
    meaning: 'Our customer service team has already received your request and is analyzing the existing information to forward it to the responsible team',
  },
  {
    code: 'report_in_progress',
    label: 'Report in progress',
    meaning: 'We have already forwarded your request to the team responsible for handling it, which is currently analyzing the registered ticket',
  },
  {
    code: 'report_completed',
    label: 'Report completed',
    meaning: 'The team responsible for your issue has already completed the analysis and we will contact you as soon as possible with the result of your request',
  },
  {
    code: 'no_report_required',
    label: 'No report required',
    meaning: 'Your request has been analyzed and it has been identified that it will not be necessary to process it by the technical teams.',
  },
] as const;
