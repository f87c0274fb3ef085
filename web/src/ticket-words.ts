import type { Schemas } from './api/client';

export type TicketType = Schemas['CustomerTicket']['type'];
export type Phase = Schemas['CustomerTicket']['phase'];
export type Priority = Schemas['CustomerTicket']['priority'];

/** What each type is called on screen (seed 002's categories, seed 001's names). */
export const typeNames: Readonly<Record<TicketType, string>> = {
  general: 'General question',
  account: 'Account',
  payments: 'Payments',
  api: 'API',
  security: 'Security',
  bug_report: 'Bug report',
  account_restoration: 'Account restoration',
  account_deletion: 'Account deletion',
  refund: 'Refund',
  kyc: 'KYC verification',
  withdrawal: 'Withdrawal',
};

/** The types the portal's Add New form and the console's open-a-case form offer, in their list's order: every type. */
export const formTypes: readonly TicketType[] = ['general', 'account', 'payments', 'refund', 'withdrawal', 'kyc', 'api', 'security', 'bug_report', 'account_restoration', 'account_deletion'];

/** Seed 000's ticket statuses, which the list filters by (the API's phases). */
export const phaseNames: Readonly<Record<Phase, string>> = {
  open: 'Open',
  awaiting_reply: 'Awaiting your reply',
  solved: 'Solved',
  closed: 'Closed',
};

/** Seed 002's priorities. */
export const priorityNames: Readonly<Record<Priority, string>> = { low: 'Low', normal: 'Normal', high: 'High', critical: 'Critical' };
