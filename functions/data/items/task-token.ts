import * as z from 'zod/mini';
import { waitKinds, type WaitKind } from '../../domain/workflow-rules';
import { parseStored, type StoredItem } from './stored-item';

/*
 * The task token item: the token of the Step Functions task a ticket's workflow waits on. It lives
 * in its own partition, which the customer route functions are denied by IAM
 * (dynamodb:LeadingKeys, see taskTokenPartitionPrefix), so no customer path can ever read it.
 */

/** The partition prefix of task tokens, for the IAM condition that keeps customer functions out. */
export const taskTokenPartitionPrefix = 'TASKTOKEN#';

/** The task token item's table key. */
export const taskTokenKey = (number: string) => ({ pk: `${taskTokenPartitionPrefix}${number}`, sk: '#TASKTOKEN' });

/** The token a workflow waits on, what for, and since when. */
export interface TaskTokenRecord {
  readonly taskToken: string;
  readonly kind: WaitKind;
  readonly since: string;
}

/** How a stored task token is read back. */
export const taskTokenItemSchema: z.ZodMiniType<TaskTokenRecord> = z.object({ taskToken: z.string(), kind: z.enum(waitKinds), since: z.string() });

/** The item of a ticket's task token. */
export function taskTokenItem(number: string, record: TaskTokenRecord): Record<string, unknown> {
  return { ...taskTokenKey(number), entity: 'task_token', taskToken: record.taskToken, kind: record.kind, since: record.since };
}

/**
 * The task token record a stored item holds.
 * @throws UnreadableItemError when the item is not a readable task token.
 */
export function taskTokenFromItem(item: StoredItem): TaskTokenRecord {
  return parseStored(taskTokenItemSchema, item);
}
