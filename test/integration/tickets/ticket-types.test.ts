import { describe, expect, it } from 'vitest';
import { signIn } from '../../support/api';
import { seedReportStatuses, seedStatuses, type SeedRow } from '../../support/seed-catalogue';
import { testDeploymentWording } from '../../support/test-deployment';
import { expectStatus, openTicket } from './customer-steps';

const workflowTypes = ['refund', 'kyc', 'withdrawal'];

/** The test platform's own label of a status, where it gives one (seed 000's words for account tickets). */
const ownLabel = (type: string, code: string): string | undefined =>
  (testDeploymentWording.statuses as Record<string, Record<string, { label: string }> | undefined>)[type]?.[code]?.label;

const expectedTypes = Object.fromEntries(
  Object.entries(seedStatuses).map(([type, rows]) => [
    type,
    {
      type,
      movedBy: workflowTypes.includes(type) ? 'workflow' : 'agents',
      statuses: rows.map(([code, label, meaning, phase]) => ({ code, label: ownLabel(type, code) ?? label, meaning, phase })),
    },
  ]),
);

describe('GET /v1/ticket-types', () => {
  it('gives every status of every type its seed label and meaning word for word, in the seeds’ order, closed last, except where the platform gives its own label', async () => {
    const response = await (await signIn()).get('/v1/ticket-types');

    expectStatus(response, 200);
    const byType = Object.fromEntries(response.body.types.map((entry: { type: string }) => [entry.type, entry]));
    expect(response.body.types).toHaveLength(11);
    expect(byType).toEqual(expectedTypes);
  });

  it('gives the report statuses of seed 000 word for word', async () => {
    const response = await (await signIn()).get('/v1/ticket-types');

    expect(response.body.reportStatuses).toEqual(seedReportStatuses);
  });

  it('opens a ticket of each of the 11 types in its first status, with that status’s label and meaning', async () => {
    const alice = await signIn();

    const tickets = await Promise.all(Object.keys(seedStatuses).map((type) => openTicket(alice, type)));

    expect(Object.fromEntries(tickets.map((ticket) => [ticket.type, { phase: ticket.phase, status: ticket.status }]))).toEqual(
      Object.fromEntries(
        Object.entries(seedStatuses).map(([type, rows]) => {
          const [code, label, meaning, phase] = rows[0] as SeedRow;
          return [type, { phase, status: { code, label, meaning } }];
        }),
      ),
    );
  });
});
