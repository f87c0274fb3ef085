import { describe, expect, it } from 'vitest';
import { signIn } from '../../support/api';
import { testDeploymentWording } from '../../support/test-deployment';
import { agentMoves, agentView, customerView, expectStatus, listedNumbers, openTicket } from '../tickets/customer-steps';
import { afterConfirmation, emailWith, subjects, waitForEmail } from './mailbox';

/*
 * The test cloud is deployed as seed 001's platform (TICKETFLOW_PLATFORM_NAME=3Commas) with seed
 * 000's "Solved" and "Awaiting your reply" for account tickets (TICKETFLOW_STATUS_WORDING): see
 * test/support/test-deployment.ts. The expected words are written out here, not read from it.
 */
const resolvedMeaning = 'Your request has been reviewed and finalized by the support team. You can reopen it for a new contact.';

describe("the platform's own words", () => {
  it('tells Alice her account ticket is “Solved” in the API, her list and her email, while Bob’s general ticket reads “Resolved”', async () => {
    expect(testDeploymentWording.statuses.account.resolved.label).toBe('Solved');
    const [alice, bob, agent] = await Promise.all([signIn(), signIn(), signIn({ agent: true })]);
    const alices = await openTicket(alice, 'account', { subject: 'Cannot change my email' });
    const bobs = await openTicket(bob, 'general', { subject: 'Where is my invoice?' });

    await agentMoves(agent, alices.number, 'resolved');
    await agentMoves(agent, bobs.number, 'resolved');

    const solved = { code: 'resolved', label: 'Solved', meaning: resolvedMeaning };
    expect((await customerView(alice, alices.number)).ticket.status).toEqual(solved);
    const row = (await alice.get('/v1/tickets')).body.tickets.find((candidate: { number: string }) => candidate.number === alices.number);
    expect(row.status).toEqual({ code: 'resolved', label: 'Solved' });
    // Agents keep the stable code; the label is the platform's.
    expect((await agentView(agent, alices.number)).ticket.status).toEqual(solved);
    const email = await emailWith(alice.email, ': Solved');
    expect(email!.subject).toBe(`[Ticket ${alices.number}] Cannot change my email: Solved`);
    expect(email!.body.text).toContain(`is now: Solved\n${resolvedMeaning}`);

    // Another customer, another category: the seeds' own words, and none of Alice's ticket.
    expect((await customerView(bob, bobs.number)).ticket.status).toEqual({ code: 'resolved', label: 'Resolved', meaning: resolvedMeaning });
    expect(subjects(afterConfirmation(await waitForEmail(bob.email, ': Resolved'), bobs.number))).toEqual([`[Ticket ${bobs.number}] Where is my invoice?: Resolved`]);
    expect(await listedNumbers(bob)).toEqual([bobs.number]);
    expectStatus(await bob.get(`/v1/tickets/${alices.number}`), 404);
  });

  it('names the platform in seed 001’s “In progress” of a bug report, in the API and the email', async () => {
    const [customer, agent] = await Promise.all([signIn(), signIn({ agent: true })]);
    const { number } = await openTicket(customer, 'bug_report', { subject: 'Chart does not load' });

    const moved = await agentMoves(agent, number, 'in_progress');

    expect(moved.status).toEqual({ code: 'in_progress', label: 'In progress - 3Commas', meaning: 'Your request is being processed' });
    const email = await emailWith(customer.email, ': In progress - 3Commas');
    expect(email!.body.text).toContain('is now: In progress - 3Commas\nYour request is being processed');
  });

  it('names statuses in the platform’s words when it refuses a customer or an agent', async () => {
    const [alice, agent] = await Promise.all([signIn(), signIn({ agent: true })]);
    const { number } = await openTicket(alice, 'account', { subject: 'Cannot change my email' });
    expectStatus(await agent.post(`/v1/agent/tickets/${number}/messages`, { body: 'Which address should it be?', awaitReply: true }), 201);

    const close = await alice.post(`/v1/tickets/${number}/close`);
    expectStatus(close, 409);
    expect(close.body.error.message).toContain(`ticket ${number} is “Awaiting your reply” and still being worked on`);
    const reopen = await alice.post(`/v1/tickets/${number}/reopen`);
    expectStatus(reopen, 409);
    expect(reopen.body.error.message).toContain('“Awaiting your reply”');

    await agentMoves(agent, number, 'resolved');
    const back = await agent.post(`/v1/agent/tickets/${number}/status`, { status: 'awaiting_your_reply' });
    expectStatus(back, 409);
    expect(back.body.error.message).toContain('cannot move from “Solved” (resolved) to “Awaiting your reply” (awaiting_your_reply)');
  });

  it('lists the platform’s words in GET /v1/ticket-types', async () => {
    const { body } = await (await signIn()).get('/v1/ticket-types');
    const labelsOf = (type: string) => Object.fromEntries(body.types.find((entry: { type: string }) => entry.type === type).statuses.map((status: { code: string; label: string }) => [status.code, status.label]));

    expect(labelsOf('account')).toMatchObject({ resolved: 'Solved', awaiting_your_reply: 'Awaiting your reply' });
    expect(labelsOf('general')).toMatchObject({ resolved: 'Resolved', awaiting_your_reply: 'Awaiting Your Reply' });
    expect(labelsOf('withdrawal')).toMatchObject({ in_progress: 'In progress - 3Commas' });
    expect(labelsOf('refund')).toMatchObject({ in_progress: 'In progress' });
  });
});
