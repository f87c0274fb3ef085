import * as z from 'zod/mini';
import type { ProviderName } from '../../providers/types';
import { parseStored, type StoredItem } from './stored-item';

/*
 * The provider reference item: what a provider created for a step of a ticket's workflow (a
 * refund, a payout, an application), keyed by the provider's own id so that its webhook finds the
 * ticket with one GetItem.
 */

/** The provider reference item's table key. */
export const providerReferenceKey = (provider: ProviderName, reference: string) => ({ pk: `PROVIDER#${provider}#${reference}`, sk: '#REF' });

/** Which ticket, and which step of its workflow, a provider's id belongs to. */
export interface ProviderReferenceRecord {
  readonly ticketNumber: string;
  readonly step: string;
}

/** How a stored provider reference is read back. */
export const providerReferenceItemSchema: z.ZodMiniType<ProviderReferenceRecord> = z.object({ ticketNumber: z.string(), step: z.string() });

/** The item that indexes a provider's id to the ticket and step it was created for. */
export function providerReferenceItem(provider: ProviderName, reference: string, record: ProviderReferenceRecord): Record<string, unknown> {
  return { ...providerReferenceKey(provider, reference), entity: 'provider_reference', ticketNumber: record.ticketNumber, step: record.step };
}

/**
 * The ticket and step a stored provider reference names.
 * @throws UnreadableItemError when the item is not a readable provider reference.
 */
export function providerReferenceFromItem(item: StoredItem): ProviderReferenceRecord {
  return parseStored(providerReferenceItemSchema, item);
}
