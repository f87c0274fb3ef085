import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { issueToken } from '../../infra/local/identity';
import { signIn } from '../support/api';
import { agentMoves, agentWrites, openTicket } from '../integration/tickets/customer-steps';
import { emailWith } from '../integration/notifications/mailbox';
import { browserForThisFile, expectAccessible, screenshot, signInAt, viewports } from './browser';
import { uniqueTag } from '../support/unique';

/*
 * The customer portal in Debian's Chromium against the local cloud: a customer signs in on the
 * local identity provider's page, opens a ticket, finds it in Support Cases, reads support's reply
 * and closes the solved ticket; another customer's ticket number shows "not found". Everything the
 * customer does is done by keyboard (focus and Enter, typing), every page passes axe-core at a
 * phone's and a desktop's width, and the main pages are photographed for the README.
 */

const cloud = inject('localCloud');
const web = cloud.web;
const browser = browserForThisFile();

describe('the customer portal', () => {
  it('takes a customer from sign-in through a new ticket, support’s reply and closing it, accessible at every step', async () => {
    const email = `portal-${uniqueTag()}@example.com`;
    const subject = 'Payout delayed since Monday';
    const { context, page } = await browser.newPage(viewports.desktop);
    try {
      await page.goto(`${web}/`);
      await page.getByRole('heading', { name: 'Support Cases' }).waitFor();
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Sign in' }).press('Enter');
      await page.getByLabel('Email').waitFor();
      await screenshot(page, 'sign-in');
      await expectAccessible(page);
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Name').fill('Alice Example');
      await page.getByLabel('Name').press('Enter');

      await page.getByText('You have no tickets yet').waitFor();
      await expectAccessible(page);
      // A page opens with its heading focused, so the next Tab goes on from there, to Add New.
      expect(await page.locator(':focus').textContent()).toBe('Support Cases');
      await page.keyboard.press('Tab');
      expect(await page.locator(':focus').textContent()).toBe('Add New');

      await page.getByRole('link', { name: 'Add New' }).press('Enter');
      await page.getByRole('heading', { name: 'New ticket' }).waitFor();
      expect(await page.getByLabel('Name').inputValue()).toBe('Alice Example');
      await page.getByLabel('Subject').fill(subject);
      await page.getByLabel('Type').selectOption('payments');
      await page.getByLabel('Priority').selectOption('high');
      await page.getByLabel('Description').fill('My payout of Monday has not arrived. My password: hunter2-Secret!');
      await expectAccessible(page);
      await screenshot(page, 'new-ticket');

      // The first submission reaches the API, but its answer is lost on the way back: the retry
      // sends the same Idempotency-Key, and the API answers with the ticket it made the first time.
      const keys: string[] = [];
      await page.route('**/v1/tickets', async (route) => {
        if (route.request().method() !== 'POST') return route.fallback();
        keys.push((await route.request().headerValue('idempotency-key')) ?? '');
        if (keys.length > 1) return route.fallback();
        await route.fetch();
        return route.abort('connectionreset');
      });
      await page.getByRole('button', { name: 'Submit' }).press('Enter');
      await page.getByText('The service could not be reached.').waitFor();
      await page.getByRole('button', { name: 'Submit' }).press('Enter');

      const caseNumber = page.locator('.case-number strong');
      await caseNumber.waitFor();
      const number = (await caseNumber.textContent()) ?? '';
      expect(number).toMatch(/^\d{8}$/);
      await page.getByText('a password').waitFor();
      expect(keys).toHaveLength(2);
      expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
      expect(keys[1]).toBe(keys[0]);
      await page.unroute('**/v1/tickets');
      await expectAccessible(page);
      await screenshot(page, 'ticket-received');

      await page.getByRole('link', { name: 'Back to Support Cases' }).press('Enter');
      const row = page.getByRole('row').filter({ hasText: subject });
      await row.waitFor();
      expect(await row.getByRole('cell').allTextContents()).toEqual([`${subject} #${number}`, 'Open', 'High', 'No reply yet', 'Details']);
      expect(await page.getByRole('row').count()).toBe(2);
      await expectAccessible(page);
      await page.setViewportSize(viewports.phone);
      await screenshot(page, 'support-cases-phone');
      await page.setViewportSize(viewports.desktop);
      await screenshot(page, 'support-cases');

      const agent = await signIn({ agent: true });
      await agentWrites(agent, number, { body: 'It was sent on Tuesday; it should arrive today.' });
      await agentMoves(agent, number, 'resolved');

      // The email's link opens the ticket in the portal.
      const confirmation = await emailWith(email, 'Ticket received');
      const link = /View your ticket: (\S+)/.exec(confirmation.body.text ?? '')?.[1];
      expect(link).toBe(`${web}/tickets/${number}`);
      await page.goto(link!);
      await page.getByText('It was sent on Tuesday; it should arrive today.').waitFor();
      await page.getByRole('heading', { name: 'Status: Resolved' }).waitFor();
      await page.getByText('Your request has been reviewed and finalized by the support team.').waitFor();
      await expectAccessible(page);
      await screenshot(page, 'ticket');

      await page.getByRole('button', { name: 'Close ticket' }).press('Enter');
      await page.getByRole('heading', { name: 'Status: Closed' }).waitFor();
      await page.getByText('Replies are closed on this ticket.').waitFor();
      expect(await page.getByLabel('Your reply').count()).toBe(0);
      await expectAccessible(page);

      await page.getByRole('link', { name: 'Support Cases', exact: true }).press('Enter');
      await row.getByText('Closed').waitFor();
      // Last Reply is support's reply, in the browser's language (en-GB here) and time zone.
      expect(await row.getByRole('cell').nth(3).textContent()).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}$/);
      await page.getByLabel('Type').selectOption('security');
      await page.getByText('No ticket matches these filters.').waitFor();
      await page.getByLabel('Type').selectOption('payments');
      await page.getByLabel('Status').selectOption('closed');
      await row.waitFor();

      await page.getByRole('link', { name: 'Email preferences' }).press('Enter');
      const replies = page.getByLabel('support replies to one of my tickets');
      expect(await replies.isChecked()).toBe(true);
      await replies.press('Space');
      await page.getByText('Your email preferences are saved.').waitFor();
      expect(await replies.isChecked()).toBe(false);
      await expectAccessible(page);
      await screenshot(page, 'email-preferences');
      await page.reload();
      await page.getByRole('heading', { name: 'Email preferences' }).waitFor();
      expect(await page.getByLabel('support replies to one of my tickets').isChecked()).toBe(false);
    } finally {
      await context.close();
    }
  });

  it('pages a long list: 20 tickets, then the rest on request, newest activity first', async () => {
    const customer = await signIn();
    const numbers: string[] = [];
    for (let n = 1; n <= 23; n++) numbers.push((await openTicket(customer, 'general', { subject: `Question ${n}` })).number);
    const { context, page } = await browser.newPage(viewports.desktop);
    try {
      await signInAt(page, '/', { email: customer.email, name: 'Pat' });
      await page.getByRole('link', { name: 'Question 23', exact: true }).waitFor();
      expect(await page.getByRole('row').count()).toBe(21);
      await page.getByRole('button', { name: 'Show more tickets' }).press('Enter');
      await page.getByRole('link', { name: 'Question 1', exact: true }).waitFor();
      const subjects = await page.locator('tbody tr td:first-child a').allTextContents();
      expect(subjects).toEqual(numbers.map((_, i) => `Question ${23 - i}`));
      expect(await page.getByRole('button', { name: 'Show more tickets' }).count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('shows "not found" for another customer’s ticket number typed in the address', async () => {
    const owner = await signIn();
    const ticket = await openTicket(owner);
    const { context, page } = await browser.newPage(viewports.phone);
    try {
      await signInAt(page, `/tickets/${ticket.number}`, { email: `other-${uniqueTag()}@example.com`, name: 'Bob' });
      await page.getByRole('heading', { name: 'Not found' }).waitFor();
      expect(await page.getByText(`Ticket ${ticket.number} was not found.`).count()).toBe(1);
      expect(await page.getByText(ticket.subject).count()).toBe(0);
      await expectAccessible(page);
      await screenshot(page, 'not-found');
    } finally {
      await context.close();
    }
  });

  it('asks to sign in again, where the person was, when the API refuses the session’s token', async () => {
    // A token the API's authorizer refuses (signed by a key it does not know), not yet expired in the browser's eyes.
    const otherKeys = mkdtempSync(path.join(tmpdir(), 'ticketflow-e2e-keys-'));
    const token = await issueToken({ keyDir: otherKeys, issuer: cloud.issuer, audience: cloud.audience, email: 'mallory@example.com' });
    rmSync(otherKeys, { recursive: true, force: true });
    const { context, page } = await browser.newPage(viewports.desktop);
    try {
      await context.addInitScript((value) => sessionStorage.setItem('ticketflow.session', value), token);
      await page.goto(`${web}/tickets?type=security`);
      await page.getByText('Your session has ended. Sign in again to go on where you were.').waitFor();
      await page.getByRole('button', { name: 'Sign in' }).press('Enter');
      await page.getByLabel('Email').fill(`back-${uniqueTag()}@example.com`);
      await page.getByLabel('Email').press('Enter');
      await page.getByText('No ticket matches these filters.').waitFor();
      expect(new URL(page.url()).search).toBe('?type=security');
    } finally {
      await context.close();
    }
  });
});
