import { describe, expect, it } from 'vitest';
import { signIn } from '../../support/api';
import { expectStatus, openTicket } from './customer-steps';

/*
 * The catalogue written out by hand from the seeds, word for word (curly apostrophes included),
 * so that a typo in the product's copy fails here: labels and meanings of seed 001 for its six
 * types; for the general categories seed 002's labels with seed 000's meanings of Open, Awaiting
 * your reply and Solved (without the list's trailing ";") and seed 001's In progress meaning.
 */
type Phase = 'open' | 'awaiting_reply' | 'solved' | 'closed';
type Row = readonly [label: string, meaning: string, phase: Phase];

const submitted: Row = ['Submitted', 'Your request has been submitted', 'open'];
const additionalInformation: Row = ['Additional information required from the customer', 'Additional information required', 'awaiting_reply'];

const seedCatalogues: Record<string, readonly Row[]> = {
  refund: [
    submitted,
    ['In progress', 'Your request is being processed', 'open'],
    ['With Paddle', 'Waiting for Paddle to complete the refund', 'open'],
    ['With CoinPayments', 'Waiting for CoinPayments to complete the refund', 'open'],
    ['With Compliance', 'We’re completing a compliance review for your refund', 'open'],
    ['Refund approved', 'Your refund has been approved', 'solved'],
    ['Refund rejected', 'Your refund request has been reviewed and no refund is due', 'solved'],
  ],
  kyc: [
    submitted,
    ['In progress', 'Your request is being processed', 'open'],
    ['With J2TX', 'Your application is under review', 'open'],
    additionalInformation,
    ['KYC Approved', 'Your application has been approved', 'solved'],
    ['KYC Declined', 'Your application has been rejected', 'solved'],
    ['Residence address changed', 'Your residence address has been changed', 'solved'],
  ],
  withdrawal: [
    submitted,
    ['In progress - 3Commas', 'Under review', 'open'],
    ['With Finance', 'Our finance team is processing your withdrawal', 'open'],
    ['Withdrawal completed', 'Your withdrawal has been completed', 'solved'],
    ['Withdrawal cancelled', 'Your withdrawal request has been cancelled', 'solved'],
  ],
  account_restoration: [
    submitted,
    ['Restoration in progress', 'Restoration in progress', 'open'],
    ['Restoration: need more time', 'Restoration is taking longer than expected', 'open'],
    additionalInformation,
    ['Account Restored', 'Account Restored', 'solved'],
    ['Restoration request rejected', 'Restoration request rejected', 'solved'],
  ],
  account_deletion: [
    submitted,
    ['In progress - 3Commas', 'Under review', 'open'],
    ['With Developers', 'Our technical team is processing your request', 'open'],
    ['Deletion completed', 'Your account has been permanently deleted', 'solved'],
    ['Deletion cancelled', 'Your deletion request has been cancelled', 'solved'],
  ],
  bug_report: [
    submitted,
    ['In progress - 3Commas', 'Your request is being processed', 'open'],
    ['With Engineering', 'Engineers working on diagnosis or fix', 'open'],
    ['Monitoring fix', 'Fix deployed - Monitoring impact and customer reports', 'open'],
    ['Resolved', 'Resolved', 'solved'],
  ],
};

const generalCategory: readonly Row[] = [
  [
    'Open',
    'The service or technical team is currently working on your request, and we will contact you as soon as we have a feedback. If you have an open ticket, it can be tracked in the Report Status field within the ticket view',
    'open',
  ],
  ['In Progress', 'Your request is being processed', 'open'],
  [
    'Awaiting Your Reply',
    'Your request has been reviewed but is pending further information to proceed. In these cases, it is necessary to verify the information requested by the service team, providing as much detail as possible',
    'awaiting_reply',
  ],
  ['Resolved', 'Your request has been reviewed and finalized by the support team. You can reopen it for a new contact.', 'solved'],
];
for (const category of ['security', 'payments', 'api', 'account', 'general']) seedCatalogues[category] = generalCategory;

// The seeds describe no closed state; this one is Ticketflow's own, the same for every type.
const closed = {
  code: 'closed',
  label: 'Closed',
  meaning: 'This ticket is closed. If you need more help, please open a new ticket.',
  phase: 'closed',
};

/** The rule: the label in lower snake_case, without a company suffix. */
const codeOf = (label: string) =>
  label
    .replace(/ - 3Commas$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

const workflowTypes = ['refund', 'kyc', 'withdrawal'];

const expectedTypes = Object.fromEntries(
  Object.entries(seedCatalogues).map(([type, rows]) => [
    type,
    {
      type,
      movedBy: workflowTypes.includes(type) ? 'workflow' : 'agents',
      statuses: [...rows.map(([label, meaning, phase]) => ({ code: codeOf(label), label, meaning, phase })), closed],
    },
  ]),
);

/** Seed 000's Report Status field. */
const expectedReportStatuses = [
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
];

describe('GET /v1/ticket-types', () => {
  it('gives every status of every type its seed label and meaning word for word, in the seeds’ order, closed last', async () => {
    const response = await (await signIn()).get('/v1/ticket-types');

    expectStatus(response, 200);
    const byType = Object.fromEntries(response.body.types.map((entry: { type: string }) => [entry.type, entry]));
    expect(response.body.types).toHaveLength(11);
    expect(byType).toEqual(expectedTypes);
  });

  it('gives the report statuses of seed 000 word for word', async () => {
    const response = await (await signIn()).get('/v1/ticket-types');

    expect(response.body.reportStatuses).toEqual(expectedReportStatuses);
  });

  it('opens a ticket of each of the 11 types in its first status, with that status’s label and meaning', async () => {
    const alice = await signIn();

    const tickets = await Promise.all(Object.keys(seedCatalogues).map((type) => openTicket(alice, type)));

    expect(Object.fromEntries(tickets.map((ticket) => [ticket.type, { phase: ticket.phase, status: ticket.status }]))).toEqual(
      Object.fromEntries(
        Object.entries(seedCatalogues).map(([type, rows]) => {
          const [label, meaning, phase] = rows[0] as Row;
          return [type, { phase, status: { code: codeOf(label), label, meaning } }];
        }),
      ),
    );
  });
});
