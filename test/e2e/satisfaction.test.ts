import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { signIn } from '../support/api';
import { agentMoves, openTicket } from '../integration/tickets/customer-steps';
import { emailWith } from '../integration/notifications/mailbox';
import { browserForThisFile, expectAccessible, signInHere } from './browser';
import { uniqueTag } from '../support/unique';

/*
 * "Was this helpful?" in Chromium, by keyboard, each page checked by axe-core: the page an
 * email's Good link opens and its button, and the question on the portal's solved ticket.
 */

const cloud = inject('localCloud');
const browser = browserForThisFile();
let context: BrowserContext | undefined;
let page: Page;

// Each test is a customer of their own, in a browser session of their own.
beforeEach(async () => {
  ({ context, page } = await browser.newPage());
});

afterEach(async () => {
  await context?.close();
});

describe('"Was this helpful?"', () => {
  it('records a rating from the email’s link with one button press, by keyboard, and the portal then shows it', async () => {
    const email = `rating-${uniqueTag()}@example.com`;
    const [customer, agent] = await Promise.all([signIn({ email }), signIn({ agent: true })]);
    const { number } = await openTicket(customer, 'general');
    const solved = await agentMoves(agent, number, 'resolved');
    const link = /^Good: (\S+)$/m.exec((await emailWith(email, `: ${solved.status.label}`)).body.text ?? '')![1]!;

    await page.goto(link);
    await page.getByRole('heading', { name: 'Was this helpful?' }).waitFor();
    await expectAccessible(page);
    await page.getByLabel(/Anything you would like to tell us/).fill('Clear answer, thank you');
    // From the comment, the next stop is the page's one button.
    await page.keyboard.press('Tab');
    expect(await page.locator(':focus').textContent()).toBe('Send “Good”');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Thank you' }).waitFor();
    await expectAccessible(page);

    await page.goto(`${cloud.web}/tickets/${number}`);
    await signInHere(page, { email, name: 'Alice Example' });
    await page.getByRole('heading', { name: 'Your rating' }).waitFor();
    expect(await page.locator('.rating').textContent()).toContain('Clear answer, thank you');
    await expectAccessible(page);
  });

  it('asks on the portal’s solved ticket, answered by keyboard', async () => {
    const email = `rating-${uniqueTag()}@example.com`;
    const [customer, agent] = await Promise.all([signIn({ email }), signIn({ agent: true })]);
    const { number } = await openTicket(customer, 'general');
    await agentMoves(agent, number, 'resolved');

    await page.goto(`${cloud.web}/tickets/${number}`);
    await signInHere(page, { email, name: 'Alice Example' });
    await page.getByRole('group', { name: 'Was this helpful?' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('radio', { name: 'Bad' }).focus();
    await page.keyboard.press('Space');
    await page.getByLabel(/Anything you would like to tell us/).fill('Took a week');
    await page.getByRole('button', { name: 'Send rating' }).press('Enter');
    await page.getByRole('heading', { name: 'Your rating' }).waitFor();
    expect(await page.locator('.rating').textContent()).toContain('Bad');
    await expectAccessible(page);
  });
});
