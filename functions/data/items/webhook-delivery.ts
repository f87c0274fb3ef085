import * as z from 'zod/mini';
import type { ProviderName } from '../../providers/types';
import { parseStored, type StoredItem } from './stored-item';
import { providerNameSchema } from './workflow';

/*
 * The webhook delivery item: one provider event that was processed, by the provider's event id, so
 * that a redelivered event is recognised. It expires through the table's TTL.
 */

/** The webhook delivery item's table key. */
export const webhookDeliveryKey = (provider: ProviderName, eventId: string) => ({ pk: `WEBHOOK#${provider}#${eventId}`, sk: '#WEBHOOK' });

/** How long webhook deliveries are remembered: providers retry for days, not months. */
const deliveryLifetimeSeconds = 30 * 24 * 60 * 60;

/** What came of a webhook delivery. */
export const deliveryOutcomes = ['answered', 'progress', 'unknown_ticket', 'not_waiting'] as const;
export type DeliveryOutcome = (typeof deliveryOutcomes)[number];

/** A processed delivery: which event, about which provider request, and what came of it. */
export interface WebhookDelivery {
  readonly provider: ProviderName;
  readonly eventId: string;
  readonly reference: string;
  /** The provider's own word for the event's outcome, e.g. `approved`. */
  readonly outcome: string;
  readonly result: DeliveryOutcome;
  readonly ticketNumber?: string | undefined;
  readonly at: string;
}

/** How a stored delivery is read back. */
export const webhookDeliveryItemSchema: z.ZodMiniType<WebhookDelivery> = z.object({
  provider: providerNameSchema,
  eventId: z.string(),
  reference: z.string(),
  outcome: z.string(),
  result: z.enum(deliveryOutcomes),
  ticketNumber: z.optional(z.string()),
  at: z.string(),
});

/** The item of a processed delivery, expiring a while after it arrived. */
export function webhookDeliveryItem(delivery: WebhookDelivery): Record<string, unknown> {
  return {
    ...webhookDeliveryKey(delivery.provider, delivery.eventId),
    entity: 'webhook_delivery',
    ...delivery,
    expiresAt: Math.floor(Date.parse(delivery.at) / 1000) + deliveryLifetimeSeconds,
  };
}

/**
 * The delivery a stored item records.
 * @throws UnreadableItemError when the item is not a readable delivery.
 */
export function webhookDeliveryFromItem(item: StoredItem): WebhookDelivery {
  return parseStored(webhookDeliveryItemSchema, item);
}
