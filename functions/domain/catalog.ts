import { workflowTypes } from './types';
import type { Phase, ReportStatus, StatusDefinition, TicketType } from './types';

/** The three fields of a status the API returns. */
export interface StatusView {
  readonly code: string;
  readonly label: string;
  readonly meaning: string;
}

/** A value of seed 000's Report Status field, with its label and meaning. */
export interface ReportStatusDefinition {
  readonly code: ReportStatus;
  readonly label: string;
  readonly meaning: string;
}

export type WorkflowType = (typeof workflowTypes)[number];

/** A deployment's own customer-facing words for one status; what it leaves out keeps the seeds' text. */
export interface StatusWords {
  readonly label?: string;
  readonly meaning?: string;
}

/**
 * A deployment's own words (the seeds come from three companies): its platform's name, and for any
 * status its own label and meaning. Agents keep the stable codes; only what customers read changes.
 */
export interface Wording {
  /**
   * The platform's name, appended to the labels seed 001 gives with its company's name ("In progress -
   * 3Commas" for account deletion, bug report and withdrawal). Without it those labels read "In progress".
   */
  readonly platformName?: string;
  /**
   * Words by ticket type then status code; the type `*` gives the words to that status of every type
   * that has it (seed 000's "Solved" for all five general categories). A type's own entry wins.
   */
  readonly statuses?: Readonly<Record<string, Readonly<Record<string, StatusWords>>>>;
}

/** The key of `Wording.statuses` whose words go to every ticket type that has the status. */
export const everyType = '*';

/** The seeds' words, with no platform name. */
export const seedWording: Wording = {};

const status = (code: string, label: string, meaning: string, phase: Phase): StatusDefinition => ({ code, label, meaning, phase });

// Labels and meanings are product requirements copied word for word from the seeds (curly
// apostrophes included). Where seed 000 ends a list item with ";" the separator is not part of the
// text and is left out.
const submitted = status('submitted', 'Submitted', 'Your request has been submitted', 'open');
const inProgress = (label: string, meaning: string) => status('in_progress', label, meaning, 'open');
/**
 * The status in which a KYC or account restoration ticket waits for the customer's answer to a
 * question (J2TX's, or the agents'). The KYC workflow moves its ticket there and waits for the
 * reply; the one spelling of this code.
 */
export const additionalInformationStatus = 'additional_information_required_from_the_customer';

const additionalInformation = status(
  additionalInformationStatus,
  'Additional information required from the customer',
  'Additional information required',
  'awaiting_reply',
);
// Our text, not the seeds': they describe no closed state, but every catalogue needs one.
const closed = status('closed', 'Closed', 'This ticket is closed. If you need more help, please open a new ticket.', 'closed');

/** Seed 001: refund ticket statuses. */
const refund = [
  submitted,
  inProgress('In progress', 'Your request is being processed'),
  status('with_paddle', 'With Paddle', 'Waiting for Paddle to complete the refund', 'open'),
  status('with_coinpayments', 'With CoinPayments', 'Waiting for CoinPayments to complete the refund', 'open'),
  status('with_compliance', 'With Compliance', 'We’re completing a compliance review for your refund', 'open'),
  status('refund_approved', 'Refund approved', 'Your refund has been approved', 'solved'),
  status('refund_rejected', 'Refund rejected', 'Your refund request has been reviewed and no refund is due', 'solved'),
  closed,
];

/** Seed 001: verification (KYC) ticket statuses. */
const kyc = [
  submitted,
  inProgress('In progress', 'Your request is being processed'),
  status('with_j2tx', 'With J2TX', 'Your application is under review', 'open'),
  additionalInformation,
  status('kyc_approved', 'KYC Approved', 'Your application has been approved', 'solved'),
  status('kyc_declined', 'KYC Declined', 'Your application has been rejected', 'solved'),
  status('residence_address_changed', 'Residence address changed', 'Your residence address has been changed', 'solved'),
  closed,
];

