import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { signIn, type ApiUser } from '../support/api';
import { customerView, expectStatus, listedNumbers, openTicket } from '../integration/tickets/customer-steps';
import { eventually, paddleSays, providerReference, untilStatus, untilWaiting, workflowView } from '../integration/workflows/support';
import { anAgent, browserForThisFile, expectAccessible, hangMs, screenshot, signInAt } from './browser';
import { uniqueTag } from '../support/unique';

/*
 * The agent console in Debian's Chromium against the local cloud: an agent signs in with the local
 * identity provider's agent choice, finds a customer's new ticket in the queue (its phases counted),
 * asks a question and waits, reads the customer's answer (sent through the API) and resolves the
 * ticket; an agent opens a case for a customer's email and the customer finds it; the workflow
 * panel's decisions (approve a refund, complete a withdrawal with its reference, cancel one with a
 * reason) reach the customer's own browser. The agent works by keyboard (focus and Enter or Space,
 * typing, choosing in a select), and every console page passes axe-core at a phone's and a
 * desktop's width.
 */

const cloud = inject('localCloud');
const web = cloud.web;
const browser = browserForThisFile();

/** A customer's own browser, signed in with their email, on `path`. */
const customerPage = (email: string, path: string) => browser.newSignedInPage(path, { email, name: 'Casey Customer' });

/**
 * Opens the console's ticket page once its workflow runs: the execution starts from the table's
 * stream a moment after the ticket is stored, and the panel says "no workflow yet" before that.
 */
async function ticketPageWithWorkflow(page: Page, apiAgent: ApiUser, number: string) {
  await eventually(`the workflow of ${number} to start`, async () => ((await workflowView(apiAgent, number)).status === 200 ? true : undefined));
  await page.reload();
  const panel = page.getByRole('region', { name: 'Workflow' });
  await panel.getByText('Running', { exact: true }).waitFor();
  return panel;
}

/**
 * Waits for the queue row of a subject, asking for the next page while the API has more: the
 * shared cloud's queue holds every other test's tickets too, and a new ticket comes last in its
 * priority. The queue is read from an index the API may not have caught up on yet, so at the end
 * of the list the agent reloads, as a person would, until the row shows or the hang deadline passes.
 */
async function queueRow(page: Page, subject: string) {
  const row = page.getByRole('row').filter({ hasText: subject });
  const more = page.getByRole('button', { name: 'Show more tickets' });
  // The same button reads "Loading…" (and is disabled) while the next page is fetched.
  const moreOrLoading = page.getByRole('button', { name: /^(Show more tickets|Loading…)$/ });
  const settled = page.locator('table.tickets, .empty').first();
  const deadline = Date.now() + hangMs;
  await page.getByText('Loading the queue…').waitFor({ state: 'detached' });
  await settled.waitFor();
  while (Date.now() < deadline) {
    if ((await row.count()) > 0) return row;
    if ((await moreOrLoading.count()) === 0) {
      await page.reload();
      await page.getByText('Loading the queue…').waitFor({ state: 'detached' });
      await settled.waitFor();
      continue;
    }
    // A page may add no match (the API filters after reading): what is awaited is the end of the
    // loading, never a new row. A press while loading hits a disabled button and does nothing.
    if ((await more.count()) > 0) await more.press('Enter');
    await page.getByRole('button', { name: 'Loading…' }).waitFor({ state: 'detached', timeout: hangMs });
  }
  throw new Error(`${subject} did not show in the queue`);
}

