import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { signIn } from '../support/api';
import { agentView, customerView, openTicket } from '../integration/tickets/customer-steps';
import { anAgent, browserForThisFile, expectAccessible } from './browser';
import { uniqueTag } from '../support/unique';

/*
 * Complaints in the browser against the local cloud (which runs PSD2): a customer makes a complaint
 * on their ticket in the portal and reads when it was received and by when its final response is
 * due; an agent sees its deadlines in the console's complaint panel, sends the final response from
 * the reply form, and downloads the period's export. By keyboard, axe-clean.
 */

const browser = browserForThisFile();

describe('complaints in the portal and the console', () => {
  it('lets a customer make a complaint and an agent answer it finally and export it', async () => {
    const customer = await signIn();
    const subject = `Complaint ${uniqueTag()}`;
    const { number } = await openTicket(customer, 'payments', { subject });

    let receivedAt: string | undefined;
    const portal = await browser.newSignedInPage(`/tickets/${number}`, { email: customer.email, name: 'Alice Example' });
    try {
      await portal.page.getByRole('heading', { name: subject }).waitFor();
      await portal.page.getByRole('button', { name: 'Make a complaint' }).press('Enter');
      await portal.page.getByLabel('What went wrong (optional)').fill('Charged twice and nobody answers.');
      await portal.page.getByRole('button', { name: 'Make the complaint' }).press('Enter');
      const box = portal.page.getByRole('region', { name: 'Your complaint' });
      await box.getByText('Complaint received on').waitFor();
      const { complaint } = (await customerView(customer, number)).ticket;
      receivedAt = complaint.receivedAt;
      const lastDay = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${complaint.finalResponseBy}T00:00:00Z`));
      await box.getByText(`You will have our final response by the end of ${lastDay} at the latest.`).waitFor();
      await expectAccessible(portal.page);
    } finally {
      await portal.context.close();
    }

    const desk = await browser.newSignedInPage(`/console/tickets/${number}`, anAgent());
    try {
      const panel = desk.page.getByRole('region', { name: /^Complaint · Open$/ });
      await panel.getByRole('row', { name: /Final response/ }).getByText('Running').waitFor();
      await expectAccessible(desk.page);

      await desk.page.getByLabel('Message').fill('We refunded the second charge. This is our final response.');
      await desk.page.getByLabel('This reply is the complaint’s').selectOption('final');
      await desk.page.getByRole('button', { name: 'Send reply' }).press('Enter');
      await desk.page.getByText('Sent to the customer.').waitFor();
      await desk.page.getByRole('region', { name: /^Complaint · Resolved within its deadline$/ }).getByRole('row', { name: /Final response/ }).getByText('Met').waitFor();
      expect((await agentView(await signIn({ agent: true }), number)).ticket.complaint.outcome).toBe('resolved_within_deadline');

      await desk.page.getByRole('link', { name: '← Queue' }).press('Enter');
      await desk.page.getByRole('link', { name: 'Complaints export' }).press('Enter');
      await desk.page.getByRole('heading', { name: 'Complaints export' }).waitFor();
      const day = (receivedAt ?? '').slice(0, 10);
      await desk.page.getByLabel('From').fill(day);
      await desk.page.getByLabel('To').fill(day);
      await expectAccessible(desk.page);
      const [download] = await Promise.all([desk.page.waitForEvent('download'), desk.page.getByRole('button', { name: 'Download CSV' }).press('Enter')]);
      expect(download.suggestedFilename()).toBe(`complaints-${day}-to-${day}.csv`);
      const csv = await readFile((await download.path())!, 'utf8');
      expect(csv.split('\r\n').find((line) => line.startsWith(`${number},`))).toMatch(/,resolved_within_deadline$/);
      await desk.page.getByText(/^Downloaded complaints-/).waitFor();
    } finally {
      await desk.context.close();
    }
  });
});
