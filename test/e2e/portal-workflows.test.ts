import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signIn } from '../support/api';
import { expectStatus, openTicket } from '../integration/tickets/customer-steps';
import { untilStatus } from '../integration/workflows/support';
import { browserForThisFile, expectAccessible, screenshot } from './browser';
import { uniqueTag } from '../support/unique';

/*
 * The portal's workflow tickets in Debian's Chromium against the local cloud (started with the
 * test fixtures, whose withdrawal cancel window is seconds long): a customer opens a withdrawal on
 * Add New and cancels it in its window; a withdrawal left past its window refuses the cancel in
 * words; a refund over the compliance threshold shows the API's message beside the field at fault,
 * then waits With Compliance. The new form states pass axe-core at a phone's and a desktop's width.
 */

const browser = browserForThisFile();

/** Fills Add New's fields every type shares. */
async function fillCommon(page: Page, type: string, subject: string, description: string): Promise<void> {
  await page.getByRole('heading', { name: 'New ticket' }).waitFor();
  await page.getByLabel('Type').selectOption(type);
  await page.getByLabel('Subject').fill(subject);
  await page.getByLabel('Description').fill(description);
}

describe('the portal’s workflow tickets', () => {
  it('opens a withdrawal on Add New and cancels it in its window, after a confirm step', async () => {
    const email = `withdraw-${uniqueTag()}@example.com`;
    // The cancel below races the window's real seconds (the workflow's own Wait state). What could
    // lose it on a busy machine is a function's first call, which builds and loads its bundle: the
    // two the race calls (the ticket's page, the cancel) are called once before it starts. A
    // number the customer does not have is answered 404 by both, after their bundle has loaded.
    const customer = await signIn({ email });
    expectStatus(await customer.get('/v1/tickets/10000000'), 404);
    expectStatus(await customer.post('/v1/tickets/10000000/cancel'), 404);
    const { context, page } = await browser.newSignedInPage('/tickets/new', { email, name: 'Wanda' });
    try {
      await fillCommon(page, 'withdrawal', 'Withdraw to my wallet', 'Please send my balance to my wallet.');
      await page.getByRole('group', { name: 'Withdrawal details' }).waitFor();
      await page.getByLabel('Amount').fill('250.00');
      await page.getByLabel('Currency').fill('usdt');
      await page.getByLabel('Destination').fill('TRC20 wallet TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE');
      await expectAccessible(page);
      await screenshot(page, 'new-withdrawal');

      // The workflow starts once the ticket is stored, and its window opens after its checks: the
      // customer goes straight to the ticket and cancels as soon as the page offers it (a customer
      // may cancel from Submitted on), so the race takes only the page's own steps.
      await page.getByRole('button', { name: 'Submit' }).press('Enter');
      await page.getByRole('link', { name: 'Open your ticket' }).press('Enter');
      await page.getByRole('button', { name: 'Cancel withdrawal' }).press('Enter');
      // The confirm step has the focus on its Yes: Enter confirms, and nothing was cancelled before it.
      await page.getByRole('button', { name: 'Yes, cancel it' }).press('Enter');

      await page.getByRole('heading', { name: 'Status: Withdrawal cancelled' }).waitFor();
      await page.getByText('Your withdrawal request has been cancelled').waitFor();
      expect(await page.getByText('250.00 USDT to TRC20 wallet TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE').count()).toBe(1);
      expect(await page.getByRole('button', { name: 'Cancel withdrawal' }).count()).toBe(0);
      await page.reload();
      await page.getByRole('heading', { name: 'Status: Withdrawal cancelled' }).waitFor();
      await expectAccessible(page);
    } finally {
      await context.close();
    }
  });

  it('tells the customer in words that a withdrawal past its window can no longer be cancelled', async () => {
    const customer = await signIn();
    const agent = await signIn({ agent: true });
    const ticket = await openTicket(customer, 'withdrawal');
    const { context, page } = await browser.newSignedInPage(`/tickets/${ticket.number}`, { email: customer.email, name: 'Pat' });
    try {
      await page.getByRole('button', { name: 'Cancel withdrawal' }).waitFor();
      // The page was loaded within the window; the window passes while it is open.
      await untilStatus(agent, ticket.number, 'with_finance');
      await page.getByRole('button', { name: 'Cancel withdrawal' }).press('Enter');
      await page.getByRole('button', { name: 'Keep the withdrawal' }).waitFor();
      await expectAccessible(page);
      await screenshot(page, 'cancel-withdrawal-confirm');
      await page.getByRole('button', { name: 'Yes, cancel it' }).press('Enter');

      await page.getByText(`Withdrawal ${ticket.number} is already with our finance team, so it can no longer be cancelled.`).waitFor();
      await page.getByRole('heading', { name: 'Status: With Finance' }).waitFor();
      await page.getByText('Our finance team is processing your withdrawal').waitFor();
      expect(await page.getByRole('button', { name: 'Cancel withdrawal' }).count()).toBe(0);
      await expectAccessible(page);
    } finally {
      await context.close();
    }
  });

  it('shows the API’s message beside a refund field, then a refund over the compliance threshold waiting With Compliance', async () => {
    const agent = await signIn({ agent: true });
    const { context, page } = await browser.newSignedInPage('/tickets/new', { email: `refund-${uniqueTag()}@example.com`, name: 'Rafa' });
    try {
      await fillCommon(page, 'refund', 'Charged twice for the annual plan', 'I was charged twice for the annual plan.');
      await page.getByRole('group', { name: 'Refund details' }).waitFor();
      await page.getByLabel('Transaction ID').fill('txn_01h8bkrkjyxgtnvwf9s8d1tqzn');
      await page.getByLabel('Amount').fill('1500,00');
      await page.getByLabel('Currency').fill('USD');
      await page.getByRole('button', { name: 'Submit' }).press('Enter');

      const amount = page.getByLabel('Amount');
      await page.locator('#amount-error').waitFor();
      expect(await page.locator('#amount-error').textContent()).toBe('A decimal amount as a string, such as "10.00".');
      expect(await amount.getAttribute('aria-invalid')).toBe('true');
      expect(await page.getByRole('alert').textContent()).toContain('Amount: A decimal amount');
      await expectAccessible(page);
      await screenshot(page, 'new-refund-refused');

      await amount.fill('1500.00');
      await page.getByRole('button', { name: 'Submit' }).press('Enter');
      const caseNumber = page.locator('.case-number strong');
      await caseNumber.waitFor();
      const number = (await caseNumber.textContent()) ?? '';
      expect(number).toMatch(/^\d{8}$/);

      await untilStatus(agent, number, 'with_compliance');
      await page.getByRole('link', { name: 'Open your ticket' }).press('Enter');
      await page.getByRole('heading', { name: 'Status: With Compliance' }).waitFor();
      await page.getByText('We’re completing a compliance review for your refund').waitFor();
      await page.getByText('1500.00 USD, paid with Paddle (transaction txn_01h8bkrkjyxgtnvwf9s8d1tqzn)').waitFor();
      expect(await page.getByRole('button', { name: 'Cancel withdrawal' }).count()).toBe(0);
      await expectAccessible(page);
      await screenshot(page, 'refund-with-compliance');
    } finally {
      await context.close();
    }
  });

  it('asks a KYC ticket for its country, and an address only for an address change', async () => {
    const { context, page } = await browser.newSignedInPage('/tickets/new', { email: `kyc-${uniqueTag()}@example.com`, name: 'Kim' });
    try {
      await fillCommon(page, 'kyc', 'Verify my account', 'I would like to verify my identity.');
      await page.getByRole('group', { name: 'KYC details' }).waitFor();
      expect(await page.getByLabel('Address (optional)').getAttribute('required')).toBeNull();
      await page.getByLabel('What you need').selectOption('address_change');
      expect(await page.getByLabel('New address').getAttribute('required')).not.toBeNull();
      await page.getByLabel('Country').fill('de');
      await page.getByLabel('New address').fill('Hauptstraße 1, 10115 Berlin');
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Submit' }).press('Enter');
      await page.locator('.case-number strong').waitFor();
      await page.getByRole('link', { name: 'Open your ticket' }).press('Enter');
      await page.getByText('Change of residence address, DE').waitFor();
      await page.getByRole('heading', { name: 'Your verification request' }).waitFor();
    } finally {
      await context.close();
    }
  });
});
