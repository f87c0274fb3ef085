import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DynamoDBRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { recordFilter } from '../../../infra/local/streams/event-filter';
import { system, type FilterPattern } from '../../../infra/system';
import { changeOfLambdaRecord } from '../../../functions/notifications/stream-changes';
import { readStreamEvent } from '../../../functions/notifications/stream-event';

/*
 * Records as the local cloud's poller handed them to functions during one life of a general, a
 * security and a KYC ticket (open, notes, priority, assignee, replies both ways, resolve, reopen,
 * a workflow escalation, J2TX asking for more and the customer answering), with the notifier's
 * ledger writes, workflow items and preferences: one record of each kind, labelled by what it is.
 */
const recorded = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../fixtures/streams/recorded-records.json'), 'utf8')) as {
  what: string;
  record: DynamoDBRecord;
}[];

const consumer = (name: string) => system.streamConsumers.find((candidate) => candidate.function === name)!;
const passedBy = (name: string) => {
  const delivers = recordFilter(consumer(name).filters);
  return recorded.filter(({ record }) => delivers(record)).map(({ what }) => what);
};

/** A record shaped as Lambda delivers it, with only what a test names. */
const record = (fields: Record<string, unknown>) => ({ eventName: 'INSERT', eventSource: 'aws:dynamodb', dynamodb: { SequenceNumber: '1', ...fields } });
const passes = (patterns: FilterPattern[], candidate: unknown) => recordFilter(patterns)(candidate);

describe("the local poller's event filter", () => {
  it('delivers everything when the consumer has no filters', () => {
    expect(recordFilter(undefined)({})).toBe(true);
    expect(recordFilter([])(record({}))).toBe(true);
  });

  it('delivers a record matching any one pattern, when every field that pattern names matches', () => {
    const patterns: FilterPattern[] = [
      { eventName: ['INSERT'], dynamodb: { NewImage: { entity: { S: ['event'] }, internal: { BOOL: [false] } } } },
      { eventName: ['REMOVE'] },
    ];
    expect(passes(patterns, record({ NewImage: { entity: { S: 'event' }, internal: { BOOL: false } } }))).toBe(true);
    expect(passes(patterns, { ...record({}), eventName: 'REMOVE' })).toBe(true);
    expect(passes(patterns, record({ NewImage: { entity: { S: 'event' }, internal: { BOOL: true } } }))).toBe(false);
    expect(passes(patterns, record({ NewImage: { entity: { S: 'event' } } }))).toBe(false);
    expect(passes(patterns, { ...record({ NewImage: { entity: { S: 'event' }, internal: { BOOL: false } } }), eventName: 'MODIFY' })).toBe(false);
  });

  it('compares values exactly, with their JSON type and without case folding', () => {
    expect(passes([{ dynamodb: { SizeBytes: [120] } }], record({ SizeBytes: 120 }))).toBe(true);
    expect(passes([{ dynamodb: { SizeBytes: ['120'] } }], record({ SizeBytes: 120 }))).toBe(false);
    expect(passes([{ dynamodb: { NewImage: { n: { N: [5] } } } }], record({ NewImage: { n: { N: '5' } } }))).toBe(false);
    expect(passes([{ eventName: ['insert'] }], record({}))).toBe(false);
    expect(passes([{ dynamodb: { NewImage: { gone: { NULL: [true] } } } }], record({ NewImage: { gone: { NULL: true } } }))).toBe(true);
  });

  it('applies prefix, suffix, equals-ignore-case, numeric and anything-but as Lambda does', () => {
    const pk = (value: string) => record({ Keys: { pk: { S: value } } });
    expect(passes([{ dynamodb: { Keys: { pk: { S: [{ prefix: 'TICKET#' }] } } } }], pk('TICKET#1'))).toBe(true);
    expect(passes([{ dynamodb: { Keys: { pk: { S: [{ prefix: 'TICKET#' }] } } } }], pk('NOTIFICATION#1'))).toBe(false);
    expect(passes([{ dynamodb: { Keys: { pk: { S: [{ suffix: '#7' }] } } } }], pk('TICKET#7'))).toBe(true);
    expect(passes([{ dynamodb: { Keys: { pk: { S: [{ 'equals-ignore-case': 'ticket#7' }] } } } }], pk('TICKET#7'))).toBe(true);
    expect(passes([{ dynamodb: { SizeBytes: [{ numeric: ['>', 100, '<=', 120] }] } }], record({ SizeBytes: 120 }))).toBe(true);
    expect(passes([{ dynamodb: { SizeBytes: [{ numeric: ['>', 100, '<=', 120] }] } }], record({ SizeBytes: 121 }))).toBe(false);
    const notCustomer: FilterPattern[] = [{ dynamodb: { NewImage: { actor: { M: { kind: { S: [{ 'anything-but': ['customer'] }] } } } } } }];
    expect(passes(notCustomer, record({ NewImage: { actor: { M: { kind: { S: 'agent' } } } } }))).toBe(true);
    expect(passes(notCustomer, record({ NewImage: { actor: { M: { kind: { S: 'customer' } } } } }))).toBe(false);
    // anything-but needs the field: an absent one matches nothing.
    expect(passes(notCustomer, record({ NewImage: {} }))).toBe(false);
    expect(passes([{ dynamodb: { Keys: { pk: { S: [{ 'anything-but': { prefix: 'STREAM' } }] } } } }], pk('TICKET#1'))).toBe(true);
  });

  it('tells present from absent leaves with exists, an object not being a leaf', () => {
    const absent: FilterPattern[] = [{ dynamodb: { OldImage: { status: { S: [{ exists: false }] } } } }];
    const present: FilterPattern[] = [{ dynamodb: { OldImage: { status: { S: [{ exists: true }] } } } }];
    expect(passes(absent, record({}))).toBe(true);
    expect(passes(present, record({}))).toBe(false);
    expect(passes(present, record({ OldImage: { status: { S: 'open' } } }))).toBe(true);
    expect(passes(absent, record({ OldImage: { status: { S: 'open' } } }))).toBe(false);
    expect(passes([{ dynamodb: { NewImage: { after: [{ exists: true }] } } }], record({ NewImage: { after: { M: {} } } }))).toBe(false);
  });

  it('matches a list in the record when any of its elements matches', () => {
    expect(passes([{ dynamodb: { NewImage: { tags: { SS: ['vip'] } } } }], record({ NewImage: { tags: { SS: ['new', 'vip'] } } }))).toBe(true);
    expect(passes([{ dynamodb: { NewImage: { tags: { SS: ['vip'] } } } }], record({ NewImage: { tags: { SS: ['new'] } } }))).toBe(false);
  });

  it('refuses, when the poller starts, a pattern it would not filter as Lambda does', () => {
    expect(() => recordFilter([{ eventName: [{ wildcard: 'INS*' }] }], 'notifier')).toThrow('notifier[0].eventName[0]: the operator "wildcard" is not one the local poller applies');
    expect(() => recordFilter([{ $or: [{ eventName: ['INSERT'] }] } as never])).toThrow('"$or" is not supported');
    expect(() => recordFilter([{ eventName: [] }])).toThrow('may not be empty');
    expect(() => recordFilter([{ dynamodb: { SizeBytes: [{ numeric: ['>'] }] } }])).toThrow('"numeric" takes');
    expect(() => recordFilter([{ eventName: [{ prefix: 'A', suffix: 'B' }] }])).toThrow('one operator');
    expect(() => recordFilter([{}])).toThrow('non-empty object');
  });
});

