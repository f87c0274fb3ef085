import { describe, expect, it } from 'vitest';
import type { Attachment } from '../../../functions/domain/attachment';
import type { Change, Ticket } from '../../../functions/domain/types';
import { VersionConflictError } from '../../../functions/data/tickets';
import type { ScanRecord } from '../../../functions/data/attachments';
import { recordScanResult } from '../../../functions/use-cases/attachments/record-scan-result';
import type { RemovedFileAlert, ScanResultDeps } from '../../../functions/use-cases/attachments/ports';
import { ownerOfEmail } from '../../../functions/domain/owner';
import { redacted } from '../../support/redacted';

const key = 'attachments/12345678/01JAAAAAAAAAAAAAAAAAAAAAAA';

function attachmentOf(overrides: Partial<Attachment> = {}): Attachment {
  return {
    id: '01JAAAAAAAAAAAAAAAAAAAAAAA',
    ticketNumber: '12345678',
    messageId: null,
    internal: false,
    name: 'invoice.pdf',
    contentType: 'application/pdf',
    size: 1234,
    uploadedBy: 'sub-customer',
    attachedAt: '2026-11-30T10:00:00.000Z',
    state: 'checking',
    scan: null,
    scannedAt: null,
    ...overrides,
  };
}

const ticket: Ticket = {
  number: '12345678',
  type: 'general',
  subject: redacted('Invoice'),
  description: redacted('See the file'),
  priority: 'normal',
  status: 'open',
  phase: 'open',
  reportStatus: null,
  details: {},
  requester: { sub: 'sub-customer', email: 'ana@example.com', owner: ownerOfEmail('ana@example.com'), name: redacted('Ana') },
  assignee: null,
  lastReply: null,
  customerLastWrote: null,
  createdAt: '2026-11-30T10:00:00.000Z',
  updatedAt: '2026-11-30T10:00:00.000Z',
  activityAt: '2026-11-30T10:00:00.000Z',
  version: 3,
};

/** The table, the bucket and the topic as the use case sees them, recording what it did. */
function fakes(stored: Attachment | undefined, options: { conflicts?: number } = {}) {
  const state = { attachment: stored, ticket, conflicts: options.conflicts ?? 0 };
  const deleted: string[] = [];
  const alerts: RemovedFileAlert[] = [];
  const removals: { change: Change; expectedVersion: number; scan: ScanRecord }[] = [];
  const record = (scan: ScanRecord) => {
    if (!state.attachment || state.attachment.state !== 'checking') return 'alreadyRecorded' as const;
    state.attachment = { ...state.attachment, ...scan };
    return 'recorded' as const;
  };
  const deps: ScanResultDeps = {
    attachments: {
      get: async () => state.attachment,
      recordScan: async (_attachment, scan) => record(scan),
      recordRemoval: async (change, expectedVersion, _attachment, scan) => {
        if (state.conflicts > 0) {
          state.conflicts -= 1;
          // Someone else changed the ticket meanwhile.
          state.ticket = { ...state.ticket, version: state.ticket.version + 1 };
          throw new VersionConflictError('lost the race', state.ticket);
        }
        removals.push({ change, expectedVersion, scan });
        return record(scan);
      },
      currentTicket: async (_number, conflict) => conflict?.current ?? state.ticket,
    },
    deleteObject: async (objectKey) => {
      deleted.push(objectKey);
    },
    alertTeam: async (alert) => {
      alerts.push(alert);
    },
    now: () => new Date('2026-11-30T10:05:00.000Z'),
    newId: () => 'event-1',
    remainingMs: () => 60_000,
  };
  return { deps, state, deleted, alerts, removals };
}

