import { randomUUID } from 'node:crypto';
import type { ScanResult } from '../../../functions/domain/attachment';

/** What the local scanner found in one object. */
export interface ScanReport {
  readonly region: string;
  readonly account: string;
  readonly bucket: string;
  readonly key: string;
  readonly eTag: string;
  readonly result: ScanResult;
  readonly at: Date;
}

const eicarThreat = 'EICAR-Test-File (not a virus)';

/**
 * The event GuardDuty Malware Protection for S3 sends to the default EventBridge bus when it has
 * scanned an object ("GuardDuty Malware Protection Object Scan Result"), as EventBridge hands it
 * to a Lambda target.
 */
export function scanResultEvent(report: ScanReport): Record<string, unknown> {
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': 'GuardDuty Malware Protection Object Scan Result',
    source: 'aws.guardduty',
    account: report.account,
    time: report.at.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    region: report.region,
    resources: [`arn:aws:guardduty:${report.region}:${report.account}:malware-protection-plan/local`],
    detail: {
      schemaVersion: '1.0',
      scanStatus: report.result === 'UNSUPPORTED' ? 'SKIPPED' : report.result === 'FAILED' || report.result === 'ACCESS_DENIED' ? 'FAILED' : 'COMPLETED',
      resourceType: 'S3_OBJECT',
      s3ObjectDetails: { bucketName: report.bucket, objectKey: report.key, eTag: report.eTag, versionId: null, s3Throttled: false },
      scanResultDetails: {
        scanResultStatus: report.result,
        threats: report.result === 'THREATS_FOUND' ? [{ name: eicarThreat }] : null,
      },
    },
  };
}
