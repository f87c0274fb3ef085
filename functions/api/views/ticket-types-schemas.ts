import * as z from 'zod/mini';
import { phases, reportStatuses, ticketTypes } from '../../domain/types';

/** GET /v1/ticket-types: every type with its statuses, and the report statuses, for forms and filters (./ticket-types.ts). */
export const ticketTypesSchema = z.object({
  types: z.array(
    z.object({
      type: z.enum(ticketTypes),
      movedBy: z.enum(['workflow', 'agents']),
      statuses: z.array(z.object({ code: z.string(), label: z.string(), meaning: z.string(), phase: z.enum(phases) })),
    }),
  ),
  reportStatuses: z.array(z.object({ code: z.enum(reportStatuses), label: z.string(), meaning: z.string() })),
});
export type TicketTypesView = z.output<typeof ticketTypesSchema>;
