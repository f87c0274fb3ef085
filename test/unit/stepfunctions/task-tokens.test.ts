import { describe, expect, it } from 'vitest';
import { isWellFormedTaskToken, newTaskToken, TaskTokenRegistry } from '../../../infra/local/stepfunctions/task-tokens';

const noop = { succeed: () => undefined, fail: () => undefined, heartbeat: () => undefined };

describe('task tokens', () => {
  it('hands out a different well-formed token each time', () => {
    const tokens = Array.from({ length: 50 }, () => newTaskToken());

    expect(new Set(tokens).size).toBe(50);
    expect(tokens.every(isWellFormedTaskToken)).toBe(true);
  });

  it('finds the task waiting on an open token', () => {
    const registry = new TaskTokenRegistry();
    const token = newTaskToken();
    registry.register(token, noop);

    expect(registry.waiting(token)).toBe(noop);
  });

  it('answers TaskTimedOut for a token whose task has finished', () => {
    const registry = new TaskTokenRegistry();
    const token = newTaskToken();
    registry.register(token, noop);
    registry.close(token);

    expect(() => registry.waiting(token)).toThrow(expect.objectContaining({ type: 'TaskTimedOut' }));
  });

  it('answers TaskDoesNotExist for a well-formed token no task had, and InvalidToken for anything else', () => {
    const registry = new TaskTokenRegistry();

    expect(() => registry.waiting(newTaskToken())).toThrow(expect.objectContaining({ type: 'TaskDoesNotExist' }));
    expect(() => registry.waiting('abc')).toThrow(expect.objectContaining({ type: 'InvalidToken' }));
  });
});
