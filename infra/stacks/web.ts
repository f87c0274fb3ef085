import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { AssetHashType, CfnOutput, DockerImage, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { StackProps } from 'aws-cdk-lib';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import type { ISource } from 'aws-cdk-lib/aws-s3-deployment';
import type { Construct } from 'constructs';
import { repositoryRoot } from '../constructs/repository-root';
import { acknowledgeWildcardResources } from '../constructs/wildcard-acknowledgements';

/** What the portal's hosting is built from. */
export interface PortalHostingStackProps extends StackProps {
  /** Cognito's managed login URL: the portal fetches its token endpoint. */
  readonly signInUrl: string;
}

/**
 * Where customers open the portal: a private bucket behind a CloudFront distribution (origin
 * access control, HTTPS only, SPA fallback, security headers). Its own stack, deployed first,
 * because everything else needs the portal's address (the API's CORS, the files bucket's CORS,
 * Cognito's callback URLs, the emails' links) while the portal's files need the API's URL: the
 * address comes from this stack, the files from PortalContentStack, deployed last.
 */
export class PortalHostingStack extends Stack {
  readonly bucket: Bucket;
  readonly distribution: Distribution;
  /** `https://` and the distribution's domain: the portal's origin unless the deployment names its own. */
  readonly origin: string;

  constructor(scope: Construct, id: string, props: PortalHostingStackProps) {
    super(scope, id, props);
    const logs = new Bucket(this, 'AccessLogs', {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      // CloudFront's standard logs are delivered with an ACL: the bucket must accept ACLs.
      objectOwnership: ObjectOwnership.OBJECT_WRITER,
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [{ id: 'ForgetOldLogs', expiration: Duration.days(365) }],
    });
    Validations.of(logs).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This bucket holds the portal\'s access logs (CloudFront and S3); logging the log bucket would only log its own log deliveries.',
    });
    this.bucket = new Bucket(this, 'Files', {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: logs,
      serverAccessLogsPrefix: 'bucket/',
      // Retained like every bucket here: a bucket that still holds files would fail `cdk destroy`.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Ticketflow customer portal',
      defaultRootObject: 'index.html',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: portalHeaders(this, props.signInUrl),
        compress: true,
      },
      // The portal routes in the browser: any path it does not hold as a file is one of its pages.
      // Without ListBucket, S3 answers a missing key with 403 to CloudFront, so both are caught.
      errorResponses: [403, 404].map((httpStatus) => ({ httpStatus, responseHttpStatus: 200, responsePagePath: '/index.html', ttl: Duration.seconds(0) })),
      httpVersion: HttpVersion.HTTP2_AND_3,
      enableLogging: true,
      logBucket: logs,
      logFilePrefix: 'cloudfront/',
    });
    Validations.of(this.distribution).acknowledge(
      {
        id: 'AwsSolutions-CFR1',
        reason: 'Customers of the platforms Ticketflow serves may write from any country; no geographic restriction applies.',
      },
      {
        id: 'AwsSolutions-CFR2',
        reason: 'The portal serves static files only (the API has its own throttling); a WAF web ACL is a per-request cost the deploying platform may add.',
      },
      {
        id: 'AwsSolutions-CFR4',
        reason:
          'Without a custom domain the distribution uses CloudFront\'s default certificate, whose viewer TLS policy cannot be set; ' +
          'a platform giving the portal its own domain and certificate gets TLSv1.2_2021.',
      },
    );
    this.origin = `https://${this.distribution.distributionDomainName}`;
    new CfnOutput(this, 'PortalUrl', { value: this.origin, description: 'The customer portal' });
  }
}

/**
 * The portal's security headers. The content security policy lets the app load only its own
 * files and talk only to its origin (/config.json), the API and Cognito's token endpoint. The API
 * is named by its region's execute-api domain, not its id: the API's CORS names the portal's
 * origin, so the portal's headers cannot name the API without a cycle.
 */
