import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { describe, expect, inject, it } from 'vitest';
import { ratingLinkExpiry, signRatingLink } from '../../../functions/domain/satisfaction/rating-link';
import { isoWeekOf } from '../../../functions/domain/satisfaction/report';
import { parseClockSettings } from '../../../functions/domain/clock/settings';
import { localRatingLinkSecretName } from '../../../infra/local/secrets';
import { subjectOf } from '../../../infra/local/identity/tokens';
import { alertInboxForThisFile } from '../../support/alert-inbox';
import { callApi, signIn, type ApiResponse, type ApiUser } from '../../support/api';
import { emailWith } from '../notifications/mailbox';
import { agentMoves, agentView, customerView, expectStatus, openTicket } from '../tickets/customer-steps';

/*
 * "Was this helpful?": the question in a solved ticket's email, its signed one-click links and the
 * pages they open, the API's rating, and the report. Everything through the local cloud: the
 * product's notifier signs the links with the key the local Secrets Manager keeps, the API's
 * functions check them.
 */

const cloud = inject('localCloud');

/** The key the local cloud signs rating links with, read as the functions read it. */
async function linkKey(): Promise<string> {
  const client = new SecretsManagerClient({ region: cloud.region, endpoint: cloud.providers.secretsManager, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  const { SecretString } = await client.send(new GetSecretValueCommand({ SecretId: localRatingLinkSecretName }));
  return SecretString!;
}

/** A ticket of the customer's, solved by the agent, with the status email that told them. */
async function solvedTicket(type = 'general'): Promise<{ customer: ApiUser; agent: ApiUser; number: string; links: { good: string; bad: string }; solvedAt: string }> {
  const [customer, agent] = await Promise.all([signIn(), signIn({ agent: true })]);
  const { number } = await openTicket(customer, type);
  const solved = await agentMoves(agent, number, 'resolved');
  const email = await emailWith(customer.email, `: ${solved.status.label}`);
  const text = email.body.text ?? '';
  expect(text).toContain('Was this helpful?');
  const good = /^Good: (\S+)$/m.exec(text)?.[1];
  const bad = /^Bad: (\S+)$/m.exec(text)?.[1];
  expect(good && bad, text).toBeTruthy();
  // The HTML part offers the same two links.
  for (const link of [good!, bad!]) expect(email.body.html).toContain(`href="${link}"`);
  const { timeline } = await agentView(agent, number);
  return { customer, agent, number, links: { good: good!, bad: bad! }, solvedAt: timeline.filter((event: { kind: string }) => event.kind === 'solved').at(-1).at };
}

const inbox = alertInboxForThisFile('ratings-test');

const pathOf = (link: string) => new URL(link).pathname;
/** Opens a link's page, as a browser (or a mail scanner) would. */
const open = (link: string) => callApi<string>('GET', pathOf(link));
/** Presses the page's button, with the comment typed in its form. */
const press = (link: string, comment = '') =>
  callApi<string>('POST', pathOf(link), { rawBody: new URLSearchParams({ comment }).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });

function expectPage(response: ApiResponse<string>, status: number, heading: string): void {
  expect({ status: response.status, type: response.headers.get('content-type') }).toEqual({ status, type: 'text/html; charset=utf-8' });
  expect(response.body).toContain(`<h1>${heading}</h1>`);
  expect(response.body).toContain('<html lang="en">');
  expect(response.body).not.toContain('<script');
}

describe('the question in a solved ticket’s email', () => {
  it('opens a page that records nothing, whose button records the rating with its comment, as the agent then sees', async () => {
    const { customer, agent, number, links, solvedAt } = await solvedTicket();
    const page = await open(links.good);
    expectPage(page, 200, 'Was this helpful?');
    expect(page.body).toContain('<form method="post">');
    expect(page.body).toMatch(/<label for="comment">[^<]+<\/label>\s*<textarea id="comment" name="comment"/);
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    // A scanner that opened both links rated nothing.
    expectPage(await open(links.bad), 200, 'Was this helpful?');
    expect((await agentView(agent, number)).ticket.satisfaction).toEqual({ ratable: true, rating: null });

    const thanks = await press(links.good, 'Quick and clear, card 4111 1111 1111 1111 works now');
    expectPage(thanks, 200, 'Thank you');

    const { ticket, timeline } = await agentView(agent, number);
    expect(ticket.satisfaction).toEqual({
      ratable: false,
      // Redacted where it entered, like every free text.
      rating: { score: 'good', comment: 'Quick and clear, card [card ending 1111] works now', at: expect.any(String), solvedAt },
    });
    expect(timeline.at(-1)).toMatchObject({ kind: 'rated', internal: false, actor: { kind: 'customer' }, after: { score: 'good', solvedAt } });
    const mine = await customerView(customer, number);
    expect(mine.ticket.satisfaction).toEqual(ticket.satisfaction);
    expect(mine.timeline.at(-1)).toMatchObject({ kind: 'rated', after: { score: 'good' } });
  });

  it('refuses a second use of either link of the solve, changing nothing', async () => {
    const { agent, number, links } = await solvedTicket();
    expectPage(await press(links.bad), 200, 'Thank you');
    const rated = (await agentView(agent, number)).ticket;

    for (const link of [links.bad, links.good]) {
      expectPage(await press(link, 'Changed my mind'), 409, 'Already rated');
      expectPage(await open(link), 409, 'Already rated');
    }
    const after = await agentView(agent, number);
    expect(after.ticket).toEqual(rated);
    expect(after.ticket.satisfaction.rating).toMatchObject({ score: 'bad', comment: null });
    expect(after.timeline.filter((event: { kind: string }) => event.kind === 'rated')).toHaveLength(1);
  });

  it('refuses an expired link and a tampered one with a page saying so, changing nothing, and the real link still works', async () => {
    const { agent, number, links, solvedAt } = await solvedTicket();
    const before = (await agentView(agent, number)).ticket;
    const key = await linkKey();
    // The same link the notifier would sign, but its time is over.
    const expired = `${cloud.api}/v1/ratings/${signRatingLink({ number, solvedAt, score: 'good', expiresAt: new Date(Date.now() - 1000).toISOString() }, key)}`;
    expectPage(await open(expired), 410, 'This link has expired');
    expectPage(await press(expired), 410, 'This link has expired');

    // The Good link with its score turned to Bad, and one signed with another key.
    const tampered = links.good.replace(/\.g\.(\d+)\./, '.b.$1.');
    const forged = `${cloud.api}/v1/ratings/${signRatingLink({ number, solvedAt, score: 'good', expiresAt: ratingLinkExpiry(solvedAt, 14) }, 'f'.repeat(64))}`;
    for (const link of [tampered, forged, `${cloud.api}/v1/ratings/not-a-token`]) {
      expectPage(await open(link), 400, 'This link is not valid');
      expectPage(await press(link), 400, 'This link is not valid');
    }
    expect((await agentView(agent, number)).ticket).toEqual(before);

    expectPage(await press(links.good), 200, 'Thank you');
    expect((await agentView(agent, number)).ticket.satisfaction.rating.score).toBe('good');
  });

  it('works for the links of the email, signed by the product with its key for 14 days from the solve', async () => {
    const { links, solvedAt, number } = await solvedTicket();
    const expected = signRatingLink({ number, solvedAt, score: 'good', expiresAt: ratingLinkExpiry(solvedAt, parseClockSettings(inject('testClock')).satisfaction.linkExpiryDays) }, await linkKey());
    expect(pathOf(links.good)).toBe(`/v1/ratings/${expected}`);
  });

  it('asks again with new links when the ticket is reopened and solved again; the first solve’s links are out of date', async () => {
    const { customer, agent, number, links } = await solvedTicket();
    expectStatus(await customer.post(`/v1/tickets/${number}/reopen`), 200);
    expectPage(await open(links.good), 409, 'This ticket is not solved');
    await agentMoves(agent, number, 'resolved');
    expectPage(await press(links.good), 409, 'This link is out of date');
    expect((await customerView(customer, number)).ticket.satisfaction).toEqual({ ratable: true, rating: null });
  });
});

describe('rating through the API', () => {
  it('rates a solved ticket once, refuses a second rating, and takes nothing from a ticket not solved or a bad score', async () => {
    const [customer, agent, stranger] = await Promise.all([signIn(), signIn({ agent: true }), signIn()]);
    const { number } = await openTicket(customer);
    const early = await customer.post(`/v1/tickets/${number}/rating`, { score: 'good' });
    expect(early.status).toBe(409);
    expect(early.body.error).toMatchObject({ code: 'ticket_not_solved', message: expect.stringContaining(number) });

    await agentMoves(agent, number, 'resolved');
    const bad = await customer.post(`/v1/tickets/${number}/rating`, { score: 'meh' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual([{ path: 'score', message: 'Say "good" or "bad".' }]);

    // Another customer's ticket is as absent as a missing one.
    const foreign = await stranger.post(`/v1/tickets/${number}/rating`, { score: 'bad' });
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.code).toBe('ticket_not_found');
    expect((await agentView(agent, number)).ticket.satisfaction).toEqual({ ratable: true, rating: null });

    const rated = await customer.post(`/v1/tickets/${number}/rating`, { score: 'good', comment: 'Thanks!' });
    expect(rated.status).toBe(201);
    expect(rated.body.ticket.satisfaction).toMatchObject({ ratable: false, rating: { score: 'good', comment: 'Thanks!' } });

    const again = await customer.post(`/v1/tickets/${number}/rating`, { score: 'bad' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('already_rated');
    const { ticket, timeline } = await agentView(agent, number);
    expect(ticket.satisfaction.rating).toMatchObject({ score: 'good', comment: 'Thanks!' });
    expect(timeline.filter((event: { kind: string }) => event.kind === 'rated')).toHaveLength(1);
  });

  it('alerts the team when a solve is rated bad, naming the ticket without the customer’s comment', async () => {
    const [customer, agent] = await Promise.all([signIn(), signIn({ agent: true })]);
    const { number } = await openTicket(customer);
    await agentMoves(agent, number, 'resolved');
    expectStatus(await customer.post(`/v1/tickets/${number}/rating`, { score: 'bad', comment: 'Still waiting for my payout' }), 201);

    const [alert, ...others] = await inbox.alertsAbout(number, (reason) => reason === 'ratedBad', (alerts) => alerts.length >= 1);
    expect(others).toEqual([]);
    expect(alert?.Subject).toContain(`Rated bad: ticket ${number}`);
    expect(alert?.Message).toContain(`The customer of ticket ${number} rated its solution bad, with a comment.`);
    expect(alert?.Message).not.toContain('Still waiting');
  });

  it('counts with the email’s links: a solve rated through the API refuses its links', async () => {
    const { customer, number, links } = await solvedTicket();
    expectStatus(await customer.post(`/v1/tickets/${number}/rating`, { score: 'bad' }), 201);
    expectPage(await press(links.good), 409, 'Already rated');
  });
});

describe('the satisfaction report', () => {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  // Around today, so a run across midnight UTC still finds its ratings.
  const period = `from=${day(-1)}&to=${day(1)}`;

  it('counts good and bad and the share good by type, by the agent assigned when rated, and by ISO week', async () => {
    const agent = await signIn({ agent: true });
    const agentSub = subjectOf(agent.email);
    const report = async () => {
      const response = await agent.get(`/v1/agent/reports/satisfaction?${period}`);
      expectStatus(response, 200);
      return response.body;
    };
    const before = await report();
    expect(before.byAgent.find((row: { agent: string }) => row.agent === agentSub)).toBeUndefined();

    const scores = ['good', 'good', 'bad'] as const;
    const ratedAt: string[] = [];
    for (const score of scores) {
      const customer = await signIn();
      const { number } = await openTicket(customer, 'api');
      expectStatus(await agent.request('PATCH', `/v1/agent/tickets/${number}`, { body: { assignee: agentSub } }), 200);
      await agentMoves(agent, number, 'resolved');
      const rated = await customer.post(`/v1/tickets/${number}/rating`, { score });
      expectStatus(rated, 201);
      ratedAt.push(rated.body.ticket.satisfaction.rating.at);
    }

    const after = await report();
    expect(after.period).toEqual({ from: day(-1), to: day(1) });
    expect(after.byAgent.find((row: { agent: string }) => row.agent === agentSub)).toEqual({ agent: agentSub, good: 2, bad: 1, total: 3, shareGood: 0.6667 });
    // Other test files rate other types; only this test rates `api` tickets.
    const apiRow = (body: any) => body.byType.find((row: { type: string }) => row.type === 'api') ?? { good: 0, bad: 0, total: 0 };
    expect({ good: apiRow(after).good - apiRow(before).good, bad: apiRow(after).bad - apiRow(before).bad }).toEqual({ good: 2, bad: 1 });
    const weekRow = (body: any, week: string) => body.byWeek.find((row: { week: string }) => row.week === week) ?? { total: 0 };
    for (const week of new Set(ratedAt.map((at) => isoWeekOf(at).week))) {
      const mine = ratedAt.filter((at) => isoWeekOf(at).week === week).length;
      expect(weekRow(after, week).total - weekRow(before, week).total, week).toBeGreaterThanOrEqual(mine);
    }
    expect(after.overall.total - before.overall.total).toBeGreaterThanOrEqual(3);
  });

  it('refuses a period longer than 366 days, or one that ends before it starts, naming the field', async () => {
    const agent = await signIn({ agent: true });
    const long = await agent.get('/v1/agent/reports/satisfaction?from=2025-01-01&to=2026-01-02');
    expect(long.status).toBe(400);
    expect(long.body.error.fields).toEqual([{ path: 'to', message: expect.stringContaining('at most 366 days') }]);
    const backwards = await agent.get('/v1/agent/reports/satisfaction?from=2026-11-02&to=2026-11-01');
    expect(backwards.status).toBe(400);
    const missing = await agent.get('/v1/agent/reports/satisfaction?from=2026-11-02');
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields.map((field: { path: string }) => field.path)).toEqual(['to']);
  });
});
