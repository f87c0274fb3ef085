import type { DynamoDBRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import type { InvokeOutcome } from '../../../infra/local/functions';
import { judgeInvocation, nextStep, type RetryPolicy, type RetryState } from '../../../infra/local/streams/batch-rules';

const batch: DynamoDBRecord[] = ['100', '101', '102', '103'].map((sequenceNumber) => ({ dynamodb: { SequenceNumber: sequenceNumber } }));
const returned = (payload: unknown): InvokeOutcome => ({ ok: true, payload });
const threw: InvokeOutcome = { ok: false, error: { errorType: 'Error', errorMessage: 'boom', trace: [] } };

describe('judging an invocation of a stream batch', () => {
  it('fails the whole batch on a function error', () => {
    expect(judgeInvocation(threw, batch, true)).toEqual({ kind: 'failed', reason: 'Error: boom' });
  });

  it('ignores a batchItemFailures response unless the mapping reports batch item failures', () => {
    expect(judgeInvocation(returned({ batchItemFailures: [{ itemIdentifier: '101' }] }), batch, false)).toEqual({ kind: 'succeeded' });
  });

  it.each([
    ['a null response', null],
    ['an empty response', {}],
    ['a null list', { batchItemFailures: null }],
    ['an empty list', { batchItemFailures: [] }],
  ])('counts %s as success', (_name, payload) => {
    expect(judgeInvocation(returned(payload), batch, true)).toEqual({ kind: 'succeeded' });
  });

  it('retries from the lowest sequence number reported, whatever their order', () => {
    const verdict = judgeInvocation(returned({ batchItemFailures: [{ itemIdentifier: '103' }, { itemIdentifier: '101' }] }), batch, true);
    expect(verdict).toMatchObject({ kind: 'partlyFailed', firstFailed: 1 });
  });

  it.each([
    ['an empty identifier', { itemIdentifier: '' }],
    ['a null identifier', { itemIdentifier: null }],
    ['a misspelled key', { itemIdentifer: '101' }],
    ['a sequence number not in the batch', { itemIdentifier: '999' }],
  ])('fails the whole batch for %s', (_name, failure) => {
    expect(judgeInvocation(returned({ batchItemFailures: [failure] }), batch, true)).toMatchObject({ kind: 'failed' });
  });
});

describe('what follows an invocation', () => {
  const plain: RetryPolicy = { bisectBatchOnError: false, retryAttempts: 2, reportBatchItemFailures: true };
  const bisecting: RetryPolicy = { ...plain, bisectBatchOnError: true };
  const failed = { kind: 'failed', reason: 'boom' } as const;

  it('checkpoints past a batch that succeeded', () => {
    expect(nextStep({ kind: 'succeeded' }, 4, undefined, plain)).toEqual({ advance: 4, discard: 0, attempts: 0, retry: undefined });
  });

  it('checkpoints before the first failed record and retries the rest of the batch', () => {
    const step = nextStep({ kind: 'partlyFailed', firstFailed: 1, reason: 'x' }, 4, undefined, plain);
    expect(step).toMatchObject({ advance: 1, discard: 0, retry: { size: 3, retriesUsed: 1 } });
  });

  it('retries a failed batch whole, then gives it to on-failure after the last retry fails', () => {
    let retry: RetryState | undefined;
    const sizes: number[] = [];
    let step = nextStep(failed, 4, retry, plain);
    while (step.retry) {
      sizes.push(step.retry.size);
      retry = step.retry;
      step = nextStep(failed, retry.size, retry, plain);
    }
    expect(sizes).toEqual([4, 4]);
    expect(step).toEqual({ advance: 0, discard: 4, attempts: 3, retry: undefined });
  });

  it('gives up at once with no retry attempts', () => {
    expect(nextStep(failed, 4, undefined, { ...plain, retryAttempts: 0 })).toMatchObject({ discard: 4, retry: undefined });
  });

  it('retries for ever when retry attempts are unlimited (-1)', () => {
    const retry: RetryState = { size: 4, retriesUsed: 10_000, following: [] };
    expect(nextStep(failed, 4, retry, { ...plain, retryAttempts: -1 }).retry).toMatchObject({ size: 4, retriesUsed: 10_001 });
  });

  it('bisects a failing batch down to the bad record without using retries, then retries that record alone', () => {
    // Records 0..3; record 2 always fails, the others succeed on their own.
    const bad = 2;
    let offset = 0;
    let retry: RetryState | undefined;
    const invoked: string[] = [];
    const discarded: number[] = [];
    let size = 4;
    for (let guard = 0; guard < 20 && offset < 4; guard++) {
      invoked.push(`${offset}+${size}`);
      const holdsBad = offset <= bad && bad < offset + size;
      const step = nextStep(holdsBad ? failed : { kind: 'succeeded' }, size, retry, bisecting);
      if (step.discard > 0) discarded.push(offset + step.advance);
      offset += step.advance + step.discard;
      retry = step.retry;
      size = retry?.size ?? 4 - offset;
    }
    // 0..3 fails; halves 0..1 (ok) and 2..3 (fails); halves 2 (fails, then 2 retries) and 3 (ok).
    expect(invoked).toEqual(['0+4', '0+2', '2+2', '2+1', '2+1', '2+1', '3+1']);
    expect(discarded).toEqual([bad]);
  });
});
