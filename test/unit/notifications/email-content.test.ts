import { describe, expect, it } from 'vitest';
import { statusOf } from '../../../functions/domain/catalog';
import { asSentence, confirmationEmail, excerpt, headerText, replyEmail, statusEmail, teamAlert } from '../../../functions/notifications/email-content';
import { escapeHtml } from '../../../functions/notifications/html';

const ticket = { number: '48271935', subject: 'Payout delayed', requesterName: 'Alice' };
const portalUrl = 'https://help.pay.example/';

describe('a status email', () => {
  it('names the ticket, its subject and the new status label in the subject line', () => {
    const email = statusEmail({ ticket, status: statusOf('general', 'awaiting_your_reply'), portalUrl });
    expect(email.subject).toBe('[Ticket 48271935] Payout delayed: Awaiting Your Reply');
  });

  it('gives the seed’s meaning and links the ticket in both parts', () => {
    const status = statusOf('refund', 'with_paddle');
    const email = statusEmail({ ticket, status, portalUrl });
    expect(email.text).toContain('is now: With Paddle\nWaiting for Paddle to complete the refund');
    expect(email.text).toContain('View your ticket: https://help.pay.example/tickets/48271935');
    expect(email.html).toContain('<a href="https://help.pay.example/tickets/48271935">');
  });

  it('says what support asked for when the status awaits the customer, and asks for a reply when nothing was written', () => {
    const status = statusOf('kyc', 'additional_information_required_from_the_customer');
    const asked = statusEmail({ ticket, status, request: 'Please upload a utility bill from the last 3 months.', portalUrl });
    expect(asked.text).toContain('What we need from you\n> Please upload a utility bill from the last 3 months.');
    const general = statusEmail({ ticket, status, portalUrl });
    expect(general.text).toContain('What we need from you\nPlease reply on your ticket with the information we asked for');
  });

  it('confirms a change the customer made themselves as done at their request', () => {
    const email = statusEmail({ ticket, status: statusOf('refund', 'closed'), byCustomer: true, portalUrl });
    expect(email.subject).toBe('[Ticket 48271935] Payout delayed: Closed');
    expect(email.text).toContain('At your request, your ticket 48271935 “Payout delayed” is now: Closed\nThis ticket is closed. If you need more help, please open a new ticket.');
  });

  it('quotes a reply written with the change once, even when it is also what was asked', () => {
    const status = statusOf('general', 'awaiting_your_reply');
    const email = statusEmail({ ticket, status, reply: 'Which wallet?', request: 'Which wallet?', portalUrl });
    expect(email.text.match(/Which wallet\?/g)).toHaveLength(1);
  });

  it('keeps a typed subject on one line', () => {
    const email = statusEmail({ ticket: { ...ticket, subject: 'Line one\r\nBcc: victim@example.com' }, status: statusOf('general', 'open'), portalUrl });
    expect(email.subject).toBe('[Ticket 48271935] Line one Bcc: victim@example.com: Open');
  });
});

describe('what every email about a ticket reads as', () => {
  it('ends a meaning that lacks a full stop with one, and keeps one that has it', () => {
    expect(asSentence('Waiting for Paddle to complete the refund')).toBe('Waiting for Paddle to complete the refund.');
    expect(asSentence('A question;')).toBe('A question.');
    expect(asSentence('Reviewed and finalized by the support team.')).toBe('Reviewed and finalized by the support team.');
    expect(asSentence('Really?')).toBe('Really?');
    const email = statusEmail({ ticket, status: statusOf('refund', 'with_paddle'), portalUrl });
    expect(email.text).toContain('is now: With Paddle\nWaiting for Paddle to complete the refund.\n');
  });

  it('links the preferences page of the portal in the footer of both parts', () => {
    for (const email of [
      statusEmail({ ticket, status: statusOf('general', 'open'), portalUrl }),
      replyEmail({ ticket, status: statusOf('general', 'open'), reply: 'Hi', portalUrl }),
      confirmationEmail({ ticket, status: statusOf('general', 'open'), openedBySupport: false, portalUrl }),
    ]) {
      expect(email.text).toMatch(/emails off in your notification preferences: https:\/\/help\.pay\.example\/preferences\n$/);
      expect(email.html).toContain('<a href="https://help.pay.example/preferences">notification preferences</a>.');
    }
  });

  it('links only the ticket page and the preferences page', () => {
    const email = confirmationEmail({ ticket, status: statusOf('general', 'open'), openedBySupport: true, reply: 'See https://other.example/x', portalUrl });
    const hrefs = [...email.html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);
    expect(hrefs).toEqual(['https://help.pay.example/tickets/48271935', 'https://help.pay.example/preferences']);
  });
});

