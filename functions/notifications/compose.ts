import type { Preferences } from '../data/preferences';
import type { ChangeSnapshot } from '../data/items/event';
import { seedWording, statusOf, type Wording } from '../domain/catalog';
import {
  closeWarningEmail,
  badRatingAlert,
  complaintDeadlineAlert,
  complaintRegisteredEmail,
  confirmationEmail,
  reminderEmail,
  replyEmail,
  statusEmail,
  teamAlert,
  type EmailContent,
  type RatingLinks,
  type TicketFacts,
} from './email-content';
import { isVisibleStatusChange, type Notice } from './notices';

/*
 * What an event makes the notifier send, built from the event's own record alone: the ticket as
 * the event's change committed it, and that change's public message. An email therefore tells what
 * was true at its event (a reply written while In Progress says In Progress, even if the ticket
 * was resolved a moment later), and nothing is read again per event.
 */

type CustomerNotice = Extract<Notice, { audience: 'customer' }>;
type TeamNotice = Extract<Notice, { audience: 'team' }>;

const factsOf = (change: ChangeSnapshot): TicketFacts => ({
  number: change.ticket.number,
  subject: change.ticket.subject,
  requesterName: change.ticket.requester.name,
});

/** The public message support wrote with the change, if any (a customer's own message is not news to them). */
function supportMessageOf(change: ChangeSnapshot): ChangeSnapshot['message'] {
  return change.message && change.message.authorKind !== 'customer' ? change.message : undefined;
}

/** Whether the change opened the ticket: its confirmation then tells what support wrote with it. */
const opensTicket = (change: ChangeSnapshot) => change.events.some((event) => event.kind === 'created');

/**
 * The email a customer notice makes, or undefined when the requester's preferences turn it off or
 * the reply is told in the status email or confirmation of the same change. Statuses are named in
 * the deployment's `wording` (the seeds' words without one). A confirmation follows the status
 * change preference: it tells the ticket's first status, and a customer who wants no status emails
 * asked not to be told where their tickets stand; replies (support's first message on a ticket
 * support opened among them) still come by the reply preference.
 */
export function customerEmailOf(
  notice: CustomerNotice,
  change: ChangeSnapshot,
  preferences: Preferences,
  portalUrl: string,
  wording: Wording = seedWording,
  rating?: RatingLinks,
): EmailContent | undefined {
  const ticket = factsOf(change);
  const written = supportMessageOf(change);
  if (notice.kind === 'created') {
    if (!preferences.emailOnStatusChange) return undefined;
    const status = statusOf(change.ticket.type, change.ticket.status, wording);
    const files = [...(change.descriptionFiles ?? []), ...(written?.attachments ?? [])];
    return confirmationEmail({ ticket, status, openedBySupport: notice.openedBySupport, reply: written?.body, files, portalUrl });
  }
  if (notice.kind === 'status') {
    if (!preferences.emailOnStatusChange) return undefined;
    const status = statusOf(change.ticket.type, notice.status, wording);
    // What the customer is asked for is the message that moved the ticket to await them; a status
    // set to await them without one asks in general words.
    const request = status.phase === 'awaiting_reply' ? written?.body : undefined;
    // The question goes with the email telling the ticket was solved (`rating`: its links, when the notifier signs them).
    return statusEmail({ ticket, status, reply: written?.body, files: written?.attachments, request, byCustomer: notice.byCustomer, portalUrl, rating: status.phase === 'solved' ? rating : undefined });
  }
  if (notice.kind === 'closeWarning' || notice.kind === 'reminder') {
    // Both tell of the ticket's status to come, so the status change preference turns them off.
    if (!preferences.emailOnStatusChange) return undefined;
    const status = statusOf(change.ticket.type, change.ticket.status, wording);
    return notice.kind === 'closeWarning' ? closeWarningEmail({ ticket, status, closesAt: notice.at, portalUrl }) : reminderEmail({ ticket, status, solvesAt: notice.at, portalUrl });
  }
  if (notice.kind === 'complaint') {
    // Told like a confirmation: it says where the case stands, so the status change preference turns it off.
    if (!preferences.emailOnStatusChange) return undefined;
    return complaintRegisteredEmail({ ticket, receivedAt: notice.receivedAt, finalResponseBy: notice.finalResponseBy, portalUrl });
  }
  if (!preferences.emailOnReply) return undefined;
  // A reply that also moved the status or opened the ticket is told in that email, unless the customer only wants replies.
  if (preferences.emailOnStatusChange && (opensTicket(change) || change.events.some(isVisibleStatusChange))) return undefined;
  if (!written || written.id !== notice.messageId) return undefined;
  return replyEmail({ ticket, status: statusOf(change.ticket.type, change.ticket.status, wording), reply: written.body, files: written.attachments, portalUrl });
}

/** The team's alert about an urgent ticket, as its event's change left the ticket, its status in the deployment's words. */
export function teamAlertOf(notice: TeamNotice, change: ChangeSnapshot, wording: Wording = seedWording): { readonly subject: string; readonly message: string; readonly attributes: Readonly<Record<string, string>> } {
  const { ticket } = change;
  if (notice.kind === 'complaintDeadline') {
    const alert = complaintDeadlineAlert({ number: ticket.number, subject: ticket.subject, type: ticket.type, statusLabel: statusOf(ticket.type, ticket.status, wording).label, ...notice });
    return { ...alert, attributes: { ticketNumber: ticket.number, priority: ticket.priority, reason: 'complaintDeadline' } };
  }
  if (notice.kind === 'badRating') {
    const facts = { number: ticket.number, subject: ticket.subject, type: ticket.type, statusLabel: statusOf(ticket.type, ticket.status, wording).label, priority: ticket.priority };
    const alert = badRatingAlert({ ...facts, withComment: notice.withComment });
    return { ...alert, attributes: { ticketNumber: ticket.number, priority: ticket.priority, reason: 'ratedBad' } };
  }
  const alert = teamAlert({
    number: ticket.number,
    subject: ticket.subject,
    type: ticket.type,
    statusLabel: statusOf(ticket.type, ticket.status, wording).label,
    priority: notice.priority,
    reason: notice.reason,
    ...(notice.serviceLevel ? { serviceLevel: notice.serviceLevel } : {}),
  });
  const target: Record<string, string> = notice.serviceLevel ? { target: notice.serviceLevel.target } : {};
  return { ...alert, attributes: { ticketNumber: ticket.number, priority: notice.priority, reason: notice.reason, ...target } };
}
