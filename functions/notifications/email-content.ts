import { sizeWords } from '../domain/attachment';
import type { StatusDefinition } from '../domain/types';
import { escapeHtml, escapeHtmlLines } from './html';
import type { AlertReason, ServiceLevelAlertFacts } from './notices';
import { preferencesLink, ticketLink } from './portal-links';

/** An email ready to send: a subject, a text part and an HTML part. */
export interface EmailContent {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/** What every email about a ticket names. Everything but the number was typed by a person. */
export interface TicketFacts {
  readonly number: string;
  readonly subject: string;
  readonly requesterName: string;
}

/** A status email: the ticket, its new status, and what support wrote with or before it. */
export interface StatusEmailFacts {
  readonly ticket: TicketFacts;
  readonly status: StatusDefinition;
  /** A public message from support written with this change, if any. */
  readonly reply?: string | undefined;
  /** The files attached to that message. */
  readonly files?: readonly AttachedFile[] | undefined;
  /** When the status awaits the customer: the latest public message from support, saying what is needed. */
  readonly request?: string | undefined;
  /** The customer made the change themselves (solved, reopened or closed their ticket): the email confirms it. */
  readonly byCustomer?: boolean | undefined;
  /** When the ticket was solved: the "Was this helpful?" links of this solve. */
  readonly rating?: RatingLinks | undefined;
  readonly portalUrl: string;
}

/** The two one-click answers to "Was this helpful?" (signed links to the API's rating pages). */
export interface RatingLinks {
  readonly good: string;
  readonly bad: string;
}

/** A confirmation: the new ticket, where it stands, who opened it, and what support wrote with it. */
export interface ConfirmationEmailFacts {
  readonly ticket: TicketFacts;
  readonly status: StatusDefinition;
  /** Support opened the ticket for the customer (seed 001), rather than the customer themselves. */
  readonly openedBySupport: boolean;
  /** A public message from support written with the ticket, if any. */
  readonly reply?: string | undefined;
  /** The files attached to that message. */
  readonly files?: readonly AttachedFile[] | undefined;
  readonly portalUrl: string;
}

/** A reply email: the ticket, where it stands, and what support wrote. */
export interface ReplyEmailFacts {
  readonly ticket: TicketFacts;
  readonly status: StatusDefinition;
  readonly reply: string;
  /** The files attached to the reply. */
  readonly files?: readonly AttachedFile[] | undefined;
  readonly portalUrl: string;
}

/** A file attached to a message: an email names it and its size, and never carries it. */
export interface AttachedFile {
  readonly name: string;
  readonly size: number;
}

/** The section naming a message's files, if it has any: the files stay on the ticket, behind sign-in. */
function filesSection(files: readonly AttachedFile[] | undefined): Section[] {
  if (!files || files.length === 0) return [];
  const lines = files.map((file) => `- ${oneLine(file.name)} (${sizeWords(file.size)})`);
  return [{ heading: files.length === 1 ? 'Attached file' : 'Attached files', text: `${lines.join('\n')}\nOpen your ticket to download ${files.length === 1 ? 'it' : 'them'}.` }];
}

/** How much of a message an email quotes; the whole of it is on the ticket. */
const excerptLength = 600;
const subjectLength = 120;

/** The start of a message: at most `length` characters, cut between words, marked when cut. */
export function excerpt(body: string, length = excerptLength): string {
  const text = body.replace(/\r\n?/g, '\n').trim();
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const lastSpace = cut.search(/\s\S*$/);
  return `${(lastSpace > length / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/*
 * Every control character (C0 with CR, LF, tab, VT and FF; DEL; C1 with NEL, U+0085), the line and
 * paragraph separators (U+2028, U+2029) and any other run of white space: each becomes one space.
 * A line break of any kind in a header could start another header or fold it in some client.
 */
const breaksAndControls = /[\p{Cc}\p{Zl}\p{Zp}\s]+/gu;

/**
 * Text a person typed, fit for one line of a header: no line break or control character of any
 * kind, lone surrogate halves replaced (they cannot be encoded), trimmed.
 */
export function headerText(text: string): string {
  return text.toWellFormed().replace(breaksAndControls, ' ').trim();
}

/** A typed subject on one line, kept short (cut between characters, never inside a surrogate pair). */
function oneLine(text: string, length = subjectLength): string {
  const characters = Array.from(headerText(text));
  return characters.length <= length ? characters.join('') : `${characters.slice(0, length - 1).join('').trimEnd()}…`;
}

function subjectOf(ticket: TicketFacts, tail: string): string {
  return headerText(`[Ticket ${ticket.number}] ${oneLine(ticket.subject)}: ${tail}`);
}

/** A block of the body: a heading and the text under it (already plain text, escaped for HTML here). */
interface Section {
  readonly heading?: string;
  readonly text: string;
  /** Typed by a person: quoted in the text part, set apart in the HTML part. */
  readonly quoted?: boolean;
  /** Links under the text: a line each in the text part, links in the HTML part. */
  readonly links?: readonly { readonly label: string; readonly url: string }[];
}

/**
 * A status's meaning as a sentence: the seeds' meanings are kept word for word in the catalogue,
 * and some end without a full stop (seed 000 ended one with ";", which was dropped).
 */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  return trimmed === '' || /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed.replace(/[\s,;:]+$/, '')}.`;
}

/** A status as an email tells it: its label, then its meaning as a sentence. */
const standing = (status: StatusDefinition) => `${status.label}\n${asSentence(status.meaning)}`;

/** Which preference turns an email off: confirmations and status changes go together (see compose.ts). */
type EmailKind = 'status' | 'reply';

const greeting = (name: string) => (name.trim() === '' ? 'Hello,' : `Hello ${name.trim()},`);
/** Why the email came and where to turn it off; `preferences` is the link to the preferences page as the part shows it. */
const footer = (ticket: TicketFacts, kind: EmailKind, preferences: string) =>
  `You receive this email because ticket ${ticket.number} is yours. You can turn ${kind === 'status' ? 'confirmation and status change' : 'reply'} emails off in your ${preferences}`;

function render(ticket: TicketFacts, subject: string, sections: readonly Section[], portalUrl: string, kind: EmailKind): EmailContent {
  const link = ticketLink(portalUrl, ticket.number);
  const preferences = preferencesLink(portalUrl);
  const textSections = sections.map((section) => {
    const quoted = section.quoted ? section.text.split('\n').map((line) => `> ${line}`.trimEnd()).join('\n') : section.text;
    const body = section.links ? [quoted, ...section.links.map((link) => `${link.label}: ${link.url}`)].join('\n') : quoted;
    return section.heading ? `${section.heading}\n${body}` : body;
  });
  const text = [greeting(ticket.requesterName), ...textSections, `View your ticket: ${link}`, '--', `${footer(ticket, kind, `notification preferences: ${preferences}`)}`].join('\n\n') + '\n';

  const quoteStyle = 'margin:0;padding:8px 12px;border-left:3px solid #c8ccd0;color:#333';
  const htmlSections = sections.map((section) => {
    const heading = section.heading ? `<h3 style="margin:16px 0 4px;font-size:15px">${escapeHtml(section.heading)}</h3>\n` : '';
    const body = section.quoted ? `<blockquote style="${quoteStyle}">${escapeHtmlLines(section.text)}</blockquote>` : `<p style="margin:0">${escapeHtmlLines(section.text)}</p>`;
    const links = section.links
      ? `\n<p style="margin:8px 0 0">${section.links.map((link) => `<a href="${escapeHtml(link.url)}" style="display:inline-block;margin-right:12px;padding:6px 14px;border:1px solid #0b5cad;border-radius:4px;color:#0b5cad;text-decoration:none">${escapeHtml(link.label)}</a>`).join('')}</p>`
      : '';
    return `${heading}${body}${links}`;
  });
  const html = [
    '<!DOCTYPE html>',
    `<html><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#222">',
    `<p>${escapeHtml(greeting(ticket.requesterName))}</p>`,
    ...htmlSections,
    `<p style="margin-top:20px"><a href="${escapeHtml(link)}">View ticket ${escapeHtml(ticket.number)}</a></p>`,
    `<p style="margin-top:24px;font-size:12px;color:#666">${footer({ ...ticket, number: escapeHtml(ticket.number) }, kind, `<a href="${escapeHtml(preferences)}">notification preferences</a>.`)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject, text, html };
}

/**
 * The email telling the requester their ticket's status changed: the new label and the seed's
 * meaning, what support wrote with the change, and, when the status awaits the customer, what
 * they are asked for (the message that asked, or a general request to reply).
 */
export function statusEmail(facts: StatusEmailFacts): EmailContent {
  const { ticket, status } = facts;
  const opening = facts.byCustomer ? 'At your request, your ticket' : 'Your ticket';
  const sections: Section[] = [{ text: `${opening} ${ticket.number} “${oneLine(ticket.subject)}” is now: ${standing(status)}` }];
  if (status.phase === 'awaiting_reply') {
    sections.push(
      facts.request
        ? { heading: 'What we need from you', text: excerpt(facts.request), quoted: true }
        : { heading: 'What we need from you', text: 'Please reply on your ticket with the information we asked for, so that we can continue.' },
    );
    if (facts.request) sections.push({ text: 'Please reply on your ticket so that we can continue.' });
  }
  if (facts.reply && facts.reply !== facts.request) sections.push({ heading: 'Support wrote', text: excerpt(facts.reply), quoted: true });
  sections.push(...filesSection(facts.files));
  if (facts.rating) sections.push(ratingSection(facts.rating));
  return render(ticket, subjectOf(ticket, status.label), sections, facts.portalUrl, 'status');
}

/** "Was this helpful?" with its two links; each opens a page whose button sends the answer. */
function ratingSection(links: RatingLinks): Section {
  return {
    heading: 'Was this helpful?',
    text: 'Tell us with one of these links; you can add a comment on the page it opens.',
    links: [
      { label: 'Good', url: links.good },
      { label: 'Bad', url: links.bad },
    ],
  };
}

/**
 * The confirmation of a new ticket (seed 002: "Every issue gets a case number so nothing is
 * lost"): its case number, subject, where it stands and the link; for a ticket support opened for
 * the customer, that support opened it, and what support wrote with it.
 */
export function confirmationEmail(facts: ConfirmationEmailFacts): EmailContent {
  const { ticket, status } = facts;
  const opened = facts.openedBySupport
    ? `Our support team opened ticket ${ticket.number} “${oneLine(ticket.subject)}” for you, so that we can track your case and keep you updated.`
    : `We received your request and opened ticket ${ticket.number} “${oneLine(ticket.subject)}”.`;
  const sections: Section[] = [
    { text: `${opened}\nYour case number is ${ticket.number}: please mention it whenever you contact us about this case.` },
    { text: `Status: ${standing(status)}` },
  ];
  if (facts.reply) sections.push({ heading: 'Support wrote', text: excerpt(facts.reply), quoted: true });
  sections.push(...filesSection(facts.files));
  return render(ticket, subjectOf(ticket, 'Ticket received'), sections, facts.portalUrl, 'status');
}

/** The email bringing the requester a public reply from support: an excerpt and where the ticket stands. */
export function replyEmail(facts: ReplyEmailFacts): EmailContent {
  const { ticket, status } = facts;
  const sections: Section[] = [
    { text: `Support replied on your ticket ${ticket.number} “${oneLine(ticket.subject)}”.` },
    { heading: 'Support wrote', text: excerpt(facts.reply), quoted: true },
    ...filesSection(facts.files),
    { text: `Status: ${standing(status)}` },
  ];
  return render(ticket, subjectOf(ticket, `New reply from support (${status.label})`), sections, facts.portalUrl, 'reply');
}

/** A clock's email: the ticket, where it stands, and when the next step happens (null: not planned). */
export interface TimerEmailFacts {
  readonly ticket: TicketFacts;
  readonly status: StatusDefinition;
  readonly portalUrl: string;
}

/** An instant as an email names it: the date and time in UTC, unambiguous whatever the reader's zone. */
function instantText(iso: string): string {
  return `${iso.slice(0, 10)} at ${iso.slice(11, 16)} UTC`;
}

/** The warning that a solved ticket will close by itself, and how to keep it open. */
export function closeWarningEmail(facts: TimerEmailFacts & { readonly closesAt: string | null }): EmailContent {
  const { ticket, status } = facts;
  const when = facts.closesAt ? ` on ${instantText(facts.closesAt)}` : ' soon';
  const sections: Section[] = [
    { text: `Your ticket ${ticket.number} “${oneLine(ticket.subject)}” is ${status.label}, and it will close by itself${when}.` },
    { text: 'If you still need help with it, reply on your ticket before then and we will pick it up again.' },
  ];
  return render(ticket, subjectOf(ticket, 'Closing soon'), sections, facts.portalUrl, 'status');
}

/** The reminder that support is still waiting for the customer, and what happens if they do not answer. */
export function reminderEmail(facts: TimerEmailFacts & { readonly solvesAt: string | null }): EmailContent {
  const { ticket, status } = facts;
  const sections: Section[] = [
    { text: `We are still waiting for your reply on ticket ${ticket.number} “${oneLine(ticket.subject)}” (${status.label}).` },
    { text: 'Please reply on your ticket with the information we asked for, so that we can continue.' },
  ];
  if (facts.solvesAt) sections.push({ text: `If we do not hear from you by ${instantText(facts.solvesAt)}, we will consider the matter solved; you can still reply afterwards to reopen it.` });
  return render(ticket, subjectOf(ticket, 'Reminder: we are waiting for your reply'), sections, facts.portalUrl, 'status');
}

/** What the support team's alert says about an urgent ticket. */
export interface TeamAlertFacts {
  readonly number: string;
  readonly subject: string;
  readonly type: string;
  readonly statusLabel: string;
  readonly priority: string;
  readonly reason: AlertReason;
  /** For a service level's warning or breach: its target and due time. */
  readonly serviceLevel?: ServiceLevelAlertFacts;
}

/** An SNS subject: ASCII, one line, under 100 characters, as SNS requires. */
function snsSubject(text: string): string {
  const ascii = headerText(text).normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/\s+/g, ' ').trim();
  return ascii.length <= 99 ? ascii : `${ascii.slice(0, 96).trimEnd()}...`;
}

const targetNames: Readonly<Record<string, string>> = { firstReply: 'first reply', nextReply: 'next reply', resolution: 'resolution' };
const targetName = (facts: TeamAlertFacts) => targetNames[facts.serviceLevel?.target ?? ''] ?? facts.serviceLevel?.target ?? 'service level';
const dueText = (facts: TeamAlertFacts) => (facts.serviceLevel?.dueAt ? instantText(facts.serviceLevel.dueAt) : 'its due time');

const alertWhy: Readonly<Record<AlertReason, (facts: TeamAlertFacts) => string>> = {
  openedCritical: () => 'was opened with critical priority',
  openedSecurity: ({ priority }) => `is a security ticket, opened at ${priority} priority`,
  raisedToCritical: () => 'was raised to critical priority',
  escalatedByWorkflow: ({ priority }) => `was escalated to the agents by its workflow (priority ${priority})`,
  serviceLevelWarning: (facts) => `is due for its ${targetName(facts)} by ${dueText(facts)} (${facts.priority} priority target)`,
  serviceLevelBreached: (facts) => `breached its ${targetName(facts)} target, due ${dueText(facts)} (${facts.priority} priority)`,
};

const alertHeadline: Readonly<Record<AlertReason, string>> = {
  openedCritical: 'Critical',
  raisedToCritical: 'Critical',
  openedSecurity: 'Security',
  escalatedByWorkflow: 'Escalated',
  serviceLevelWarning: 'Due soon:',
  serviceLevelBreached: 'Breached:',
};

/** The lines every team alert ends with: what the ticket is (its priority when the alert knows it) and where agents read it. */
function alertTicketLines(facts: { readonly number: string; readonly subject: string; readonly type: string; readonly statusLabel: string; readonly priority?: string }): string[] {
  return [
    `Subject: ${oneLine(facts.subject)}`,
    `Type: ${facts.type.replaceAll('_', ' ')}`,
    `Status: ${facts.statusLabel}`,
    ...(facts.priority === undefined ? [] : [`Priority: ${facts.priority}`]),
    '',
    `Agents: GET /v1/agent/tickets/${facts.number}`,
  ];
}

/** The alert the support team receives for an urgent ticket: plain text, no customer data beyond the subject. */
export function teamAlert(facts: TeamAlertFacts): { readonly subject: string; readonly message: string } {
  const headline = facts.serviceLevel ? `${alertHeadline[facts.reason]} ${targetName(facts)} of` : alertHeadline[facts.reason];
  return {
    subject: snsSubject(`${headline} ticket ${facts.number}: ${facts.subject}`),
    message: [`Ticket ${facts.number} ${alertWhy[facts.reason](facts)}.`, '', ...alertTicketLines(facts)].join('\n'),
  };
}

/** What the support team's alert says about a solve its customer rated bad. */
export interface BadRatingAlertFacts {
  readonly number: string;
  readonly subject: string;
  readonly type: string;
  readonly statusLabel: string;
  readonly priority: string;
  readonly withComment: boolean;
}

/**
 * The alert the support team receives when a customer rates a solve bad, so that someone follows
 * up while the customer still remembers: plain text, no customer data beyond the subject (the
 * comment is read on the ticket, by agents).
 */
export function badRatingAlert(facts: BadRatingAlertFacts): { readonly subject: string; readonly message: string } {
  return {
    subject: snsSubject(`Rated bad: ticket ${facts.number}: ${facts.subject}`),
    message: [`The customer of ticket ${facts.number} rated its solution bad${facts.withComment ? ', with a comment' : ''}.`, '', ...alertTicketLines(facts)].join('\n'),
  };
}

/** The email telling the customer their complaint is registered: when it was received and, under a rule, the day its final response is due by. */
export function complaintRegisteredEmail(facts: { readonly ticket: TicketFacts; readonly receivedAt: string; readonly finalResponseBy: string | null; readonly portalUrl: string }): EmailContent {
  const { ticket } = facts;
  const sections: Section[] = [
    { text: `We have registered your complaint about ticket ${ticket.number} “${oneLine(ticket.subject)}”, received on ${instantText(facts.receivedAt)}.` },
    ...(facts.finalResponseBy ? [{ text: `You will have our final response by the end of ${facts.finalResponseBy} at the latest. If we need longer, we will write to you before then to explain why.` }] : []),
    { text: 'You can follow it, and add anything you want us to know, on your ticket.' },
  ];
  return render(ticket, subjectOf(ticket, 'Complaint registered'), sections, facts.portalUrl, 'status');
}

/** What the team's alert about a complaint's deadline names. */
export interface ComplaintDeadlineAlertFacts {
  readonly number: string;
  readonly subject: string;
  readonly type: string;
  readonly statusLabel: string;
  /** `acknowledgement` or `finalResponse`. */
  readonly deadline: string;
  readonly state: 'warning' | 'breached';
  readonly lastDay: string;
  readonly dueAt: string;
}

const deadlineNames: Readonly<Record<string, string>> = { acknowledgement: 'acknowledgement', finalResponse: 'final response' };

/** The team's alert that a complaint's deadline is near or has passed without its response: the ticket, the deadline and when it is (was) due. */
export function complaintDeadlineAlert(facts: ComplaintDeadlineAlertFacts): { readonly subject: string; readonly message: string } {
  const name = deadlineNames[facts.deadline] ?? facts.deadline;
  const breached = facts.state === 'breached';
  const what = breached
    ? `Ticket ${facts.number} is a complaint whose ${name} deadline has passed without it: it was due by the end of ${facts.lastDay} (${instantText(facts.dueAt)}).`
    : `Ticket ${facts.number} is a complaint whose ${name} is due by the end of ${facts.lastDay} (${instantText(facts.dueAt)}).`;
  return {
    subject: snsSubject(`Complaint ${name} ${breached ? 'overdue' : 'due soon'}: ticket ${facts.number}: ${facts.subject}`),
    message: [what, '', ...alertTicketLines(facts)].join('\n'),
  };
}
