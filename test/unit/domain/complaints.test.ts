import { describe, expect, it } from 'vitest';
import { complaintDeadlines } from '../../../functions/domain/clock/complaint-deadlines';
import { parseClockSettings } from '../../../functions/domain/clock/settings';
import { complaintOutcome, complaintStanding, markComplaint, respondToComplaint, type ComplaintClock } from '../../../functions/domain/complaints';
import { InvalidChangeError, TicketClosedError } from '../../../functions/domain/errors';
import { redact } from '../../../functions/domain/redaction';
import { changeStatus, replyAsAgent } from '../../../functions/domain/ticket';
import type { Actor, Ticket } from '../../../functions/domain/types';
import { complaintMarked, customer, paymentsTicket, sequentialIds } from '../../fixtures/complaints';
import { londonDesk, londonDeskSettings } from './clock/calendars';

const ids = sequentialIds();
const agent: Actor = { kind: 'agent', id: 'agent-1' };
const text = (value: string) => redact(value).text;

const clockOf = (rule: 'psd2' | 'fca' | 'none'): ComplaintClock => parseClockSettings({ calendar: londonDeskSettings, complaints: { rule } });
const psd2 = clockOf('psd2');
const fca = clockOf('fca');

const openedAt = '2026-04-30T09:00:00.000Z';
const opened = (): Ticket => paymentsTicket({ openedAt }, ids);

const markedAt = '2026-05-01T14:00:00.000Z';
const marked = (clock: ComplaintClock = psd2) => complaintMarked({ openedAt, markedAt, clock, reason: 'Nobody answers' }, ids).ticket;
const reply = (ticket: Ticket, at: string, internal = false) => replyAsAgent(ticket, { body: text('About your complaint'), internal, awaitReply: false }, agent, at, ids);

describe('marking a ticket as a complaint', () => {
  it('gives it the deadlines of the deployment’s rule from its receipt, and records it on the public timeline', () => {
    const change = markComplaint(opened(), { reason: text('Nobody answers') }, psd2, customer, markedAt, ids);
    expect(change.ticket.complaint).toMatchObject({ receivedAt: markedAt, markedBy: 'customer', reason: 'Nobody answers', rule: 'psd2', acknowledgedAt: null, finalResponseAt: null, alerts: [] });
    expect(change.ticket.complaint?.deadlines).toEqual(complaintDeadlines(londonDesk, { rule: 'psd2', acknowledgementBusinessDays: 5 }, markedAt));
    expect(change.events).toEqual([
      expect.objectContaining({ kind: 'complaint', actor: customer, internal: false, after: { receivedAt: markedAt, rule: 'psd2', finalResponseBy: '2026-05-26' } }),
    ]);
    expect(change.ticket.version).toBe(opened().version + 1);
  });

  it('lets an agent give an earlier receipt, not before the ticket was opened nor later than now', () => {
    const earlier = markComplaint(opened(), { receivedAt: '2026-04-30T10:00:00Z', note: text('Complained in the description') }, psd2, agent, markedAt, ids);
    expect(earlier.ticket.complaint).toMatchObject({ receivedAt: '2026-04-30T10:00:00.000Z', markedAt, markedBy: 'agent' });
    expect(earlier.events[0]?.note).toBe('Complained in the description');
    const refusal = (receivedAt: string) => {
      try {
        markComplaint(opened(), { receivedAt }, psd2, agent, markedAt, ids);
      } catch (error) {
        return error instanceof InvalidChangeError ? error.fields.map((field) => field.path) : error;
      }
      return undefined;
    };
    expect(refusal('2026-04-29T09:00:00Z')).toEqual(['receivedAt']);
    expect(refusal('2026-05-02T09:00:00Z')).toEqual(['receivedAt']);
  });

  it('answers a complaint marked again as it is, without a change', () => {
    const ticket = marked();
    const again = markComplaint(ticket, { reason: text('Still nobody') }, psd2, customer, '2026-05-02T10:00:00.000Z', ids);
    expect(again).toEqual({ ticket, events: [] });
  });

  it('records a complaint under the rule none without deadlines', () => {
    const ticket = marked(clockOf('none'));
    expect(ticket.complaint).toMatchObject({ rule: 'none', deadlines: null });
    expect(complaintStanding(ticket.complaint!, markedAt)).toBeNull();
    expect(complaintOutcome(ticket.complaint!, markedAt)).toBe('open');
  });

  it('refuses a closed ticket', () => {
    const closed = changeStatus(opened(), { to: 'closed' }, agent, markedAt, ids, { byWorkflow: false }).ticket;
    expect(() => markComplaint(closed, {}, psd2, customer, '2026-05-02T10:00:00.000Z', ids)).toThrow(TicketClosedError);
  });
});