/** Seed 001: account restoration ticket statuses. */
const accountRestoration = [
  submitted,
  status('restoration_in_progress', 'Restoration in progress', 'Restoration in progress', 'open'),
  status('restoration_need_more_time', 'Restoration: need more time', 'Restoration is taking longer than expected', 'open'),
  additionalInformation,
  status('account_restored', 'Account Restored', 'Account Restored', 'solved'),
  status('restoration_request_rejected', 'Restoration request rejected', 'Restoration request rejected', 'solved'),
  closed,
];

/**
 * Seed 001 names its own company in these labels ("In progress - 3Commas"); the platform's name is
 * a deployment setting (Wording.platformName), so the catalogue holds the label without it.
 */
const inProgressNamingPlatform = (meaning: string) => ({ ...inProgress('In progress', meaning), namesPlatform: true });

/** Seed 001: account deletion ticket statuses. */
const accountDeletion = [
  submitted,
  inProgressNamingPlatform('Under review'),
  status('with_developers', 'With Developers', 'Our technical team is processing your request', 'open'),
  status('deletion_completed', 'Deletion completed', 'Your account has been permanently deleted', 'solved'),
  status('deletion_cancelled', 'Deletion cancelled', 'Your deletion request has been cancelled', 'solved'),
  closed,
];

/** Seed 001: bug report ticket statuses. */
const bugReport = [
  submitted,
  inProgressNamingPlatform('Your request is being processed'),
  status('with_engineering', 'With Engineering', 'Engineers working on diagnosis or fix', 'open'),
  status('monitoring_fix', 'Monitoring fix', 'Fix deployed - Monitoring impact and customer reports', 'open'),
  status('resolved', 'Resolved', 'Resolved', 'solved'),
  closed,
];

/** Seed 001: withdrawal ticket statuses. */
const withdrawal = [
  submitted,
  inProgressNamingPlatform('Under review'),
  status('with_finance', 'With Finance', 'Our finance team is processing your withdrawal', 'open'),
  status('withdrawal_completed', 'Withdrawal completed', 'Your withdrawal has been completed', 'solved'),
  status('withdrawal_cancelled', 'Withdrawal cancelled', 'Your withdrawal request has been cancelled', 'solved'),
  closed,
];

/** Seed 002's labels; the meanings of Open, Awaiting your reply and Solved from seed 000, In progress from 001. */
const generalCategory = [
  status(
    'open',
    'Open',
    'The service or technical team is currently working on your request, and we will contact you as soon as we have a feedback. If you have an open ticket, it can be tracked in the Report Status field within the ticket view',
    'open',
  ),
  status('in_progress', 'In Progress', 'Your request is being processed', 'open'),
  status(
    'awaiting_your_reply',
    'Awaiting Your Reply',
    'Your request has been reviewed but is pending further information to proceed. In these cases, it is necessary to verify the information requested by the service team, providing as much detail as possible',
    'awaiting_reply',
  ),
  status('resolved', 'Resolved', 'Your request has been reviewed and finalized by the support team. You can reopen it for a new contact.', 'solved'),
  closed,
];

type CatalogueEntry = StatusDefinition & { readonly namesPlatform?: boolean };

const catalogues: Readonly<Record<TicketType, readonly CatalogueEntry[]>> = {
  refund,
  kyc,
  withdrawal,
  account_restoration: accountRestoration,
  account_deletion: accountDeletion,
  bug_report: bugReport,
  security: generalCategory,
  payments: generalCategory,
  api: generalCategory,
  account: generalCategory,
  general: generalCategory,
};

/** Seed 000: the Report Status field. */
const reportStatusCatalogue: Readonly<Record<ReportStatus, ReportStatusDefinition>> = {
  awaiting_opening: {
    code: 'awaiting_opening',
    label: 'Awaiting opening',
    meaning: 'Our customer service team has already received your request and is analyzing the existing information to forward it to the responsible team',
  },
  report_in_progress: {
    code: 'report_in_progress',
    label: 'Report in progress',
    meaning: 'We have already forwarded your request to the team responsible for handling it, which is currently analyzing the registered ticket',
  },
  report_completed: {
    code: 'report_completed',
    label: 'Report completed',
    meaning: 'The team responsible for your issue has already completed the analysis and we will contact you as soon as possible with the result of your request',
  },
  no_report_required: {
    code: 'no_report_required',
    label: 'No report required',
    meaning: 'Your request has been analyzed and it has been identified that it will not be necessary to process it by the technical teams.',
  },
};

