import * as z from 'zod/mini';
import { agentTicketSchema, customerTicketSchema, redactionSchema } from './tickets-schemas';

/** POST /v1/tickets/{number}/complaint: the ticket as a complaint, and what was redacted from the reason. */
export const customerComplaintMarkedSchema = z.object({ ticket: customerTicketSchema, redacted: redactionSchema });
/** POST /v1/agent/tickets/{number}/complaint: the ticket with its complaint's deadlines, and what was redacted from the note. */
export const agentComplaintMarkedSchema = z.object({ ticket: agentTicketSchema, redacted: redactionSchema });

/** GET /v1/agent/reports/complaints: CSV text (RFC 4180), a header row first. */
export const complaintReportCsvSchema = z.string();