describe('a confirmation', () => {
  it('names the case number in the subject and the body, with where the ticket stands', () => {
    const email = confirmationEmail({ ticket, status: statusOf('refund', 'submitted'), openedBySupport: false, portalUrl });
    expect(email.subject).toBe('[Ticket 48271935] Payout delayed: Ticket received');
    expect(email.text).toContain('Your case number is 48271935');
    expect(email.text).toContain('Status: Submitted\nYour request has been submitted.');
  });
});

describe('a reply email', () => {
  it('quotes the reply escaped in HTML and as typed in text', () => {
    const email = replyEmail({ ticket, status: statusOf('general', 'in_progress'), reply: '<b>Done</b> & "fixed"', portalUrl });
    expect(email.subject).toBe('[Ticket 48271935] Payout delayed: New reply from support (In Progress)');
    expect(email.text).toContain('> <b>Done</b> & "fixed"');
    expect(email.html).toContain('&lt;b&gt;Done&lt;/b&gt; &amp; &quot;fixed&quot;');
    expect(email.html).not.toContain('<b>Done');
  });

  it('names the files attached to the reply with their sizes, escaped in HTML, and says where to download them', () => {
    const files = [
      { name: 'statement <march>.pdf', size: 245_760 },
      { name: 'payout.log', size: 812 },
    ];
    const email = replyEmail({ ticket, status: statusOf('general', 'in_progress'), reply: 'See the statement.', files, portalUrl });
    expect(email.text).toContain('Attached files\n- statement <march>.pdf (240 KB)\n- payout.log (812 bytes)\nOpen your ticket to download them.');
    expect(email.html).toContain('statement &lt;march&gt;.pdf (240 KB)');
  });

  it('names a status email’s and a confirmation’s files too, and says nothing of files when there are none', () => {
    const files = [{ name: 'form.pdf', size: 3 * 1024 * 1024 }];
    const status = statusEmail({ ticket, status: statusOf('general', 'awaiting_your_reply'), reply: 'Please sign the form.', request: 'Please sign the form.', files, portalUrl });
    expect(status.text).toContain('Attached file\n- form.pdf (3 MB)\nOpen your ticket to download it.');
    const confirmation = confirmationEmail({ ticket, status: statusOf('general', 'open'), openedBySupport: true, reply: 'We opened this.', files, portalUrl });
    expect(confirmation.text).toContain('- form.pdf (3 MB)');
    expect(replyEmail({ ticket, status: statusOf('general', 'open'), reply: 'Hi', portalUrl }).text).not.toContain('Attached');
  });
});

