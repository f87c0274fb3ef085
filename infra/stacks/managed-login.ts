import { Aws } from 'aws-cdk-lib';
import { CfnManagedLoginBranding, ManagedLoginVersion, OAuthScope, UserPoolClientIdentityProvider, UserPoolDomain } from 'aws-cdk-lib/aws-cognito';
import type { IUserPool, UserPoolClientOptions } from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';

// The portal's sign-in callback and where sign-out returns (web/src/auth/session.ts).
const callbackPath = '/signed-in';
const signedOutPath = '/';

/**
 * The managed login domain prefix of a deployment: the `authDomainPrefix` setting, else one from
 * the account, unique in its region because accounts are (the stacks have fixed names, so one
 * Ticketflow per account and region).
 */
export function authDomainPrefix(setting: string | undefined): string {
  return setting ?? `ticketflow-${Aws.ACCOUNT_ID}`;
}

/** The URL of Cognito's managed login for `prefix` in the region of the stack that uses it. */
export function managedLoginUrl(prefix: string): string {
  return `https://${prefix}.auth.${Aws.REGION}.amazoncognito.com`;
}

/**
 * The OAuth settings of the portal's app client: authorization code grant only (the portal
 * adds PKCE; the client has no secret, so the code alone cannot be redeemed), the scopes the
 * portal asks for, and sign-in and sign-out returning to the portal's origins only.
 */
export function portalOAuth(origins: readonly string[]): Pick<UserPoolClientOptions, 'oAuth' | 'supportedIdentityProviders'> {
  return {
    oAuth: {
      flows: { authorizationCodeGrant: true, implicitCodeGrant: false, clientCredentials: false },
      scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
      callbackUrls: origins.map((origin) => `${origin}${callbackPath}`),
      logoutUrls: origins.map((origin) => `${origin}${signedOutPath}`),
    },
    supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
  };
}

/** What the managed login is built for. */
export interface ManagedLoginProps {
  readonly userPool: IUserPool;
  /** The app client whose sign-in pages get the default branding. */
  readonly clientId: string;
  readonly domainPrefix: string;
}

/**
 * Cognito's managed login (version 2) on a prefix domain, with Cognito's default branding for
 * the portal's client (managed login shows no page for a client without a branding style).
 */
export class ManagedLogin extends Construct {
  readonly domain: UserPoolDomain;
  /** The base URL of the sign-in pages and OAuth endpoints, the portal's `auth.domain`. */
  readonly url: string;

  constructor(scope: Construct, id: string, props: ManagedLoginProps) {
    super(scope, id);
    this.domain = new UserPoolDomain(this, 'Domain', {
      userPool: props.userPool,
      cognitoDomain: { domainPrefix: props.domainPrefix },
      managedLoginVersion: ManagedLoginVersion.NEWER_MANAGED_LOGIN,
    });
    const branding = new CfnManagedLoginBranding(this, 'Branding', {
      userPoolId: props.userPool.userPoolId,
      clientId: props.clientId,
      useCognitoProvidedValues: true,
    });
    // A branding style belongs to a domain's managed login: the domain must exist first.
    branding.node.addDependency(this.domain);
    this.url = this.domain.baseUrl();
  }
}
