import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { emailWith } from '../integration/notifications/mailbox';
import { pngImage } from '../support/sample-files';
import { anAgent, browserForThisFile, expectAccessible, hangMs, screenshot, signInAt } from './browser';
import { uniqueTag } from '../support/unique';

/*
 * Issue 12's first acceptance journey in Debian's Chromium against the local cloud: a customer opens
 * a ticket with a screenshot, an agent asks a question and waits, the customer answers in the portal,
 * the agent resolves the ticket, the customer closes it, and the mailbox holds each email; the agent
 * downloads the screenshot once the malware scan has found it clean. The pages with attachments pass
 * axe-core at a phone's and a desktop's width.
 */

const web = inject('localCloud').web;
const png = pngImage(64);
const browser = browserForThisFile();

/** Presses Refresh on the agent's ticket page until the file shows a Download button: the scan decides when, so each round waits for the page's fresh answer. */
async function untilReady(page: Page, number: string, name: string) {
  const download = page.getByRole('button', { name: `Download ${name}` });
  const deadline = Date.now() + hangMs;
  while (Date.now() < deadline) {
    if ((await download.count()) > 0) return download;
    await Promise.all([
      page.waitForResponse((response) => new URL(response.url()).pathname === `/v1/agent/tickets/${number}` && response.request().method() === 'GET'),
      page.getByRole('button', { name: 'Refresh' }).first().press('Enter'),
    ]);
  }
  throw new Error(`${name} did not become ready`);
}

describe('attachments in the portal and the console', () => {
  it('takes a screenshot from a new ticket through a question, the answer, the resolution and closing, and the agent downloads it', async () => {
    const email = `files-${uniqueTag()}@example.com`;
    const subject = `Login page shows an error ${uniqueTag()}`;
    const customer = await browser.newPage();
    const agent = await browser.newPage();
    try {
      const portal = customer.page;
      await signInAt(portal, '/tickets/new', { email, name: 'Alice Example' });
      await portal.getByRole('heading', { name: 'New ticket' }).waitFor();
      await portal.getByLabel('Subject').fill(subject);
      await portal.getByLabel('Description').fill('The login page shows an error after I enter my code. Screenshot attached.');
      expect(await portal.getByText('Up to 10 files, 10 MB each').count()).toBe(1);
      await portal.getByLabel('Attach files').setInputFiles({ name: 'screenshot.png', mimeType: 'image/png', buffer: png });
      await portal.getByText('Uploaded').waitFor();
      expect(await portal.locator('.picked').textContent()).toContain('screenshot.png');
      await expectAccessible(portal);
      await screenshot(portal, 'new-ticket-with-file');
      await portal.getByRole('button', { name: 'Submit' }).press('Enter');
      const caseNumber = portal.locator('.case-number strong');
      await caseNumber.waitFor();
      const number = (await caseNumber.textContent()) ?? '';
      expect(number).toMatch(/^\d{8}$/);
      await portal.getByText('Attached: screenshot.png.').waitFor();

      const confirmation = await emailWith(email, 'Ticket received');
      expect(confirmation.subject).toBe(`[Ticket ${number}] ${subject}: Ticket received`);
      expect(confirmation.body.text).toContain('- screenshot.png (');

      const desk = agent.page;
      await signInAt(desk, `/console/tickets/${number}`, anAgent());
      await desk.getByRole('heading', { name: subject }).waitFor();
      const customerSide = desk.getByRole('region', { name: 'What the customer sees' });
      await customerSide.getByText('screenshot.png').waitFor();
      await desk.getByLabel('Message').fill('Which browser do you use?');
      await desk.getByRole('button', { name: 'Ask and wait for the customer' }).press('Enter');
      await desk.getByText('Sent to the customer.').waitFor();
      const question = await emailWith(email, ': Awaiting Your Reply');
      expect(question.body.text).toContain('Which browser do you use?');

      await portal.goto(`${web}/tickets/${number}`);
      await portal.getByText('Which browser do you use?').waitFor();
      await portal.getByText('screenshot.png').waitFor();
      await expectAccessible(portal);
      await screenshot(portal, 'ticket-with-file');
      await portal.getByRole('textbox', { name: 'Your reply' }).fill('Firefox 140 on Windows.');
      await portal.getByRole('button', { name: 'Send reply' }).press('Enter');
      await portal.getByText('Reply sent.').waitFor();

      await desk.reload();
      await customerSide.getByText('Firefox 140 on Windows.').waitFor();
      const download = await untilReady(desk, number, 'screenshot.png');
      await expectAccessible(desk);
      await screenshot(desk, 'console-ticket-with-file');
      const [saved] = await Promise.all([desk.waitForEvent('download'), download.press('Enter')]);
      expect(saved.suggestedFilename()).toBe('screenshot.png');
      expect(readFileSync(await saved.path())).toEqual(png);

      await desk.getByLabel('Change status to').selectOption({ label: 'Resolved' });
      await desk.getByRole('button', { name: 'Change status' }).press('Enter');
      await desk.getByRole('heading', { name: 'Status: Resolved' }).waitFor();
      await emailWith(email, ': Resolved');

      await portal.reload();
      await portal.getByRole('heading', { name: 'Status: Resolved' }).waitFor();
      await portal.getByRole('button', { name: 'Close ticket' }).press('Enter');
      await portal.getByRole('heading', { name: 'Status: Closed' }).waitFor();
      await emailWith(email, ': Closed');
    } finally {
      await customer.context.close();
      await agent.context.close();
    }
  });
});
