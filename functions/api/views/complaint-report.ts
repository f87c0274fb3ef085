import { stringify } from 'csv-stringify/sync';
import { complaintOutcome } from '../../domain/complaints';
import type { Ticket } from '../../domain/types';
import type { ComplaintReport } from '../../use-cases/complaints/complaint-report';

/*
 * The complaints export as CSV (RFC 4180, by csv-stringify): one row per complaint received in the
 * period, by receipt. It holds no free text (no subject, reason or name), only numbers, codes, dates
 * and instants, so nothing in it can be read as a spreadsheet formula or carry personal data.
 */

/** The columns, in order: days (`YYYY-MM-DD`, the deployment's zone) for deadlines, ISO 8601 instants for what happened. */
export const complaintReportColumns = [
  'number',
  'type',
  'received_at',
  'rule',
  'acknowledgement_due',
  'acknowledgement_sent',
  'final_response_due',
  'final_response_sent',
  'holding_reply_sent',
  'extended',
  'state',
] as const;

/** One complaint's row, where it stands as of `at`. */
export function complaintReportRow(ticket: Ticket, at: string): string[] {
  const complaint = ticket.complaint;
  if (!complaint) throw new RangeError(`Ticket ${ticket.number} is not a complaint.`);
  const deadlines = complaint.deadlines;
  return [
    ticket.number,
    ticket.type,
    complaint.receivedAt,
    complaint.rule,
    deadlines?.acknowledgement.lastDay ?? '',
    complaint.acknowledgedAt ?? '',
    deadlines?.finalResponse.lastDay ?? '',
    complaint.finalResponseAt ?? '',
    complaint.holdingReplyAt ?? '',
    deadlines?.holdingReply ? String(deadlines.extended) : '',
    complaintOutcome(complaint, at),
  ];
}

/** The report as CSV text: the header row, then a row per complaint, CRLF line ends. */
export function complaintReportCsv(report: ComplaintReport): string {
  return stringify([[...complaintReportColumns], ...report.complaints.map((ticket) => complaintReportRow(ticket, report.at))], { record_delimiter: 'windows' });
}

/** The file name a browser saves the export under. */
export function complaintReportFileName(report: Pick<ComplaintReport, 'period'>): string {
  return `complaints-${report.period.from}-to-${report.period.to}.csv`;
}