describe('the stream consumers of the system, on recorded records', () => {
  it('wake the notifier for exactly the timeline events it tells someone about', () => {
    const acted = recorded.filter(({ record }) => readStreamEvent(changeOfLambdaRecord(record)).kind !== 'ignored').map(({ what }) => what);

    expect(passedBy('notifier')).toEqual(acted);
    expect(passedBy('notifier')).toEqual([
      'INSERT event created public by customer to normal',
      'INSERT event status public by agent',
      'INSERT event priority public by agent to critical',
      'INSERT event message public by agent',
      'INSERT event status public by customer',
      'INSERT event solved public by agent',
      'INSERT event reopened public by customer',
      'INSERT event created public by customer to critical',
      'INSERT event status public by system',
      'INSERT event priority public by system to high',
      'INSERT event status public by provider',
      'INSERT event message public by provider',
    ]);
  });

  it('wake the workflow starter only for a new workflow ticket and a KYC ticket the customer answered', () => {
    expect(passedBy('workflowEvents')).toEqual(['INSERT ticket kyc', 'MODIFY ticket kyc additional_information_required_from_the_customer -> with_j2tx']);
  });

  it('wake no consumer for ledger writes, messages, ticket items, internal events or workflow bookkeeping', () => {
    const woken = new Set([...passedBy('notifier'), ...passedBy('workflowEvents')]);
    const quiet = recorded.map(({ what }) => what).filter((what) => !woken.has(what));

    expect(quiet).toEqual(
      expect.arrayContaining([
        'INSERT notification',
        'MODIFY notification',
        'INSERT message',
        'MODIFY ticket general open -> in_progress',
        'INSERT event message internal by agent',
        'INSERT event assignee internal by agent',
        'INSERT event report_status public by agent',
        'INSERT event priority public by agent to high',
        'INSERT event message public by customer',
        'INSERT event message internal by system',
        'INSERT workflow',
        'MODIFY task_token agent',
        'INSERT preferences',
      ]),
    );
  });
});
