import * as z from 'zod/mini';
import type { Actor } from '../../domain/types';
import type { EveryMember } from './stored-item';

const actorKinds: EveryMember<Actor['kind']> = { customer: 'customer', agent: 'agent', system: 'system', provider: 'provider' };

/** Who acted, as the domain's Actor names them. */
export const actorKindSchema = z.enum(actorKinds);

/** An actor as stored on events and messages. */
export const actorSchema: z.ZodMiniType<Actor> = z.object({ kind: actorKindSchema, id: z.string() });
