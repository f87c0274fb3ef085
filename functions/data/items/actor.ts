import * as z from 'zod/mini';
import type { Actor } from '../../domain/types';

/** Who can act on a ticket, as the domain's Actor names them. */
export const actorKinds = ['customer', 'agent', 'system', 'provider'] as const satisfies readonly Actor['kind'][];

/** An actor as stored on events and messages. */
export const actorSchema: z.ZodMiniType<Actor> = z.object({ kind: z.enum(actorKinds), id: z.string() });
