import { CfnOutput, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { StackProps } from 'aws-cdk-lib';
import { AccountRecovery, FeaturePlan, Mfa, UserPool } from 'aws-cdk-lib/aws-cognito';
import type { UserPoolClient } from 'aws-cdk-lib/aws-cognito';
import { AttributeType, BillingMode, ProjectionType, StreamViewType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import type { KeySpec, SystemSpec, TableSpec } from '../system';
import { FilesBucket } from './files';
import { ManagedLogin, portalOAuth } from './managed-login';

/** What the stateful stack is built from. */
export interface StatefulStackProps extends StackProps {
  readonly system: SystemSpec;
  /** The portal's origins: they upload to and download from the files bucket, and sign-in returns to them. */
  readonly portalOrigins: readonly string[];
  /** The prefix of the managed login domain (see managed-login.ts). */
  readonly authDomainPrefix: string;
}

/**
 * What outlives every deployment: the one table, the customers' user pool (with its managed login
 * and the portal's app client) and the files bucket of attachments (with its malware protection). All are retained, the table and pool also protected
 * from deletion, so a mistaken `cdk destroy` or a replacement cannot lose data.
 */
export class StatefulStack extends Stack {
  readonly table: Table;
  readonly userPool: UserPool;
  readonly userPoolClient: UserPoolClient;
  /** Cognito's managed login, where the portal signs customers in. */
  readonly managedLogin: ManagedLogin;
  /** The outside parties' credentials and webhook secrets (JSON, see functions/providers/config.ts). */
  readonly providerSecret: Secret;
  /** The files bucket of attachments, scanned by GuardDuty. */
  readonly files: FilesBucket;
  /** The key "Was this helpful?" links are signed with (functions/domain/satisfaction/rating-link.ts). */
  readonly ratingLinkSecret: Secret;

  constructor(scope: Construct, id: string, props: StatefulStackProps) {
    super(scope, id, props);
    this.table = ticketTable(this, props.system.table);
    this.userPool = customerPool(this);
    this.userPoolClient = this.userPool.addClient('WebClient', {
      authFlows: { userSrp: true },
      generateSecret: false,
      preventUserExistenceErrors: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
      ...portalOAuth(props.portalOrigins),
    });
    this.managedLogin = new ManagedLogin(this, 'ManagedLogin', {
      userPool: this.userPool,
      clientId: this.userPoolClient.userPoolClientId,
      domainPrefix: props.authDomainPrefix,
    });
    this.providerSecret = providerSecret(this);
    this.ratingLinkSecret = ratingLinkSecret(this);
    this.files = new FilesBucket(this, props.system.files.id, { spec: props.system.files, corsOrigins: props.portalOrigins });
    this.userPool.addGroup('Agents', {
      groupName: props.system.agentGroup,
      description: 'Support agents: may use the agent routes of the API',
    });
    // What a front end needs to sign customers in, and an operator to add agents to the group.
    new CfnOutput(this, 'UserPoolId', { value: this.userPool.userPoolId, description: 'Cognito user pool of customers and agents' });
    new CfnOutput(this, 'UserPoolClientId', { value: this.userPoolClient.userPoolClientId, description: 'App client id: the audience of API tokens' });
    new CfnOutput(this, 'SignInUrl', { value: this.managedLogin.url, description: 'Cognito managed login of the portal' });
  }
}

function attribute(key: KeySpec): { name: string; type: AttributeType } {
  return { name: key.name, type: key.type === 'S' ? AttributeType.STRING : AttributeType.NUMBER };
}

const streamViews: Record<TableSpec['stream'], StreamViewType> = {
  NEW_AND_OLD_IMAGES: StreamViewType.NEW_AND_OLD_IMAGES,
  NEW_IMAGE: StreamViewType.NEW_IMAGE,
  OLD_IMAGE: StreamViewType.OLD_IMAGE,
  KEYS_ONLY: StreamViewType.KEYS_ONLY,
};

function ticketTable(scope: Construct, spec: TableSpec): Table {
  const table = new Table(scope, spec.id, {
    partitionKey: attribute(spec.partitionKey),
    sortKey: attribute(spec.sortKey),
    billingMode: BillingMode.PAY_PER_REQUEST,
    timeToLiveAttribute: spec.timeToLiveAttribute,
    stream: streamViews[spec.stream],
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
    deletionProtection: true,
    encryption: TableEncryption.AWS_MANAGED,
    removalPolicy: RemovalPolicy.RETAIN,
  });
  for (const index of spec.indexes) {
    table.addGlobalSecondaryIndex({
      indexName: index.name,
      partitionKey: attribute(index.partitionKey),
      ...(index.sortKey ? { sortKey: attribute(index.sortKey) } : {}),
      projectionType: ProjectionType.ALL,
    });
  }
  return table;
}

function customerPool(scope: Construct): UserPool {
  const pool = new UserPool(scope, 'Users', {
    selfSignUpEnabled: true,
    signInAliases: { email: true },
    autoVerify: { email: true },
    // A changed address only replaces the old one once the customer has verified it.
    keepOriginal: { email: true },
    standardAttributes: { email: { required: true, mutable: true } },
    passwordPolicy: {
      minLength: 12,
      requireLowercase: true,
      requireUppercase: true,
      requireDigits: true,
      requireSymbols: true,
      tempPasswordValidity: Duration.days(3),
    },
    mfa: Mfa.OPTIONAL,
    mfaSecondFactor: { otp: true, sms: false },
    accountRecovery: AccountRecovery.EMAIL_ONLY,
    featurePlan: FeaturePlan.ESSENTIALS,
    deletionProtection: true,
    removalPolicy: RemovalPolicy.RETAIN,
  });
  Validations.of(pool).acknowledge(
    {
      id: 'AwsSolutions-COG2',
      reason:
        'Customers sign themselves up to follow their tickets; requiring MFA would shut customers without an ' +
        'authenticator app out of support, so TOTP MFA is offered, not forced.',
    },
    {
      id: 'AwsSolutions-COG8',
      reason:
        'Threat protection needs the Plus feature plan, a per-user cost the deploying platform decides on; the pool ' +
        'uses a strong password policy and email verification.',
    },
  );
  return pool;
}

/**
 * The key of the rating links in solved tickets' emails: 64 random characters Secrets Manager
 * generates at the first deployment, never seen by anyone. Retained, so the links already sent
 * keep working across deployments.
 */
function ratingLinkSecret(scope: Construct): Secret {
  const secret = new Secret(scope, 'RatingLinkKey', {
    description: 'Ticketflow: the HMAC-SHA256 key of the "Was this helpful?" links in emails (generated)',
    generateSecretString: { passwordLength: 64, excludePunctuation: true },
    removalPolicy: RemovalPolicy.RETAIN,
  });
  Validations.of(secret).acknowledge({
    id: 'AwsSolutions-SMG4',
    reason:
      'Rotating the key would void every rating link already sent (they work for the clock settings\' satisfaction.linkExpiryDays, 14 days by default). ' +
      'Should it leak, the worst is a forged rating; replace it by hand (put-secret-value) and the old links stop working.',
  });
  return secret;
}

/**
 * The provider secret: created with a placeholder, then given its JSON value by an operator
 * (`aws secretsmanager put-secret-value`). Retained, as the credentials outlive deployments.
 */
function providerSecret(scope: Construct): Secret {
  const secret = new Secret(scope, 'ProviderSecret', {
    description: 'Ticketflow provider credentials and webhook secrets (Paddle, CoinPayments, J2TX), JSON',
    removalPolicy: RemovalPolicy.RETAIN,
  });
  Validations.of(secret).acknowledge({
    id: 'AwsSolutions-SMG4',
    reason:
      'The values are issued by the providers (API keys, webhook secrets) and rotate on their schedule, by hand: ' +
      'Paddle accepts several webhook secrets at once for that. No Lambda can rotate them.',
  });
  new CfnOutput(scope, 'ProviderSecretArn', { value: secret.secretArn, description: 'Put the provider credentials (JSON) here' });
  return secret;
}
