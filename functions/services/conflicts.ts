import { VersionConflictError } from '../data/tickets';
import { ConflictError } from '../shared/errors';

const attemptsOnConflict = 5;

/**
 * Runs one read-decide-write attempt again while it loses the race for the ticket's version, so
 * that concurrent writers all land (or get the domain's refusal) and none is lost.
 * @throws ConflictError when it keeps losing; any other error of the attempt as it is.
 */
export async function retryOnVersionConflict<T>(attempt: () => Promise<T>): Promise<T> {
  for (let round = 1; round <= attemptsOnConflict; round++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof VersionConflictError)) throw error;
    }
  }
  throw new ConflictError();
}
