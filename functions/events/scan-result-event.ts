import * as z from 'zod/mini';
import { scanResults } from '../domain/attachment';
import { fieldProblems } from '../shared/schema-problems';

/*
 * GuardDuty Malware Protection for S3's "Object Scan Result" event, as EventBridge hands it to the
 * scan-result function (source `aws.guardduty`). Only what the product reads is checked; the rest
 * of the event (its ids, schema version, eTag, throttling flag) passes unread.
 */

export const scanResultDetailType = 'GuardDuty Malware Protection Object Scan Result';

const scanResultEventSchema = z.object({
  source: z.literal('aws.guardduty'),
  'detail-type': z.literal(scanResultDetailType),
  detail: z.object({
    resourceType: z.literal('S3_OBJECT'),
    s3ObjectDetails: z.object({ bucketName: z.string().check(z.minLength(1)), objectKey: z.string().check(z.minLength(1)) }),
    scanResultDetails: z.object({
      scanResultStatus: z.enum(scanResults),
      threats: z.optional(z.nullable(z.array(z.object({ name: z.string() })))),
    }),
  }),
});

/** What the product reads of a scan result: which object, what was found. */
export interface ScanResultEvent {
  readonly bucket: string;
  readonly objectKey: string;
  readonly result: (typeof scanResults)[number];
  readonly threats: readonly string[];
}

/** The event was not GuardDuty's scan result for an S3 object. */
export class InvalidScanResultEventError extends Error {
  override readonly name = 'InvalidScanResultEvent';
}

/**
 * Reads GuardDuty's scan result event.
 * @throws InvalidScanResultEventError naming the fields at fault.
 */
export function parseScanResultEvent(event: unknown): ScanResultEvent {
  const parsed = scanResultEventSchema.safeParse(event);
  if (!parsed.success) {
    const problems = fieldProblems(parsed.error).map((field) => `${field.path}: ${field.message}`);
    throw new InvalidScanResultEventError(`The event is not GuardDuty's object scan result: ${problems.slice(0, 5).join('; ')}`);
  }
  const { s3ObjectDetails, scanResultDetails } = parsed.data.detail;
  return {
    bucket: s3ObjectDetails.bucketName,
    objectKey: s3ObjectDetails.objectKey,
    result: scanResultDetails.scanResultStatus,
    threats: (scanResultDetails.threats ?? []).map((threat) => threat.name),
  };
}
