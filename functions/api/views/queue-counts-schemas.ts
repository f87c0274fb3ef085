import * as z from 'zod/mini';

/*
 * The zod schema of what ./queue-counts.ts's view returns, imported there as a type only: the
 * OpenAPI document is built from it, and no function builds it at cold start.
 */

const phaseCount = z.object({
  count: z.number().check(z.int(), z.minimum(0)),
  more: z.boolean(),
});

/** GET /v1/agent/queue/counts: how many tickets each phase of the queue holds, each counted up to `upTo`. */
export const queueCountsSchema = z.object({
  phases: z.object({ open: phaseCount, awaiting_reply: phaseCount, solved: phaseCount }),
  upTo: z.number().check(z.int(), z.minimum(1)),
});
export type QueueCountsView = z.output<typeof queueCountsSchema>;
