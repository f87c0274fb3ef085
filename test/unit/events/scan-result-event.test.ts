import { describe, expect, it } from 'vitest';
import { InvalidScanResultEventError, parseScanResultEvent } from '../../../functions/events/scan-result-event';
import { scanResultEvent } from '../../../infra/local/files';

// An event as GuardDuty documents it (Monitoring S3 object scans with Amazon EventBridge), with a threat.
const documented = {
  version: '0',
  id: '72c7d362-737a-6dce-fc78-9e27a0171419',
  'detail-type': 'GuardDuty Malware Protection Object Scan Result',
  source: 'aws.guardduty',
  account: '111122223333',
  time: '2024-02-28T01:01:01Z',
  region: 'us-east-1',
  resources: ['arn:aws:guardduty:us-east-1:111122223333:malware-protection-plan/b4c7f464ab3a4EXAMPLE'],
  detail: {
    schemaVersion: '1.0',
    scanStatus: 'COMPLETED',
    resourceType: 'S3_OBJECT',
    s3ObjectDetails: { bucketName: 'ticketflow-files', objectKey: 'attachments/12345678/01JAAAAAAAAAAAAAAAAAAAAAAA', eTag: 'ASIAI44QH8DHBEXAMPLE', versionId: 'd41d8cd98f00b204e9800998ecf8427e', s3Throttled: false },
    scanResultDetails: { scanResultStatus: 'THREATS_FOUND', threats: [{ name: 'EICAR-Test-File (not a virus)' }] },
  },
};

describe("GuardDuty's scan result event", () => {
  it('names the object, the result and the threats found', () => {
    expect(parseScanResultEvent(documented)).toEqual({
      bucket: 'ticketflow-files',
      objectKey: 'attachments/12345678/01JAAAAAAAAAAAAAAAAAAAAAAA',
      result: 'THREATS_FOUND',
      threats: ['EICAR-Test-File (not a virus)'],
    });
  });

  it('reads a clean result, whose threats are null', () => {
    const clean = { ...documented, detail: { ...documented.detail, scanResultDetails: { scanResultStatus: 'NO_THREATS_FOUND', threats: null } } };
    expect(parseScanResultEvent(clean)).toMatchObject({ result: 'NO_THREATS_FOUND', threats: [] });
  });

  it('is what the local scanner sends, so the function reads both alike', () => {
    const local = scanResultEvent({ region: 'us-east-1', account: '000000000000', bucket: 'b', key: 'attachments/1/2', eTag: 'e', result: 'UNSUPPORTED', at: new Date() });
    expect(parseScanResultEvent(local)).toEqual({ bucket: 'b', objectKey: 'attachments/1/2', result: 'UNSUPPORTED', threats: [] });
  });

  it('refuses another event, naming the fields at fault', () => {
    expect(() => parseScanResultEvent({ ...documented, 'detail-type': 'GuardDuty Finding' })).toThrow(InvalidScanResultEventError);
    const unknownResult = { ...documented, detail: { ...documented.detail, scanResultDetails: { scanResultStatus: 'MAYBE' } } };
    expect(() => parseScanResultEvent(unknownResult)).toThrow(/detail\.scanResultDetails\.scanResultStatus/);
  });
});