describe('an excerpt', () => {
  it('keeps a short message whole and cuts a long one between words', () => {
    expect(excerpt('  Short.  ')).toBe('Short.');
    const cut = excerpt(`${'word '.repeat(200)}end`, 50);
    expect(cut.endsWith('word…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(51);
  });
});

describe('escaping', () => {
  it('leaves no markup in typed text', () => {
    expect(escapeHtml(`<img src=x onerror="alert('x')"> & more`)).toBe('&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; &amp; more');
  });
});

describe('a team alert', () => {
  it('names the service level’s target, its due time and the priority for a warning and a breach', () => {
    const facts = { number: '9', subject: 'Card declined', type: 'general', statusLabel: 'Open', priority: 'high', serviceLevel: { target: 'firstReply', dueAt: '2030-01-01T10:00:00.000Z' } } as const;
    const warning = teamAlert({ ...facts, reason: 'serviceLevelWarning' });
    expect(warning.subject).toBe('Due soon: first reply of ticket 9: Card declined');
    expect(warning.message).toContain('Ticket 9 is due for its first reply by 2030-01-01 at 10:00 UTC (high priority target).');
    const breach = teamAlert({ ...facts, reason: 'serviceLevelBreached' });
    expect(breach.subject).toBe('Breached: first reply of ticket 9: Card declined');
    expect(breach.message).toContain('Ticket 9 breached its first reply target, due 2030-01-01 at 10:00 UTC (high priority).');
  });

  it('has an ASCII subject under 100 characters, as SNS requires', () => {
    const alert = teamAlert({ number: '1', subject: `Überweisung — ${'x'.repeat(200)}`, type: 'payments', statusLabel: 'Open', priority: 'critical', reason: 'openedCritical' });
    expect(alert.subject).toMatch(/^[\x20-\x7e]{1,99}$/);
    expect(alert.subject.startsWith('Critical ticket 1: Uberweisung')).toBe(true);
  });

  it('says a security ticket was opened, and at which priority', () => {
    const alert = teamAlert({ number: '7', subject: 'Account takeover', type: 'security', statusLabel: 'Open', priority: 'high', reason: 'openedSecurity' });
    expect(alert.subject).toBe('Security ticket 7: Account takeover');
    expect(alert.message).toContain('Ticket 7 is a security ticket, opened at high priority.');
  });
});

/** Every C0 control (CR, LF, tab, VT, FF included), DEL, every C1 control (NEL, U+0085, included), and U+2028, U+2029. */
const breaksAndControls = [
  ...Array.from({ length: 0x20 }, (_, code) => code),
  0x7f,
  ...Array.from({ length: 0x20 }, (_, index) => 0x80 + index),
  0x2028,
  0x2029,
].map((code) => String.fromCodePoint(code));
const hex = (character: string) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

describe('headers built from what people typed', () => {
  it.each(breaksAndControls.map((character) => [hex(character), character]))('carry no %s, in any email subject or alert subject', (_name, character) => {
    const typed = `Refund${character}Bcc: victim@example.com${character}${character}now`;
    const facts = { ticket: { ...ticket, subject: typed, requesterName: `Eve${character}Example` }, portalUrl };

    const subjects = [
      statusEmail({ ...facts, status: statusOf('general', 'in_progress') }).subject,
      replyEmail({ ...facts, status: statusOf('general', 'in_progress'), reply: 'Hi' }).subject,
      teamAlert({ number: '1', subject: typed, type: 'general', statusLabel: 'Open', priority: 'critical', reason: 'openedCritical' }).subject,
    ];

    for (const subject of subjects) {
      expect(subject).not.toMatch(/[\p{Cc}\p{Zl}\p{Zp}]/u);
      expect(subject).toContain('Refund Bcc: victim@example.com now');
    }
  });

  it('keeps the rest of the typed text, emoji and accents included, and cuts a long subject between characters', () => {
    expect(headerText('  Überweisung\u00a0🙂\u2028fehlt  ')).toBe('Überweisung 🙂 fehlt');
    const long = statusEmail({ ticket: { ...ticket, subject: `${'x'.repeat(118)}🙂🙂🙂` }, status: statusOf('general', 'open'), portalUrl });
    expect(long.subject).toBe(`[Ticket 48271935] ${'x'.repeat(118)}🙂…: Open`);
    expect(long.subject.isWellFormed()).toBe(true);
  });

  it('replaces a lone surrogate half, which no header encoding can carry', () => {
    const email = statusEmail({ ticket: { ...ticket, subject: 'Broken \ud83d text' }, status: statusOf('general', 'open'), portalUrl });
    expect(email.subject).toBe('[Ticket 48271935] Broken \ufffd text: Open');
  });
});
