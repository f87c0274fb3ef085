import { businessDaysAfter, endOfLocalDay, type BusinessCalendar } from './business-calendar';
import { isoDateOf, localDayOf, parseInstant, type DayNumber } from './zone';

/**
 * Complaint deadlines: the dates by which a regulated platform must acknowledge a complaint and send
 * its final response, under the rule the deployment answers to.
 *
 * - `fca`: the UK Financial Conduct Authority's Handbook, DISP 1.6. DISP 1.6.1R asks for a "prompt
 *   written acknowledgement" on receipt, without a number of days; DISP 1.6.2R asks for a final
 *   response (or a written response explaining the delay and the complainant's right to go to the
 *   Financial Ombudsman Service) "by the end of eight weeks after its receipt of the complaint":
 *   calendar weeks, so weekends and holidays count.
 * - `psd2`: complaints about payment services. PSD2 (Directive (EU) 2015/2366) Article 101(2):
 *   "within 15 business days of receipt of the complaint"; in exceptional situations, a holding
 *   reply giving the reasons for the delay and the date of the final reply, which must come within
 *   35 business days. The UK keeps the same numbers for payment-services and e-money complaints
 *   (Payment Services Regulations 2017 reg. 101; DISP 1.6.2AR, which DISP 1.6.1R's acknowledgement
 *   quotes: "a final response within 15 business days of its receipt of the complaint" or "a
 *   holding response within 15 business days ... and a final response within 35 business days"),
 *   so a UK payment institution chooses `psd2` too. A business day is one the provider is open for
 *   business (PSD2 Article 4(37)): here, the deployment's calendar, which leaves out its closed
 *   weekdays and holidays.
 * - `none`: no regulatory deadlines.
 *
 * Days are counted from the day after the day of receipt (the day a complaint arrives, whatever
 * the hour, is not one of the days, as in the PSRs 2017's "after the day on which it received the
 * complaint"), and a deadline runs to the end of its last day in the deployment's time zone: the
 * latest instant the rules' words allow, which the team is warned of well before.
 *
 * The acknowledgement deadline is a setting counted in business days (default 5): "prompt" has no
 * number in DISP 1.6.1R (nor in PSD2), and five business days is the figure UK firms and complaint
 * tools commonly use for it; a deployment sets its own.
 */

export const complaintRules = ['fca', 'psd2', 'none'] as const;
export type ComplaintRule = (typeof complaintRules)[number];

/** A deployment's complaint rule. */
export interface ComplaintPolicy {
  readonly rule: ComplaintRule;
  /** Business days after the day of receipt by which a complaint is acknowledged. */
  readonly acknowledgementBusinessDays: number;
}

/** UK FCA DISP 1.6.2R: eight weeks. */
export const fcaFinalResponseDays = 8 * 7;
/** PSD2 Article 101(2): 15 business days, or at most 35 with a holding reply. */
export const psd2FinalResponseBusinessDays = 15;
export const psd2ExtendedBusinessDays = 35;

/** A deadline: the last local date it allows, and the instant that date ends (a response at or after it is late). */
export interface ComplaintDeadline {
  /** `YYYY-MM-DD`, in the deployment's time zone. */
  readonly lastDay: string;
  /** ISO 8601 instant: the end of `lastDay` in the deployment's time zone. */
  readonly dueAt: string;
}

/** A complaint's deadlines under its rule. */
export interface ComplaintDeadlines {
  readonly rule: Exclude<ComplaintRule, 'none'>;
  readonly acknowledgement: ComplaintDeadline;
  /** The final response's deadline in force: PSD2's 35 business days once a holding reply went out in time. */
  readonly finalResponse: ComplaintDeadline;
  /** PSD2 only: by when a holding reply must go out to extend the final response's deadline (15 business days). */
  readonly holdingReply: ComplaintDeadline | null;
  /** PSD2 only: whether a holding reply sent by its deadline extended the final response's to 35 business days. */
  readonly extended: boolean;
}

/**
 * A complaint's deadlines, from when it was received and, for PSD2, when a holding reply was sent.
 * A holding reply sent after the 15-business-day deadline extends nothing: by then the final
 * response was already late.
 * @returns the deadlines, or null under the rule `none`.
 * @throws RangeError when `receivedAt` or `holdingReplyAt` is not an ISO 8601 instant.
 */
export function complaintDeadlines(calendar: BusinessCalendar, policy: ComplaintPolicy, receivedAt: string, holdingReplyAt: string | null = null): ComplaintDeadlines | null {
  if (policy.rule === 'none') return null;
  const received = parseInstant(receivedAt);
  const deadline = (day: DayNumber): ComplaintDeadline => ({ lastDay: isoDateOf(day), dueAt: new Date(endOfLocalDay(calendar, day)).toISOString() });
  const acknowledgement = deadline(businessDaysAfter(calendar, received, policy.acknowledgementBusinessDays));
  if (policy.rule === 'fca') {
    return { rule: 'fca', acknowledgement, finalResponse: deadline(localDayOf(calendar.timeZone, received) + fcaFinalResponseDays), holdingReply: null, extended: false };
  }
  const holdingReply = deadline(businessDaysAfter(calendar, received, psd2FinalResponseBusinessDays));
  const extended = holdingReplyAt !== null && parseInstant(holdingReplyAt) < Date.parse(holdingReply.dueAt);
  return {
    rule: 'psd2',
    acknowledgement,
    finalResponse: extended ? deadline(businessDaysAfter(calendar, received, psd2ExtendedBusinessDays)) : holdingReply,
    holdingReply,
    extended,
  };
}

/** Where a complaint's deadline stands: `met` when its response went out before the deadline ended. */
export type DeadlineState = 'running' | 'met' | 'breached';

/**
 * Where a deadline stands at `now`, given when its response was sent (null while none was).
 * @throws RangeError when an instant is not ISO 8601.
 */
export function deadlineState(deadline: ComplaintDeadline, respondedAt: string | null, now: string): DeadlineState {
  const due = Date.parse(deadline.dueAt);
  if (respondedAt !== null) return parseInstant(respondedAt) < due ? 'met' : 'breached';
  return parseInstant(now) < due ? 'running' : 'breached';
}
