import { assessKyc, assessRefund, assessWithdrawal } from '../../domain/workflow-rules';
import type { Assessment, CheckSettings } from '../../domain/workflow-rules';
import type { WorkflowDeps } from './ports';
import { TicketMissingError, ticketOfTask } from './waits';

/**
 * What an `assess` task is given: the ticket, and the settings the state machine was deployed with
 * (domain/workflow-rules.ts's `checkSettings`, substituted by infra/system.ts).
 */
export interface AssessInput {
  readonly ticketNumber: string;
  readonly settings: {
    readonly complianceThreshold: string;
    readonly withdrawalMaxAmount: string;
    /** Comma-separated, as a substitution gives it. */
    readonly withdrawalCurrencies: string;
  };
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

function settingsOf(input: AssessInput): CheckSettings {
  return {
    complianceThreshold: input.settings.complianceThreshold,
    withdrawalMaxAmount: input.settings.withdrawalMaxAmount,
    withdrawalCurrencies: input.settings.withdrawalCurrencies.split(',').map((code) => code.trim()).filter(Boolean),
  };
}

/** The automatic checks of "In progress" for the ticket's type. @throws TicketMissingError */
export async function assess(deps: WorkflowDeps, input: AssessInput): Promise<AssessmentResult> {
  const ticket = await ticketOfTask(deps, input.ticketNumber);
  const settings = settingsOf(input);
  switch (ticket.type) {
    case 'refund':
      return completeAssessment(assessRefund(ticket, settings));
    case 'withdrawal':
      return completeAssessment(assessWithdrawal(ticket, settings));
    case 'kyc':
      return completeAssessment(assessKyc(ticket));
    default:
      throw new TicketMissingError(`Ticket ${ticket.number} is a ${ticket.type} ticket, which has no workflow.`);
  }
}
