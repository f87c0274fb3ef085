import * as z from 'zod/mini';
import type { DeliveryOutcome } from '../../data/workflows';
import type { Exactly } from './exactly';

const deliveryOutcomes = ['answered', 'progress', 'unknown_ticket', 'not_waiting'] as const;
const deliveryOutcomesComplete: Exactly<(typeof deliveryOutcomes)[number], DeliveryOutcome> = true;
void deliveryOutcomesComplete;

/**
 * What a provider's webhook is answered with: received, and either that the delivery was seen
 * before or what came of it (the workflow answered, told of progress, or nothing was waiting).
 */
export const webhookReceivedSchema = z.object({
  received: z.literal(true),
  duplicate: z.optional(z.literal(true)),
  result: z.optional(z.enum(deliveryOutcomes)),
});
export type WebhookReceivedView = z.output<typeof webhookReceivedSchema>;
