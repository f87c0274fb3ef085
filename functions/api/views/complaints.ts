import { complaintOutcome, complaintStanding, type Complaint } from '../../domain/complaints';
import type { Ticket } from '../../domain/types';
import type { AgentComplaintView, CustomerComplaintView } from './complaints-schemas';

/** A ticket's complaint as the customer sees it: not the internal deadline states, only the date its final response is promised by. */
export function customerComplaintView(complaint: Complaint): CustomerComplaintView {
  return {
    receivedAt: complaint.receivedAt,
    reason: complaint.reason,
    finalResponseBy: complaint.deadlines?.finalResponse.lastDay ?? null,
    finalResponseAt: complaint.finalResponseAt,
  };
}

/** A ticket's complaint as agents see it, each deadline's state as of `now`. */
export function agentComplaintView(complaint: Complaint, now: string): AgentComplaintView {
  return {
    receivedAt: complaint.receivedAt,
    markedAt: complaint.markedAt,
    markedBy: complaint.markedBy,
    reason: complaint.reason,
    rule: complaint.rule,
    deadlines: complaintStanding(complaint, now),
    responses: { acknowledgedAt: complaint.acknowledgedAt, holdingReplyAt: complaint.holdingReplyAt, finalResponseAt: complaint.finalResponseAt },
    outcome: complaintOutcome(complaint, now),
  };
}

/** The `complaint` field of a ticket's customer view, for a ticket marked as one (nothing for any other). */
export function customerComplaintField(ticket: Ticket): { complaint?: CustomerComplaintView } {
  return ticket.complaint ? { complaint: customerComplaintView(ticket.complaint) } : {};
}

/** The `complaint` field of a ticket's agent view, its deadlines' states as of the time of the request. */
export function agentComplaintField(ticket: Ticket): { complaint?: AgentComplaintView } {
  return ticket.complaint ? { complaint: agentComplaintView(ticket.complaint, new Date().toISOString()) } : {};
}