/** A catalogue entry in the deployment's words: its own label and meaning where it gives them, the seeds' otherwise. */
function worded(type: TicketType, entry: CatalogueEntry, wording: Wording): StatusDefinition {
  const own = { ...wording.statuses?.[everyType]?.[entry.code], ...wording.statuses?.[type]?.[entry.code] };
  const seedLabel = entry.namesPlatform && wording.platformName ? `${entry.label} - ${wording.platformName}` : entry.label;
  return { code: entry.code, label: own.label ?? seedLabel, meaning: own.meaning ?? entry.meaning, phase: entry.phase };
}

/**
 * Every status of a type's catalogue, in the order the seeds list them, `closed` last, in the
 * deployment's words (the seeds' without a wording).
 */
export function statusesOf(type: TicketType, wording: Wording = seedWording): readonly StatusDefinition[] {
  return catalogues[type].map((entry) => worded(type, entry, wording));
}

/** Whether `code` is a status of the type's catalogue. */
export function isStatusOf(type: TicketType, code: string): boolean {
  return catalogues[type].some((definition) => definition.code === code);
}

/**
 * The definition of one status of a type, in the deployment's words (the seeds' without a wording).
 * @throws Error when the type has no such status: stored tickets always hold a catalogue code, so
 * this is a programming error, not a client's; requests are checked with `isStatusOf` first.
 */
export function statusOf(type: TicketType, code: string, wording: Wording = seedWording): StatusDefinition {
  const definition = catalogues[type].find((candidate) => candidate.code === code);
  if (!definition) throw new Error(`A ${type} ticket has no status "${code}".`);
  return worded(type, definition, wording);
}

/**
 * What is wrong with a wording, one line each naming the unknown type or status or the empty text;
 * none when every entry names a status of its type (or, under `*`, of some type).
 */
export function wordingProblems(wording: Wording): string[] {
  const problems: string[] = [];
  if (wording.platformName !== undefined && wording.platformName.trim() === '') problems.push('the platform name is empty');
  for (const [type, statuses] of Object.entries(wording.statuses ?? {})) {
    const known: readonly CatalogueEntry[] | undefined = type === everyType ? Object.values(catalogues).flat() : (catalogues as Record<string, readonly CatalogueEntry[]>)[type];
    if (!known) {
      problems.push(`unknown ticket type "${type}" (the types are: ${Object.keys(catalogues).join(', ')}, or ${everyType} for every type)`);
      continue;
    }
    for (const [code, words] of Object.entries(statuses)) {
      if (!known.some((entry) => entry.code === code)) problems.push(`unknown status "${code}" of ${type === everyType ? 'any ticket type' : `the ${type} type`}`);
      for (const field of ['label', 'meaning'] as const) {
        if (words[field] !== undefined && words[field].trim() === '') problems.push(`the ${field} of ${type}.${code} is empty`);
      }
    }
  }
  return problems;
}

/** The phase of a status of a type. @throws Error for an unknown status (see statusOf). */
export function phaseOf(type: TicketType, code: string): Phase {
  return statusOf(type, code).phase;
}

/** The status a new ticket of the type starts in: `submitted` for seed 001's types, `open` for the general categories. */
export function initialStatus(type: TicketType): string {
  const first = catalogues[type][0];
  if (!first) throw new Error(`The ${type} catalogue is empty.`);
  return first.code;
}

/** Seed 000's Report Status value with its label and meaning. */
export function reportStatusOf(code: ReportStatus): ReportStatusDefinition {
  return reportStatusCatalogue[code];
}

/** Whether a Step Functions workflow, not an agent, moves the type's status (refund, kyc, withdrawal). */
export function isWorkflowType(type: TicketType): type is WorkflowType {
  return (workflowTypes as readonly TicketType[]).includes(type);
}

/**
 * A status as the API shows it: code, customer-facing label and meaning in the deployment's words.
 * @throws Error for an unknown status.
 */
export function describeStatus(type: TicketType, code: string, wording: Wording = seedWording): StatusView {
  const { label, meaning } = statusOf(type, code, wording);
  return { code, label, meaning };
}