function portalHeaders(scope: Construct, signInUrl: string): ResponseHeadersPolicy {
  const apiOrigins = `https://*.execute-api.${Stack.of(scope).region}.amazonaws.com`;
  // Attachments go from the browser straight to the files bucket by presigned POST.
  const filesOrigins = `https://*.s3.${Stack.of(scope).region}.amazonaws.com`;
  const contentSecurityPolicy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self' ${apiOrigins} ${filesOrigins} ${signInUrl}`,
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
    'upgrade-insecure-requests',
  ].join('; ');
  return new ResponseHeadersPolicy(scope, 'SecurityHeaders', {
    comment: 'Ticketflow portal: security headers and content security policy',
    securityHeadersBehavior: {
      contentSecurityPolicy: { contentSecurityPolicy, override: true },
      strictTransportSecurity: { accessControlMaxAge: Duration.days(730), includeSubdomains: true, override: true },
      contentTypeOptions: { override: true },
      frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
      referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
    },
    customHeadersBehavior: {
      customHeaders: [{ header: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()', override: true }],
    },
  });
}

/** What the portal's files are deployed with. */
export interface PortalContentStackProps extends StackProps {
  readonly hosting: PortalHostingStack;
  /** The portal's /config.json (web/src/config.ts). */
  readonly config: { readonly apiUrl: string; readonly auth: { readonly domain: string; readonly clientId: string } };
}

/**
 * The portal's files in its bucket: the build of web/ and the /config.json that points it at
 * this deployment's API and sign-in, then an invalidation of the distribution. Deployed last, as
 * config.json needs the API's URL.
 */
export class PortalContentStack extends Stack {
  readonly deployment: BucketDeployment;

  constructor(scope: Construct, id: string, props: PortalContentStackProps) {
    super(scope, id, props);
    this.deployment = new BucketDeployment(this, 'Deployment', {
      sources: [portalBuild(), Source.jsonData('config.json', props.config)],
      destinationBucket: props.hosting.bucket,
      distribution: props.hosting.distribution,
      distributionPaths: ['/*'],
      // Browsers revalidate (ETag) so a new deployment shows at once; hashed assets answer 304.
      cacheControl: [CacheControl.noCache()],
      memoryLimit: 512,
    });
    acknowledgeDeploymentHandler(this, props.hosting.bucket);
  }
}

/**
 * The portal built by Vite as a deployment source. The build runs during synthesis (on the
 * machine, no Docker) and is skipped when web/ has not changed since the last one in cdk.out,
 * as the asset is hashed by its sources.
 */
export function portalBuild(): ISource {
  const webRoot = join(repositoryRoot, 'web');
  return Source.asset(webRoot, {
    assetHashType: AssetHashType.SOURCE,
    exclude: ['dist', 'node_modules'],
    bundling: {
      // Never used: the local build below either succeeds or fails the synth.
      image: DockerImage.fromRegistry('public.ecr.aws/docker/library/node:24-slim'),
      local: {
        tryBundle(outputDir) {
          const vite = join(repositoryRoot, 'node_modules', 'vite', 'bin', 'vite.js');
          execFileSync(process.execPath, [vite, 'build', '--config', join(webRoot, 'vite.config.ts'), '--outDir', outputDir, '--logLevel', 'warn'], {
            cwd: repositoryRoot,
            stdio: ['ignore', 'inherit', 'inherit'],
          });
          return true;
        },
      },
    },
  });
}

/**
 * Acknowledges the findings on the function BucketDeployment brings (one per stack, made by CDK,
 * not ours to change): it runs once per deployment, from CloudFormation, with the policy CDK
 * writes for it.
 */
function acknowledgeDeploymentHandler(stack: Stack, bucket: Bucket): void {
  const handlers = stack.node.children.filter((child) => child.node.id.startsWith('Custom::CDKBucketDeployment'));
  for (const handler of handlers) {
    const copying = 'CDK grants its deployment function read of the CDK asset bucket and read/write/delete of the portal bucket\'s objects: it copies and prunes the whole bucket.';
    acknowledgeWildcardResources(handler, [bucket.arnForObjects('*')], copying);
    Validations.of(handler).acknowledge(
      { id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]', reason: 'CDK\'s deployment function logs with AWSLambdaBasicExecutionRole, as CDK builds it.' },
      ...['s3:GetBucket*', 's3:GetObject*', 's3:List*', 's3:Abort*', 's3:DeleteObject*'].map((action) => ({ id: `AwsSolutions-IAM5[Action::${action}]`, reason: copying })),
      { id: 'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/*]', reason: copying },
      { id: 'AwsSolutions-IAM5[Resource::*]', reason: 'CloudFront\'s CreateInvalidation, which CDK grants on every distribution: the function invalidates the portal\'s once its files changed.' },
      { id: 'AwsSolutions-L1', reason: 'CDK picks the runtime of its deployment function (Python, with the AWS CLI layer).' },
      { id: 'Serverless-LambdaLatestVersion', reason: 'CDK picks the runtime of its deployment function (Python, with the AWS CLI layer).' },
      { id: 'Serverless-LambdaDLQ', reason: 'Invoked synchronously by CloudFormation, which reports a failure as the deployment\'s.' },
      { id: 'Serverless-LambdaTracing', reason: 'A deployment-time copy of files, run by CloudFormation; its log shows each run.' },
    );
  }
}