describe('recording a malware scan result', () => {
  it('makes a clean file ready, and leaves the object and the ticket alone', async () => {
    const { deps, state, deleted, removals } = fakes(attachmentOf());
    expect(await recordScanResult(deps, { objectKey: key, result: 'NO_THREATS_FOUND', threats: [] })).toBe('recorded');
    expect(state.attachment).toMatchObject({ state: 'ready', scan: 'NO_THREATS_FOUND', scannedAt: '2026-11-30T10:05:00.000Z' });
    expect(deleted).toEqual([]);
    expect(removals).toEqual([]);
  });

  it('makes a file the scan could not tell about unavailable, keeping why', async () => {
    for (const result of ['UNSUPPORTED', 'ACCESS_DENIED', 'FAILED'] as const) {
      const { deps, state } = fakes(attachmentOf());
      await recordScanResult(deps, { objectKey: key, result, threats: [] });
      expect(state.attachment).toMatchObject({ state: 'unavailable', scan: result });
    }
  });

  it('deletes a threat, alerts the team and records the removal on the ticket as the system', async () => {
    const { deps, state, deleted, alerts, removals } = fakes(attachmentOf());
    expect(await recordScanResult(deps, { objectKey: key, result: 'THREATS_FOUND', threats: ['EICAR-Test-File (not a virus)'] })).toBe('recorded');
    expect(deleted).toEqual([key]);
    expect(alerts).toEqual([{ ticketNumber: '12345678', attachmentId: '01JAAAAAAAAAAAAAAAAAAAAAAA', name: 'invoice.pdf', threats: ['EICAR-Test-File (not a virus)'] }]);
    expect(state.attachment).toMatchObject({ state: 'removed', scan: 'THREATS_FOUND' });
    const [removal] = removals;
    expect(removal?.expectedVersion).toBe(3);
    expect(removal?.change.ticket).toMatchObject({ version: 4, updatedAt: '2026-11-30T10:05:00.000Z', activityAt: '2026-11-30T10:05:00.000Z' });
    expect(removal?.change.events).toEqual([
      {
        id: 'event-1',
        kind: 'attachment_removed',
        actor: { kind: 'system', id: 'system' },
        at: '2026-11-30T10:05:00.000Z',
        before: { attachmentId: '01JAAAAAAAAAAAAAAAAAAAAAAA', name: 'invoice.pdf', state: 'checking' },
        after: { attachmentId: '01JAAAAAAAAAAAAAAAAAAAAAAA', name: 'invoice.pdf', state: 'removed' },
        internal: false,
      },
    ]);
  });

  it('keeps the removal of an internal note’s file among the agents’ events, and the customer’s activity unchanged', async () => {
    const { deps, removals } = fakes(attachmentOf({ internal: true }));
    await recordScanResult(deps, { objectKey: key, result: 'THREATS_FOUND', threats: [] });
    expect(removals[0]?.change.events[0]?.internal).toBe(true);
    expect(removals[0]?.change.ticket.activityAt).toBe(ticket.activityAt);
  });

  it('decides the removal again on the fresh ticket when another change won the race', async () => {
    const { deps, removals } = fakes(attachmentOf(), { conflicts: 2 });
    expect(await recordScanResult(deps, { objectKey: key, result: 'THREATS_FOUND', threats: [] })).toBe('recorded');
    expect(removals.map((removal) => removal.expectedVersion)).toEqual([5]);
    expect(removals[0]?.change.ticket.version).toBe(6);
  });

  it('changes nothing when the result comes again', async () => {
    for (const result of ['NO_THREATS_FOUND', 'THREATS_FOUND'] as const) {
      const { deps, deleted, alerts, removals } = fakes(attachmentOf({ state: 'ready', scan: 'NO_THREATS_FOUND', scannedAt: '2026-11-30T10:01:00.000Z' }));
      expect(await recordScanResult(deps, { objectKey: key, result, threats: [] })).toBe('unchanged');
      expect([deleted, alerts, removals]).toEqual([[], [], []]);
    }
  });

  it('deletes an object no attachment owns, and one under a key no attachment could have', async () => {
    for (const objectKey of [key, 'attachments/not-a-ticket/file']) {
      const { deps, deleted, alerts } = fakes(undefined);
      expect(await recordScanResult(deps, { objectKey, result: 'NO_THREATS_FOUND', threats: [] })).toBe('orphan');
      expect(deleted).toEqual([objectKey]);
      expect(alerts).toEqual([]);
    }
  });
});
