import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { CfnMalwareProtectionPlan } from 'aws-cdk-lib/aws-guardduty';
import { AnyPrincipal, Effect, Policy, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { BlockPublicAccess, Bucket, BucketEncryption, HttpMethods, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { fileKeyPrefixes, scanStatusTag } from '../../functions/domain/attachment';
import type { FilesSpec } from '../system';
import { acknowledgeWildcardResources } from '../constructs/wildcard-acknowledgements';

/** What the files bucket is built from: the system's description of it and the deployment's origins. */
export interface FilesBucketProps {
  readonly spec: FilesSpec;
  /** Browser origins that post uploads and follow download links (the deployment's corsOrigins). */
  readonly corsOrigins: readonly string[];
}

// GuardDuty writes this object to check that its role can reach the bucket when the plan is made.
const validationObjectKey = 'malware-protection-resource-validation-object';

/**
 * The files bucket of attachments, with its malware protection:
 * - retained, S3-managed encryption (GuardDuty scans SSE-S3 objects with no key grants, and no
 *   customer key policy is needed for presigned links), public access blocked, TLS only, no ACLs
 *   (bucket owner enforced), no versioning (a file deleted for a threat must leave no old version
 *   behind), access logs in a bucket of their own;
 * - CORS for the deployment's origins: POST for uploads, GET/HEAD for downloads;
 * - lifecycle: unattached uploads expire, incomplete multipart uploads are aborted;
 * - GuardDuty Malware Protection for S3 on the `attachments/` prefix, tagging on, with the role AWS
 *   documents for it (scoped to that prefix);
 * - a bucket policy that refuses GetObject of `attachments/*` to everyone but GuardDuty's role
 *   unless the object's GuardDutyMalwareScanStatus tag is NO_THREATS_FOUND (AWS's tag-based access
 *   pattern): a presigned link cannot serve a file before it was found clean, whatever the code does.
 */
export class FilesBucket extends Construct {
  readonly bucket: Bucket;
  readonly accessLogs: Bucket;
  readonly scanRole: Role;
  readonly protectionPlan: CfnMalwareProtectionPlan;

  constructor(scope: Construct, id: string, props: FilesBucketProps) {
    super(scope, id);
    const { spec } = props;
    this.accessLogs = new Bucket(this, 'AccessLogs', {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [{ id: 'ForgetOldLogs', expiration: Duration.days(365) }],
    });
    Validations.of(this.accessLogs).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This bucket holds the files bucket\'s server access logs; logging the log bucket would only log its own log deliveries.',
    });
    this.bucket = new Bucket(this, 'Bucket', {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      versioned: false,
      removalPolicy: RemovalPolicy.RETAIN,
      serverAccessLogsBucket: this.accessLogs,
      serverAccessLogsPrefix: 'files/',
      ...(props.corsOrigins.length > 0
        ? {
            cors: [
              {
                allowedOrigins: [...props.corsOrigins],
                allowedMethods: spec.cors.allowMethods.map((method) => HttpMethods[method]),
                allowedHeaders: [...spec.cors.allowHeaders],
                exposedHeaders: [...spec.cors.exposeHeaders],
                maxAge: spec.cors.maxAgeSeconds,
              },
            ],
          }
        : {}),
      lifecycleRules: [
        { id: 'ExpireUnattachedUploads', prefix: fileKeyPrefixes.uploads, expiration: Duration.days(spec.uploadsExpireAfterDays) },
        { id: 'AbortIncompleteMultipartUploads', abortIncompleteMultipartUploadAfter: Duration.days(1) },
      ],
    });
    const scanAccess = this.malwareScanRole();
    this.scanRole = scanAccess.role;
    this.protectionPlan = new CfnMalwareProtectionPlan(this, 'MalwareProtection', {
      role: this.scanRole.roleArn,
      protectedResource: { s3Bucket: { bucketName: this.bucket.bucketName, objectPrefixes: [fileKeyPrefixes.attachments] } },
      actions: { tagging: { status: 'ENABLED' } },
    });
    // GuardDuty checks the role's permissions when the plan is made: the policy must exist by then.
    this.protectionPlan.node.addDependency(scanAccess.policy);
    this.bucket.addToResourcePolicy(
      new PolicyStatement({
        sid: 'OnlyScannedCleanAttachmentsCanBeRead',
        effect: Effect.DENY,
        principals: [new AnyPrincipal()],
        actions: ['s3:GetObject', 's3:GetObjectVersion'],
        resources: [this.bucket.arnForObjects(`${fileKeyPrefixes.attachments}*`)],
        conditions: {
          StringNotEquals: {
            [`s3:ExistingObjectTag/${scanStatusTag}`]: 'NO_THREATS_FOUND',
            'aws:PrincipalArn': this.scanRole.roleArn,
          },
        },
      }),
    );
  }

  /** The role GuardDuty's plan scans and tags with: the permissions AWS documents, objects limited to the protected prefix. */
  private malwareScanRole(): { role: Role; policy: Policy } {
    const stack = Stack.of(this);
    const role = new Role(this, 'MalwareScanRole', {
      assumedBy: new ServicePrincipal('malware-protection-plan.guardduty.amazonaws.com'),
      description: 'GuardDuty Malware Protection for S3: scans and tags new attachments of the files bucket',
    });
    const managedRules = stack.formatArn({ service: 'events', resource: 'rule', resourceName: 'DO-NOT-DELETE-AmazonGuardDutyMalwareProtectionS3*' });
    const attachments = this.bucket.arnForObjects(`${fileKeyPrefixes.attachments}*`);
    const statements = [
      new PolicyStatement({
        sid: 'AllowManagedRuleToSendS3EventsToGuardDuty',
        actions: ['events:PutRule', 'events:DeleteRule', 'events:PutTargets', 'events:RemoveTargets'],
        resources: [managedRules],
        conditions: { StringLike: { 'events:ManagedBy': 'malware-protection-plan.guardduty.amazonaws.com' } },
      }),
      new PolicyStatement({ sid: 'AllowGuardDutyToMonitorEventBridgeManagedRule', actions: ['events:DescribeRule', 'events:ListTargetsByRule'], resources: [managedRules] }),
      new PolicyStatement({
        sid: 'AllowEnableS3EventBridgeEvents',
        actions: ['s3:PutBucketNotification', 's3:GetBucketNotification'],
        resources: [this.bucket.bucketArn],
        conditions: { StringEquals: { 'aws:ResourceAccount': stack.account } },
      }),
      new PolicyStatement({ sid: 'AllowCheckBucketOwnership', actions: ['s3:ListBucket'], resources: [this.bucket.bucketArn], conditions: { StringEquals: { 'aws:ResourceAccount': stack.account } } }),
      new PolicyStatement({
        sid: 'AllowPutValidationObject',
        actions: ['s3:PutObject'],
        resources: [this.bucket.arnForObjects(validationObjectKey)],
        conditions: { StringEquals: { 'aws:ResourceAccount': stack.account } },
      }),
      new PolicyStatement({
        sid: 'AllowMalwareScan',
        actions: ['s3:GetObject', 's3:GetObjectVersion'],
        resources: [attachments],
        conditions: { StringEquals: { 'aws:ResourceAccount': stack.account } },
      }),
      new PolicyStatement({
        sid: 'AllowPostScanTag',
        actions: ['s3:PutObjectTagging', 's3:GetObjectTagging', 's3:PutObjectVersionTagging', 's3:GetObjectVersionTagging'],
        resources: [attachments],
        conditions: { StringEquals: { 'aws:ResourceAccount': stack.account } },
      }),
    ];
    const policy = new Policy(this, 'MalwareScanPolicy', { statements, roles: [role] });
    acknowledgeWildcardResources(
      policy,
      [managedRules, attachments],
      'The permissions AWS documents for Malware Protection for S3: the EventBridge rules GuardDuty manages are named ' +
        'DO-NOT-DELETE-AmazonGuardDutyMalwareProtectionS3*, and it scans and tags every new object of the protected prefix (attachments/*).',
    );
    return { role, policy };
  }
}
