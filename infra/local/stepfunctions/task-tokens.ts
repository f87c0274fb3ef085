import { randomBytes } from 'node:crypto';
import { SfnError } from './errors';

const tokenPrefix = 'AQC';
const tokenPattern = /^AQC[A-Za-z0-9_-]{86}$/;

/** A fresh task token: opaque, unguessable and unique per visit of a callback task. */
export function newTaskToken(): string {
  return `${tokenPrefix}${randomBytes(64).toString('base64url')}`;
}

/** Whether a text has the shape of a token this endpoint hands out. */
export function isWellFormedTaskToken(token: string): boolean {
  return tokenPattern.test(token);
}

/** What a callback task does when an outside party answers on its token. */
export interface TaskCallbacks {
  succeed(output: unknown): void;
  fail(error: string | undefined, cause: string | undefined): void;
  heartbeat(): void;
}

/**
 * The tokens of callback tasks: open while their task waits, closed once it has finished in any
 * way, so that a second answer is refused as AWS refuses it.
 */
export class TaskTokenRegistry {
  private readonly open = new Map<string, TaskCallbacks>();
  private readonly closed = new Set<string>();

  /** Opens a token for a waiting task. */
  register(token: string, callbacks: TaskCallbacks): void {
    this.open.set(token, callbacks);
  }

  /** Closes a token: its task has succeeded, failed, timed out or been cancelled. */
  close(token: string): void {
    if (this.open.delete(token)) this.closed.add(token);
  }

  /**
   * The task waiting on a token.
   * @throws SfnError InvalidToken when the text is not a token, TaskTimedOut when its task has
   * finished, TaskDoesNotExist when no task ever had it.
   */
  waiting(token: string): TaskCallbacks {
    if (!isWellFormedTaskToken(token)) throw new SfnError('InvalidToken', "Invalid Token: 'Invalid token'");
    const callbacks = this.open.get(token);
    if (callbacks) return callbacks;
    if (this.closed.has(token)) throw new SfnError('TaskTimedOut', "Task Timed Out: 'Provided task does not exist anymore'");
    throw new SfnError('TaskDoesNotExist', "Task Does Not Exist: 'Provided task does not exist'");
  }
}