describe('an agent’s reply as a response to the complaint', () => {
  it('records an acknowledgement once, met before its deadline', () => {
    const acknowledged = respondToComplaint(reply(marked(), '2026-05-05T10:00:00.000Z'), 'acknowledgement', londonDesk, '2026-05-05T10:00:00.000Z', ids);
    expect(acknowledged.ticket.complaint?.acknowledgedAt).toBe('2026-05-05T10:00:00.000Z');
    expect(acknowledged.events.map((event) => event.kind)).toEqual(['message', 'complaint_response']);
    expect(acknowledged.events[1]).toMatchObject({ internal: true, after: { response: 'acknowledgement', lastDay: '2026-05-11', state: 'met' } });
    const again = respondToComplaint(reply(acknowledged.ticket, '2026-05-06T10:00:00.000Z'), 'acknowledgement', londonDesk, '2026-05-06T10:00:00.000Z', ids);
    expect(again.ticket.complaint?.acknowledgedAt).toBe('2026-05-05T10:00:00.000Z');
    expect(again.events.map((event) => event.kind)).toEqual(['message']);
  });

  it('extends PSD2’s final response to 35 business days after a holding reply in time, and acknowledges with it', () => {
    const held = respondToComplaint(reply(marked(), '2026-05-20T09:00:00.000Z'), 'holding', londonDesk, '2026-05-20T09:00:00.000Z', ids).ticket.complaint!;
    expect(held).toMatchObject({ holdingReplyAt: '2026-05-20T09:00:00.000Z', acknowledgedAt: '2026-05-20T09:00:00.000Z' });
    expect(held.deadlines).toMatchObject({ extended: true, finalResponse: { lastDay: '2026-06-23' }, acknowledgement: { lastDay: '2026-05-11' } });
    expect(complaintStanding(held, '2026-06-01T09:00:00.000Z')).toMatchObject({ acknowledgement: { state: 'breached' }, holdingReply: { state: 'met' }, finalResponse: { state: 'running' }, extended: true });
  });

  it('marks the deadline met by a final response before it, and late after it', () => {
    const inTime = respondToComplaint(reply(marked(), '2026-05-26T12:00:00.000Z'), 'final', londonDesk, '2026-05-26T12:00:00.000Z', ids).ticket.complaint!;
    expect(complaintStanding(inTime, '2026-07-01T00:00:00.000Z')?.finalResponse.state).toBe('met');
    expect(complaintOutcome(inTime, '2026-07-01T00:00:00.000Z')).toBe('resolved_within_deadline');
    const late = respondToComplaint(reply(marked(), '2026-05-27T12:00:00.000Z'), 'final', londonDesk, '2026-05-27T12:00:00.000Z', ids).ticket.complaint!;
    expect(complaintStanding(late, '2026-07-01T00:00:00.000Z')?.finalResponse.state).toBe('breached');
    expect(complaintOutcome(late, '2026-07-01T00:00:00.000Z')).toBe('late');
  });

  it('counts an open complaint past its deadline as late, and as open before', () => {
    const complaint = marked().complaint!;
    expect(complaintOutcome(complaint, '2026-05-26T22:59:59.000Z')).toBe('open');
    expect(complaintOutcome(complaint, '2026-05-26T23:00:00.000Z')).toBe('late');
  });

  it('refuses a response on a ticket that is no complaint, on an internal note, and a holding reply outside PSD2 or after the final response, naming complaintResponse', () => {
    const fieldsOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error instanceof InvalidChangeError ? error.fields.map((field) => field.path) : error;
      }
      return undefined;
    };
    const at = '2026-05-05T10:00:00.000Z';
    expect(fieldsOf(() => respondToComplaint(reply(opened(), at), 'final', londonDesk, at, ids))).toEqual(['complaintResponse']);
    expect(fieldsOf(() => respondToComplaint(reply(marked(), at, true), 'final', londonDesk, at, ids))).toEqual(['complaintResponse']);
    expect(fieldsOf(() => respondToComplaint(reply(marked(fca), at), 'holding', londonDesk, at, ids))).toEqual(['complaintResponse']);
    const answered = respondToComplaint(reply(marked(), at), 'final', londonDesk, at, ids).ticket;
    const later = '2026-05-06T10:00:00.000Z';
    expect(fieldsOf(() => respondToComplaint(reply(answered, later), 'holding', londonDesk, later, ids))).toEqual(['complaintResponse']);
    // Another final response or an acknowledgement after it is only a reply.
    expect(respondToComplaint(reply(answered, later), 'final', londonDesk, later, ids).ticket.complaint).toEqual(answered.complaint);
  });
});
