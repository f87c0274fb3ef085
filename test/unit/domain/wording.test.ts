import { describe, expect, it } from 'vitest';
import { describeStatus, statusesOf, statusOf, wordingProblems, type Wording } from '../../../functions/domain/catalog';
import { parseWording } from '../../../functions/shared/wording';
import { localWording } from '../../../infra/local/environment';

/** Seed 000's words for the general categories, as the README shows a deployment giving them. */
const seed000: Wording = {
  statuses: { '*': { resolved: { label: 'Solved' }, awaiting_your_reply: { label: 'Awaiting your reply' } } },
};

describe("a deployment's wording of the statuses", () => {
  it('names no company in seed 001’s In progress labels until the deployment names its platform', () => {
    expect(['account_deletion', 'bug_report', 'withdrawal'].map((type) => describeStatus(type as 'withdrawal', 'in_progress').label)).toEqual([
      'In progress',
      'In progress',
      'In progress',
    ]);
    expect(describeStatus('withdrawal', 'in_progress', { platformName: 'PayDay' }).label).toBe('In progress - PayDay');
    // seed 001 gives refund and KYC no company suffix
    expect(describeStatus('refund', 'in_progress', { platformName: 'PayDay' }).label).toBe('In progress');
  });

  it('gives seed 000’s Solved and Awaiting your reply to every type that has those statuses, keeping their meanings', () => {
    for (const type of ['security', 'payments', 'api', 'account', 'general'] as const) {
      expect(statusOf(type, 'resolved', seed000)).toEqual({ ...statusOf(type, 'resolved'), label: 'Solved' });
      expect(statusOf(type, 'awaiting_your_reply', seed000).label).toBe('Awaiting your reply');
    }
    expect(statusOf('general', 'resolved').label).toBe('Resolved');
  });

  it('lets one type’s own words win over the words for every type, and keeps codes and phases', () => {
    const wording: Wording = {
      statuses: { '*': { resolved: { label: 'Solved' } }, bug_report: { resolved: { label: 'Fixed', meaning: 'The fix is live.' } } },
    };

    expect(describeStatus('bug_report', 'resolved', wording)).toEqual({ code: 'resolved', label: 'Fixed', meaning: 'The fix is live.' });
    expect(describeStatus('general', 'resolved', wording).label).toBe('Solved');
    expect(statusesOf('bug_report', wording).map(({ code, phase }) => [code, phase])).toEqual(statusesOf('bug_report').map(({ code, phase }) => [code, phase]));
  });

  it('names every unknown type and status, and empty words', () => {
    expect(wordingProblems(seed000)).toEqual([]);
    expect(
      wordingProblems({
        platformName: ' ',
        statuses: { refunds: { submitted: {} }, general: { solved: { label: 'Solved' } }, '*': { nonsense: {} }, kyc: { kyc_approved: { label: '' } } },
      }),
    ).toEqual([
      'the platform name is empty',
      expect.stringContaining('unknown ticket type "refunds"'),
      'unknown status "solved" of the general type',
      'unknown status "nonsense" of any ticket type',
      'the label of kyc.kyc_approved is empty',
    ]);
  });
});

describe('the wording setting', () => {
  it('reads an object or its JSON text', () => {
    expect(parseWording(JSON.stringify(seed000), 'PLATFORM_WORDING')).toEqual(seed000);
    expect(parseWording({ platformName: 'PayDay' }, 'PLATFORM_WORDING')).toEqual({ platformName: 'PayDay' });
  });

  it('fails naming the setting and the unknown status', () => {
    expect(() => parseWording({ statuses: { general: { solved: { label: 'Solved' } } } }, 'Context statusWording')).toThrow(
      /Context statusWording names what the catalogue does not have:\n- unknown status "solved" of the general type/,
    );
  });

  it('fails naming the setting for text that is not JSON, or a field that is not a wording', () => {
    expect(() => parseWording('{solved', 'PLATFORM_WORDING')).toThrow(/PLATFORM_WORDING is not JSON/);
    expect(() => parseWording({ statuses: { general: { resolved: { lable: 'Solved' } } } }, 'PLATFORM_WORDING')).toThrow(/PLATFORM_WORDING is not a wording/);
  });

  it('is read locally from TICKETFLOW_PLATFORM_NAME and TICKETFLOW_STATUS_WORDING, failing with the variable’s name', () => {
    expect(localWording({})).toEqual({});
    expect(localWording({ TICKETFLOW_PLATFORM_NAME: 'PayDay', TICKETFLOW_STATUS_WORDING: JSON.stringify(seed000.statuses) })).toEqual({ platformName: 'PayDay', ...seed000 });
    expect(() => localWording({ TICKETFLOW_STATUS_WORDING: '{"withdrawals":{}}' })).toThrow(/TICKETFLOW_STATUS_WORDING names what the catalogue does not have:\n- unknown ticket type "withdrawals"/);
    expect(() => localWording({ TICKETFLOW_STATUS_WORDING: 'Solved' })).toThrow(/TICKETFLOW_STATUS_WORDING is not JSON/);
  });
});