describe('the agent console', () => {
  it('takes a customer’s new ticket from the queue through a question, the customer’s answer and its resolution', async () => {
    const customer = await signIn();
    const subject = `Console question ${uniqueTag()}`;
    const ticket = await openTicket(customer, 'api', { subject, priority: 'critical', description: 'Our API key stopped working this morning.' });
    const { context, page } = await browser.newPage();
    try {
      await signInAt(page, '/console?priority=critical&type=api', anAgent());
      await page.getByRole('heading', { name: 'Queue' }).waitFor();
      const row = await queueRow(page, subject);
      expect(await row.getByRole('cell').nth(1).textContent()).toBe('API');
      expect(await row.getByRole('cell').nth(3).textContent()).toBe('Critical');
      const phases = page.getByRole('navigation', { name: 'Phases' });
      expect(await phases.getByRole('link', { name: /^Open \d/ }).getAttribute('aria-current')).toBe('page');
      // The counts follow the assignee and priority, not the type: the page says so.
      await page.getByText('The counts are of every type and status.').waitFor();
      await expectAccessible(page);
      await screenshot(page, 'console-queue');

      await row.getByRole('link', { name: subject }).press('Enter');
      await page.getByRole('heading', { name: subject }).waitFor();
      await page.getByText('Our API key stopped working this morning.').waitFor();
      await page.getByLabel('Message').fill('Which key do you use: the live or the test one?');
      await page.getByRole('button', { name: 'Ask and wait for the customer' }).press('Enter');
      await page.getByText('Sent to the customer.').waitFor();
      await page.getByLabel('Message').fill('Customer on the enterprise plan: check their rate limit first.');
      await page.getByRole('button', { name: 'Add internal note' }).press('Enter');
      await page.getByText('Internal note added.').waitFor();

      // The question sits with what the customer sees, the note with the internal notes, and only
      // the question reached the customer.
      const customerSide = page.getByRole('region', { name: 'What the customer sees' });
      const internalSide = page.getByRole('region', { name: 'Internal notes' });
      await customerSide.getByText('Which key do you use: the live or the test one?').waitFor();
      await internalSide.getByText('Customer on the enterprise plan: check their rate limit first.').waitFor();
      expect(await customerSide.getByText('check their rate limit').count()).toBe(0);
      const seen = await customerView(customer, ticket.number);
      expect(seen.ticket.phase).toBe('awaiting_reply');
      expect(seen.messages.map((m: { body: string }) => m.body)).toEqual(['Which key do you use: the live or the test one?']);

      await page.getByLabel('Priority', { exact: true }).selectOption('high');
      await page.getByText('Saved.').waitFor();
      await page.getByRole('button', { name: 'Assign to me' }).press('Enter');
      await page.getByText('Assignee: You').waitFor();
      await expectAccessible(page);
      await screenshot(page, 'console-ticket');

      const reply = await customer.post(`/v1/tickets/${ticket.number}/messages`, { body: 'The live one, created last week.' });
      expectStatus(reply, 201);
      await page.reload();
      await customerSide.getByText('The live one, created last week.').waitFor();
      await page.getByLabel('Change status to').selectOption({ label: 'Resolved' });
      await page.getByRole('button', { name: 'Change status' }).press('Enter');
      await page.getByRole('heading', { name: 'Status: Resolved' }).waitFor();
      expect((await customerView(customer, ticket.number)).ticket.status.label).toBe('Resolved');

      // Mine, in the Solved phase, lists it now, and the phases count this new agent's one ticket there.
      await page.getByRole('link', { name: '← Queue' }).press('Enter');
      await page.getByLabel('Assignee').selectOption('me');
      await phases.getByRole('link', { name: /^Solved \d/ }).press('Enter');
      await (await queueRow(page, subject)).waitFor();
      expect(await phases.getByRole('link', { name: 'Solved 1 ticket', exact: true }).getAttribute('aria-current')).toBe('page');
      expect(await phases.getByRole('link', { name: 'Open 0 tickets', exact: true }).count()).toBe(1);
      expect(await phases.getByRole('link', { name: 'Awaiting customer 0 tickets', exact: true }).count()).toBe(1);
      expect((await phases.locator('.phase-count').allTextContents()).join(' ')).toBe('0 0 1');
      await page.getByLabel('Type').selectOption('general');
      await page.getByText('No ticket in this phase matches these filters.').waitFor();
    } finally {
      await context.close();
    }
  });

  it('opens a case for a customer’s email, once however often it is sent, and the customer finds it', async () => {
    const email = `console-case-${uniqueTag()}@example.com`;
    const { context, page } = await browser.newPage();
    try {
      await signInAt(page, '/console', anAgent());
      await page.getByRole('link', { name: 'Open a ticket for a customer' }).press('Enter');
      await page.getByRole('heading', { name: 'Open a ticket for a customer' }).waitFor();
      await page.getByLabel('Customer email').fill(email);
      await page.getByLabel('Customer name').fill('Casey Customer');
      await page.getByLabel('Subject').fill('Your call about a missing deposit');
      await page.getByLabel('Type').selectOption('payments');
      await page.getByLabel('Description').fill('Deposit of Friday not credited.');
      await page.getByLabel('First message (the customer reads it)').fill('We opened this case after your call; we are checking the deposit.');
      await page.getByLabel('Internal note (optional)').fill('Called in at 10:00.');
      await expectAccessible(page);
      await screenshot(page, 'console-open-ticket');

      // The first submission reaches the API but its answer is lost: the retry sends the same key.
      const keys: string[] = [];
      await page.route('**/v1/agent/tickets', async (route) => {
        if (route.request().method() !== 'POST') return route.fallback();
        keys.push((await route.request().headerValue('idempotency-key')) ?? '');
        if (keys.length > 1) return route.fallback();
        await route.fetch();
        return route.abort('connectionreset');
      });
      await page.getByRole('button', { name: 'Open ticket' }).press('Enter');
      await page.getByText('The service could not be reached.').waitFor();
      await page.getByRole('button', { name: 'Open ticket' }).press('Enter');
      const number = (await page.locator('.case-number strong').textContent()) ?? '';
      expect(number).toMatch(/^\d{8}$/);
      expect(keys).toHaveLength(2);
      expect(keys[1]).toBe(keys[0]);
      await expectAccessible(page);

      const customer = await signIn({ email });
      expect(await listedNumbers(customer)).toEqual([number]);
      const seen = await customerView(customer, number);
      expect(seen.messages.map((m: { body: string }) => m.body)).toEqual(['We opened this case after your call; we are checking the deposit.']);

      await page.getByRole('link', { name: `Open ticket ${number}` }).press('Enter');
      await page.getByRole('region', { name: 'Internal notes' }).getByText('Called in at 10:00.').waitFor();
      await expectAccessible(page);
    } finally {
      await context.close();
    }
  });

  it('approves a refund over the compliance threshold in the workflow panel, and the customer sees Refund approved', async () => {
    const [customer, apiAgent] = await Promise.all([signIn(), signIn({ agent: true })]);
    const subject = `Refund over the threshold ${uniqueTag()}`;
    const ticket = await openTicket(customer, 'refund', { subject, details: { provider: 'paddle', transactionId: 'txn_01h8bkrkjyxgtnvwf9s8d1tqzn', amount: '1000.00', currency: 'USD' } });
    await untilWaiting(apiAgent, ticket.number, 'compliance');
    const { context, page } = await browser.newPage();
    try {
      await signInAt(page, `/console/tickets/${ticket.number}`, anAgent());
      const panel = page.getByRole('region', { name: 'Workflow' });
      await panel.getByText('Waiting for a compliance review since').waitFor();
      await page.getByText("Its workflow moves this ticket's status: see the workflow panel.").waitFor();
      expect(await page.getByLabel('Change status to').count()).toBe(0);
      await expectAccessible(page);
      await page.getByRole('radio', { name: 'Approve' }).check();
      await page.getByLabel('Note', { exact: true }).fill('Customer history is clean.');
      await page.getByRole('button', { name: 'Send decision' }).press('Enter');
      await panel.getByText('Decision sent.').waitFor();
      await screenshot(page, 'console-workflow');

      await paddleSays({ adjustmentId: await providerReference(apiAgent, ticket.number), status: 'approved' });
      await untilStatus(apiAgent, ticket.number, 'refund_approved');
      await page.reload();
      await page.getByRole('heading', { name: 'Status: Refund approved' }).waitFor();
      await panel.getByText('Finished').waitFor();

      // The customer, in a browser of their own, sees the outcome on their ticket's page.
      const own = await customerPage(customer.email, `/tickets/${ticket.number}`);
      try {
        await own.page.getByRole('heading', { name: 'Status: Refund approved' }).waitFor();
        await own.page.getByRole('heading', { name: subject }).waitFor();
        await expectAccessible(own.page);
      } finally {
        await own.context.close();
      }
    } finally {
      await context.close();
    }
  });

  it('opens a withdrawal for a customer’s email with its details, completes it with the payout’s reference, and the customer sees Withdrawal completed', async () => {
    const email = `console-withdrawal-${uniqueTag()}@example.com`;
    const subject = `Withdrawal asked for by phone ${uniqueTag()}`;
    const reference = `0x${uniqueTag()}9f3c`;
    const apiAgent = await signIn({ agent: true });
    const { context, page } = await browser.newPage();
    try {
      await signInAt(page, '/console/tickets/new', anAgent());
      await page.getByRole('heading', { name: 'Open a ticket for a customer' }).waitFor();
      await page.getByLabel('Customer email').fill(email);
      await page.getByLabel('Customer name').fill('Wade Customer');
      await page.getByLabel('Subject').fill(subject);
      await page.getByLabel('Type').selectOption('withdrawal');
      const details = page.getByRole('group', { name: 'Withdrawal details' });
      await details.getByLabel('Amount').fill('120.00');
      await details.getByLabel('Currency').fill('usdt');
      await details.getByLabel('Destination').fill('TRC20 wallet TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE');
      await page.getByLabel('Description').fill('The customer asked by phone to withdraw 120 USDT to their wallet.');
      await page.getByLabel('First message (the customer reads it)').fill('We opened your withdrawal as you asked on the phone.');
      await expectAccessible(page);
      await screenshot(page, 'console-open-withdrawal');
      await page.getByRole('button', { name: 'Open ticket' }).press('Enter');
      const number = (await page.locator('.case-number strong').textContent()) ?? '';
      expect(number).toMatch(/^\d{8}$/);

      await page.getByRole('link', { name: `Open ticket ${number}` }).press('Enter');
      await page.getByRole('heading', { name: subject }).waitFor();
      const panel = await ticketPageWithWorkflow(page, apiAgent, number);
      await panel.getByText('Request: 120.00 USDT to TRC20 wallet TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE').waitFor();
      await page.getByText("Its workflow moves this ticket's status: see the workflow panel.").waitFor();
      await expectAccessible(page);

      // Past the customer's cancel window, the withdrawal waits for finance: the agent completes it.
      await untilWaiting(apiAgent, number, 'finance');
      await page.reload();
      await panel.getByText('Waiting for finance to pay out since').waitFor();
      await panel.getByRole('radio', { name: 'Complete' }).check();
      await panel.getByLabel('Reference of the payout').fill(reference);
      await panel.getByLabel('Note', { exact: true }).fill('Paid from the hot wallet.');
      await screenshot(page, 'console-complete-withdrawal');
      // Finance's wait runs on real seconds in the test cloud: the checks of the page come after the decision.
      await panel.getByRole('button', { name: 'Send decision' }).press('Enter');
      await panel.getByText('Decision sent.').waitFor();
      await expectAccessible(page);

      await untilStatus(apiAgent, number, 'withdrawal_completed');
      const own = await customerPage(email, `/tickets/${number}`);
      try {
        await own.page.getByRole('heading', { name: 'Status: Withdrawal completed' }).waitFor();
        await own.page.getByText(`Transaction reference: ${reference}`).waitFor();
        await own.page.getByText('120.00 USDT to TRC20 wallet TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE').waitFor();
        await expectAccessible(own.page);
      } finally {
        await own.context.close();
      }
    } finally {
      await context.close();
    }
  });

  it('cancels a withdrawal waiting for finance with a reason, which the customer reads in their browser', async () => {
    const [customer, apiAgent] = await Promise.all([signIn(), signIn({ agent: true })]);
    const subject = `Withdrawal to cancel ${uniqueTag()}`;
    const reason = 'The destination wallet is on a network we do not pay out to. Please open a new withdrawal to a TRC20 address.';
    const ticket = await openTicket(customer, 'withdrawal', { subject });
    await untilWaiting(apiAgent, ticket.number, 'finance');
    const { context, page } = await browser.newPage();
    try {
      await signInAt(page, `/console/tickets/${ticket.number}`, anAgent());
      const panel = page.getByRole('region', { name: 'Workflow' });
      await panel.getByText('Waiting for finance to pay out since').waitFor();
      await panel.getByRole('radio', { name: 'Cancel' }).check();
      await panel.getByLabel('Reason (the customer reads it)').fill(reason);
      await panel.getByLabel('Note', { exact: true }).fill('Wrong network; told the customer.');
      await panel.getByRole('button', { name: 'Send decision' }).press('Enter');
      await panel.getByText('Decision sent.').waitFor();
      await expectAccessible(page);

      await untilStatus(apiAgent, ticket.number, 'withdrawal_cancelled');
      await page.reload();
      await page.getByRole('heading', { name: 'Status: Withdrawal cancelled' }).waitFor();
      const own = await customerPage(customer.email, `/tickets/${ticket.number}`);
      try {
        await own.page.getByRole('heading', { name: 'Status: Withdrawal cancelled' }).waitFor();
        await own.page.getByText(reason).waitFor();
        await expectAccessible(own.page);
      } finally {
        await own.context.close();
      }
    } finally {
      await context.close();
    }
  });

  it('tells a signed-in customer that the console is for agents', async () => {
    const { context, page } = await browser.newPage();
    try {
      await page.goto(`${web}/console`);
      await page.getByRole('button', { name: 'Sign in' }).press('Enter');
      await page.getByLabel('Email').fill(`not-agent-${uniqueTag()}@example.com`);
      await page.getByLabel('Email').press('Enter');
      await page.getByRole('heading', { name: 'Agents only' }).waitFor();
      expect(await page.getByRole('link', { name: 'Console' }).count()).toBe(0);
      await expectAccessible(page);
    } finally {
      await context.close();
    }
  });
});
