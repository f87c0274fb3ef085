import { assessKyc, assessRefund, assessWithdrawal } from '../../domain/workflow-rules';
import type { Assessment } from '../../domain/workflow-rules';
import type { WorkflowDeps } from './ports';
import { TicketMissingError, ticketOfTask } from './waits';

/**
 * What an `assess` task is given: the ticket, and the settings its state machine was deployed with
 * (domain/workflow-rules.ts's `checkSettings`, substituted by infra/system.ts): the refund workflow
 * gives the compliance threshold, the withdrawal workflow the limit and currencies, KYC none.
 */
export interface AssessInput {
  readonly ticketNumber: string;
  readonly settings?: {
    readonly complianceThreshold?: string;
    readonly withdrawalMaxAmount?: string;
    /** Comma-separated, as a substitution gives it. */
    readonly withdrawalCurrencies?: string;
  };
}

/** The state machine gave no value for a setting its checks need: its definition is wrong, ops must look. */
export class SettingMissingError extends Error {
  override readonly name = 'SettingMissing';
}

function settingOf(input: AssessInput, name: keyof NonNullable<AssessInput['settings']>): string {
  const value = input.settings?.[name];
  if (value === undefined) throw new SettingMissingError(`The assess task of ticket ${input.ticketNumber} was given no ${name}.`);
  return value;
}

/** An assessment with every field present, as the state machine's ResultSelector reads them all. */
export interface AssessmentResult {
  readonly eligible: boolean;
  readonly reason: string;
  readonly provider: string;
  readonly compliance: boolean;
  readonly kind: string;
}

function completeAssessment(assessment: Assessment): AssessmentResult {
  if (!assessment.eligible) return { eligible: false, reason: assessment.reason, provider: '', compliance: false, kind: '' };
  return { eligible: true, reason: '', provider: assessment.provider ?? '', compliance: assessment.compliance ?? false, kind: assessment.kind ?? '' };
}

/**
 * The automatic checks of "In progress" for the ticket's type.
 * @throws TicketMissingError; SettingMissingError when the state machine gave no setting the type's checks need.
 */
export async function assess(deps: WorkflowDeps, input: AssessInput): Promise<AssessmentResult> {
  const ticket = await ticketOfTask(deps, input.ticketNumber);
  switch (ticket.type) {
    case 'refund':
      return completeAssessment(assessRefund(ticket, { complianceThreshold: settingOf(input, 'complianceThreshold') }));
    case 'withdrawal': {
      const withdrawalCurrencies = settingOf(input, 'withdrawalCurrencies').split(',').map((code) => code.trim()).filter(Boolean);
      return completeAssessment(assessWithdrawal(ticket, { withdrawalMaxAmount: settingOf(input, 'withdrawalMaxAmount'), withdrawalCurrencies }));
    }
    case 'kyc':
      return completeAssessment(assessKyc(ticket));
    default:
      throw new TicketMissingError(`Ticket ${ticket.number} is a ${ticket.type} ticket, which has no workflow.`);
  }
}
