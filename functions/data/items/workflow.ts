import * as z from 'zod/mini';
import { decisions, waitKinds, type Decision, type WaitKind } from '../../domain/workflow-rules';
import type { ProviderName } from '../../providers/types';
import { parseStored, type EveryMember, type StoredItem } from './stored-item';
import { ticketKey } from './ticket';

/*
 * The workflow item: what a ticket's workflow waits for and which provider request it made last.
 * It sits in the ticket's partition (sort key `#WORKFLOW`), for agents and ops; the token of the
 * task it waits on has a partition of its own (see task-token.ts). It is written attribute by
 * attribute (an execution, a wait, a provider request each set their own), so it has no builder of
 * the whole item.
 */

/** The workflow item's table key, in the ticket's partition. */
export const workflowKey = (number: string) => ({ pk: ticketKey(number).pk, sk: '#WORKFLOW' });

/** The item's `entity`, set by every update so that a first update creates a recognisable item. */
export const workflowEntity = 'workflow';

const providerNames: EveryMember<ProviderName> = { paddle: 'paddle', coinpayments: 'coinpayments', j2tx: 'j2tx' };

/** A provider a workflow asks, as the providers' module names them. */
export const providerNameSchema = z.enum(providerNames);

/** What a workflow waits for, while it waits. */
export interface Waiting {
  readonly kind: WaitKind;
  /** The decisions an agent may send (compliance, finance, agent waits). */
  readonly decisions: readonly Decision[];
  /** Which provider, for a provider wait. */
  readonly provider?: ProviderName;
  /** The step of the workflow that waits, e.g. `refund` or `review-2`: a retried step reuses its reference. */
  readonly step: string;
  readonly since: string;
}

/** The per-ticket workflow record. `provider` and `reference` name the latest provider request. */
export interface WorkflowRecord {
  readonly executionArn?: string;
  readonly provider?: ProviderName;
  readonly reference?: string;
  /** The step `reference` was created for. */
  readonly referenceStep?: string;
  readonly waiting?: Waiting;
}

/** How a stored wait is read back (the `waiting` attribute). */
export const waitingSchema: z.ZodMiniType<Waiting> = z.object({
  kind: z.enum(waitKinds),
  decisions: z.array(z.enum(decisions)),
  provider: z.optional(providerNameSchema),
  step: z.string(),
  since: z.string(),
});

/** How a stored workflow record is read back. */
export const workflowItemSchema: z.ZodMiniType<WorkflowRecord> = z.object({
  executionArn: z.optional(z.string()),
  provider: z.optional(providerNameSchema),
  reference: z.optional(z.string()),
  referenceStep: z.optional(z.string()),
  waiting: z.optional(waitingSchema),
});

/**
 * The workflow record a stored item holds, with only the attributes it has.
 * @throws UnreadableItemError when the item is not a readable workflow record.
 */
export function workflowFromItem(item: StoredItem): WorkflowRecord {
  return parseStored(workflowItemSchema, item);
}
