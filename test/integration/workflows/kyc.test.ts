import { beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../support/api';
import type { ApiUser } from '../../support/api';
import { agentView, fakes, j2txSays, openTicket, newProviderReference, providerReference, statesEntered, untilEnded, untilStatus, untilWaiting, workflowView } from './support';

let customer: ApiUser;
let agent: ApiUser;

beforeAll(async () => {
  [customer, agent] = await Promise.all([signIn(), signIn({ agent: true })]);
});

const addressChange = { details: { kind: 'address_change', country: 'PT', address: 'Rua Augusta 100, 1100-053 Lisboa' } };

describe('the KYC workflow', () => {
  it('approves an application J2TX approves: Submitted, In progress, With J2TX, KYC Approved', async () => {
    const number = await openTicket(customer, 'kyc');
    const application = await providerReference(agent, number);
    const sent = (await fakes().j2tx.requests()).find((request) => request.body.includes(`"externalId":"${number}"`));
    expect(JSON.parse(sent?.body ?? '{}')).toMatchObject({ kind: 'verification', country: 'DE', email: customer.email });

    expect((await j2txSays({ applicationId: application, externalId: number, answer: 'approved' })).status).toBe(200);

    const view = await untilStatus(agent, number, 'kyc_approved');
    expect(view.ticket.status.label).toBe('KYC Approved');
    expect(view.timeline.find((event) => event.kind === 'solved')).toMatchObject({ actor: { kind: 'provider', id: 'j2tx' } });
    expect((await untilEnded(agent, number)).execution.status).toBe('SUCCEEDED');
  });

  it('declines an application J2TX declines, telling the customer J2TX’s customer-safe comment only', async () => {
    const number = await openTicket(customer, 'kyc');
    const application = await providerReference(agent, number);

    await j2txSays({ applicationId: application, externalId: number, answer: 'declined', customerComment: 'The document has expired.', internalComment: 'MRZ mismatch, possible forgery.' });

    await untilStatus(agent, number, 'kyc_declined');
    const mine = await customer.get(`/v1/tickets/${number}`);
    expect(mine.body.ticket.status.label).toBe('KYC Declined');
    expect(mine.body.messages.map((message: { body: string }) => message.body)).toEqual(['The document has expired.']);
    expect(JSON.stringify(mine.body)).not.toContain('MRZ mismatch');
    const theirs = await agentView(agent, number);
    expect(theirs.timeline.find((event) => event.kind === 'solved')?.note).toContain('MRZ mismatch, possible forgery.');
  });

  it('redacts a card number and a key in J2TX’s customer and internal comments before the message and the note are stored', async () => {
    const number = await openTicket(customer, 'kyc');
    const application = await providerReference(agent, number);

    await j2txSays({
      applicationId: application,
      externalId: number,
      answer: 'declined',
      customerComment: 'The card 4111 1111 1111 1111 shown on the document is not an identity document.',
      internalComment: 'Applicant pasted AKIAIOSFODNN7EXAMPLE into the form.',
    });

    await untilStatus(agent, number, 'kyc_declined');
    const mine = await customer.get(`/v1/tickets/${number}`);
    expect(mine.body.messages.map((message: { body: string }) => message.body)).toEqual(['The card [card ending 1111] shown on the document is not an identity document.']);
    const theirs = await agentView(agent, number);
    expect(theirs.timeline.find((event) => event.kind === 'solved')?.note).toBe('J2TX declined the application. Applicant pasted [REDACTED] into the form.');
    expect(JSON.stringify(theirs)).not.toMatch(/4111 1111 1111 1111|AKIAIOSFODNN7EXAMPLE/);
  });

  it('asks the customer for more, and goes back to J2TX with their reply, which then approves', async () => {
    const number = await openTicket(customer, 'kyc');
    const first = await providerReference(agent, number);

    await j2txSays({ applicationId: first, externalId: number, answer: 'needs_information', customerComment: 'Please send a recent proof of address.' });

    await untilWaiting(agent, number, 'customer');
    const asked = await customer.get(`/v1/tickets/${number}`);
    expect(asked.body.ticket.status).toMatchObject({ code: 'additional_information_required_from_the_customer', label: 'Additional information required from the customer' });
    expect(asked.body.ticket.phase).toBe('awaiting_reply');
    expect(asked.body.messages.at(-1)).toMatchObject({ from: 'support', body: 'Please send a recent proof of address.' });

    const reply = await customer.post(`/v1/tickets/${number}/messages`, { body: 'My utility bill is at https://files.example/bill.pdf' });
    expect(reply.status).toBe(201);
    expect(reply.body.ticket.status.label).toBe('With J2TX');

    const second = await newProviderReference(agent, number, first);
    const resubmitted = (await fakes().j2tx.requests()).filter((request) => request.body.includes(`"externalId":"${number}"`));
    expect(resubmitted).toHaveLength(2);
    expect(JSON.parse(resubmitted[1]?.body ?? '{}').additionalInformation).toBe('My utility bill is at https://files.example/bill.pdf');

    await j2txSays({ applicationId: String(second), externalId: number, answer: 'approved' });
    await untilStatus(agent, number, 'kyc_approved');
    const states = statesEntered(await untilEnded(agent, number));
    expect(states.filter((state) => state === 'Waiting for J2TX')).toHaveLength(2);
    expect(states.filter((state) => state === 'With J2TX')).toHaveLength(1);
    const statuses = (await customer.get(`/v1/tickets/${number}`)).body.timeline.map((event: { after: { status?: string } }) => event.after.status).filter(Boolean);
    expect(statuses).toEqual(['submitted', 'in_progress', 'with_j2tx', 'additional_information_required_from_the_customer', 'with_j2tx', 'kyc_approved']);
  });

  it('declines the application, saying why, when the customer does not answer in time', async () => {
    const number = await openTicket(customer, 'kyc');
    const application = await providerReference(agent, number);
    await j2txSays({ applicationId: application, externalId: number, answer: 'needs_information', customerComment: 'Please send a selfie.' });
    await untilWaiting(agent, number, 'customer');

    // The test cloud gives the customer seconds (testWaits.customerReplyTimeoutSeconds).
    await untilStatus(agent, number, 'kyc_declined');
    const mine = await customer.get(`/v1/tickets/${number}`);
    expect(mine.body.messages.at(-1).body).toContain('We did not receive the information we asked for within the time allowed');
  });

  it('ends an address change J2TX accepts in “Residence address changed”', async () => {
    const number = await openTicket(customer, 'kyc', addressChange);
    const application = await providerReference(agent, number);
    const sent = (await fakes().j2tx.requests()).find((request) => request.body.includes(`"externalId":"${number}"`));
    expect(JSON.parse(sent?.body ?? '{}')).toMatchObject({ kind: 'address_change', address: 'Rua Augusta 100, 1100-053 Lisboa' });

    await j2txSays({ applicationId: application, externalId: number, answer: 'approved' });

    const view = await untilStatus(agent, number, 'residence_address_changed');
    expect(view.ticket.status.label).toBe('Residence address changed');
  });

  it('keeps the wait alive while J2TX reports progress', async () => {
    const number = await openTicket(customer, 'kyc');
    const application = await providerReference(agent, number);

    const progress = await j2txSays({ applicationId: application, externalId: number, answer: 'approved', type: 'application.pending' });
    expect(JSON.parse(progress.body)).toMatchObject({ received: true, result: 'progress' });
    expect((await workflowView(agent, number)).body.waiting.kind).toBe('provider');
    expect((await agentView(agent, number)).ticket.status.code).toBe('with_j2tx');
  });
});
