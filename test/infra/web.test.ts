import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultDeploymentSettings, readDeploymentSettings } from '../../infra/stacks/deployment-settings';
import { system } from '../../infra/system';
import { resourcesOf, synthesize, type Synthesized } from './synthesize';

// The product without bundling (the portal's build is checked by `npm run synth`), with the
// portal's own origin, and with the origins and portal address a platform names itself.
let synth: Synthesized;
let named: Synthesized;
beforeAll(() => {
  synth = synthesize(system);
  named = synthesize(system, {
    settings: { ...defaultDeploymentSettings, config: { ...defaultDeploymentSettings.config, portalUrl: 'https://help.pay.example' }, corsOrigins: ['https://help.pay.example', 'http://localhost:5173'], authDomainPrefix: 'payday-help' },
  });
});

function onlyOne<T>(values: Record<string, T>): T {
  const all = Object.values(values);
  if (all.length !== 1) throw new Error(`expected exactly one, found ${all.length}`);
  return all[0]!;
}

/** A value's template text: cross-stack references show as the portal stack's output of the distribution's domain. */
const text = (value: unknown) => JSON.stringify(value);
/** A template string as text, pseudo parameters shown as `<Region>`. */
function joined(value: unknown): string {
  if (typeof value === 'string') return value;
  const node = value as { 'Fn::Join'?: [string, unknown[]]; Ref?: string };
  if (node['Fn::Join']) return node['Fn::Join'][1].map(joined).join(node['Fn::Join'][0]);
  if (node.Ref?.startsWith('AWS::')) return `<${node.Ref.slice('AWS::'.length)}>`;
  throw new Error(`Not a joined string: ${text(value)}`);
}
const portalDomain = /"StackName":"TicketflowPortal".*"OutputName":"[^"]*Distribution[^"]*DomainName[^"]*"/;

const distribution = (s: Synthesized) => onlyOne(resourcesOf(s.portal, 'AWS::CloudFront::Distribution')).Properties['DistributionConfig'] as Record<string, unknown>;
const headers = (s: Synthesized) =>
  (onlyOne(resourcesOf(s.portal, 'AWS::CloudFront::ResponseHeadersPolicy')).Properties['ResponseHeadersPolicyConfig'] as Record<string, Record<string, unknown>>);
const webClient = (s: Synthesized) => onlyOne(resourcesOf(s.stateful, 'AWS::Cognito::UserPoolClient')).Properties;

describe('the portal’s hosting', () => {
  it('keeps the portal’s files in a private, encrypted, TLS-only bucket that CloudFront reads with origin access control', () => {
    const buckets = resourcesOf(synth.portal, 'AWS::S3::Bucket');
    const [filesId, files] = Object.entries(buckets).find(([, bucket]) => bucket.Properties['LoggingConfiguration'] !== undefined)!;
    expect(files.Properties).toMatchObject({
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
    });
    const policy = Object.values(resourcesOf(synth.portal, 'AWS::S3::BucketPolicy')).find((candidate) => text(candidate.Properties['Bucket']).includes(filesId))!;
    const statements = (policy.Properties['PolicyDocument'] as { Statement: Record<string, unknown>[] }).Statement;
    expect(statements).toContainEqual(expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }));
    expect(statements).toContainEqual(
      expect.objectContaining({ Effect: 'Allow', Principal: { Service: 'cloudfront.amazonaws.com' }, Action: 's3:GetObject', Condition: { StringEquals: { 'AWS:SourceArn': expect.anything() } } }),
    );
    const oac = onlyOne(resourcesOf(synth.portal, 'AWS::CloudFront::OriginAccessControl')).Properties['OriginAccessControlConfig'];
    expect(oac).toMatchObject({ OriginAccessControlOriginType: 's3', SigningBehavior: 'always', SigningProtocol: 'sigv4' });
    expect(distribution(synth)['Origins']).toEqual([expect.objectContaining({ OriginAccessControlId: expect.anything(), S3OriginConfig: { OriginAccessIdentity: '' } })]);
  });

  it('serves over HTTPS only, opens index.html at the root and answers any other path with the app', () => {
    const config = distribution(synth);
    expect(config).toMatchObject({ DefaultRootObject: 'index.html', Enabled: true, Logging: expect.objectContaining({ Prefix: 'cloudfront/' }) });
    expect(config['DefaultCacheBehavior']).toMatchObject({ ViewerProtocolPolicy: 'redirect-to-https', AllowedMethods: ['GET', 'HEAD'], ResponseHeadersPolicyId: expect.anything() });
    expect(config['CustomErrorResponses']).toEqual([
      { ErrorCode: 403, ResponseCode: 200, ResponsePagePath: '/index.html', ErrorCachingMinTTL: 0 },
      { ErrorCode: 404, ResponseCode: 200, ResponsePagePath: '/index.html', ErrorCachingMinTTL: 0 },
    ]);
  });

  it('sends security headers and a content security policy that lets the app reach only itself, the API and Cognito’s managed login', () => {
    const security = headers(synth)['SecurityHeadersConfig']!;
    expect(security).toMatchObject({
      StrictTransportSecurity: { AccessControlMaxAgeSec: 730 * 24 * 3600, IncludeSubdomains: true, Override: true },
      ContentTypeOptions: { Override: true },
      FrameOptions: { FrameOption: 'DENY', Override: true },
      ReferrerPolicy: { ReferrerPolicy: 'strict-origin-when-cross-origin', Override: true },
    });
    const policy = joined((security['ContentSecurityPolicy'] as { ContentSecurityPolicy: unknown }).ContentSecurityPolicy);
    const directives = Object.fromEntries(policy.split('; ').map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1)]));
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['connect-src']).toEqual([
      "'self'",
      'https://*.execute-api.<Region>.amazonaws.com',
      // Attachments are posted from the browser straight to the files bucket.
      'https://*.s3.<Region>.amazonaws.com',
      'https://ticketflow-<AccountId>.auth.<Region>.amazoncognito.com',
    ]);
    expect(directives['form-action']).toEqual(["'self'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
  });

  it('names the managed login domain the deployment sets in the content security policy', () => {
    const security = headers(named)['SecurityHeadersConfig']!;
    expect(text(security['ContentSecurityPolicy'])).toContain('https://payday-help.auth.');
  });
});

describe('the portal’s origin', () => {
  it('is the API’s CORS origin, the files bucket’s and the emails’ portal URL when the deployment names none', () => {
    const api = onlyOne(resourcesOf(synth.stateless, 'AWS::ApiGatewayV2::Api')).Properties['CorsConfiguration'] as { AllowOrigins: unknown[] };
    expect(api.AllowOrigins).toHaveLength(1);
    expect(text(api.AllowOrigins[0])).toMatch(portalDomain);
    const files = Object.values(resourcesOf(synth.stateful, 'AWS::S3::Bucket')).find((bucket) => bucket.Properties['CorsConfiguration'] !== undefined)!;
    expect(text(files.Properties['CorsConfiguration'])).toMatch(portalDomain);
    const portalUrls = Object.values(resourcesOf(synth.stateless, 'AWS::Lambda::Function')).flatMap((fn) => {
      const url = (fn.Properties['Environment'] as { Variables?: Record<string, unknown> } | undefined)?.Variables?.['PORTAL_URL'];
      return url === undefined ? [] : [url];
    });
    expect(portalUrls.length).toBeGreaterThan(0);
    for (const url of portalUrls) expect(text(url)).toMatch(/^\{"Fn::Join":\["",\["https:\/\/",.*TicketflowPortal/);
  });

  it('gives way to the origins and portal URL the deployment sets', () => {
    const api = onlyOne(resourcesOf(named.stateless, 'AWS::ApiGatewayV2::Api')).Properties['CorsConfiguration'] as { AllowOrigins: unknown[] };
    expect(api.AllowOrigins).toEqual(['https://help.pay.example', 'http://localhost:5173']);
    const urls = new Set(
      Object.values(resourcesOf(named.stateless, 'AWS::Lambda::Function')).flatMap((fn) => {
        const url = (fn.Properties['Environment'] as { Variables?: Record<string, unknown> } | undefined)?.Variables?.['PORTAL_URL'];
        return url === undefined ? [] : [url];
      }),
    );
    expect([...urls]).toEqual(['https://help.pay.example']);
    expect(webClient(named)['CallbackURLs']).toEqual(['https://help.pay.example/signed-in', 'http://localhost:5173/signed-in']);
  });
});

describe('Cognito’s managed login', () => {
  it('runs version 2 on a prefix domain from the account by default, or the deployment’s prefix, with Cognito’s branding for the portal’s client', () => {
    expect(onlyOne(resourcesOf(synth.stateful, 'AWS::Cognito::UserPoolDomain')).Properties).toMatchObject({
      Domain: { 'Fn::Join': ['', ['ticketflow-', { Ref: 'AWS::AccountId' }]] },
      ManagedLoginVersion: 2,
    });
    expect(onlyOne(resourcesOf(named.stateful, 'AWS::Cognito::UserPoolDomain')).Properties['Domain']).toBe('payday-help');
    const branding = onlyOne(resourcesOf(synth.stateful, 'AWS::Cognito::ManagedLoginBranding'));
    const [clientId] = Object.keys(resourcesOf(synth.stateful, 'AWS::Cognito::UserPoolClient'));
    expect(branding.Properties).toMatchObject({ ClientId: { Ref: clientId }, UseCognitoProvidedValues: true });
  });

  it('lets the portal’s public client sign in with the authorization code grant only, back to the portal’s origin', () => {
    const client = webClient(synth);
    expect(client).toMatchObject({
      GenerateSecret: false,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthScopes: ['openid', 'email', 'profile'],
      SupportedIdentityProviders: ['COGNITO'],
    });
    expect(client['CallbackURLs']).toHaveLength(1);
    expect(text(client['CallbackURLs'])).toMatch(portalDomain);
    expect(text(client['CallbackURLs'])).toContain('"/signed-in"');
    expect(text(client['LogoutURLs'])).toMatch(portalDomain);
  });

  it('keeps the portal’s client the audience the API’s authorizer accepts', () => {
    const authorizer = onlyOne(resourcesOf(synth.stateless, 'AWS::ApiGatewayV2::Authorizer')).Properties;
    expect(text((authorizer['JwtConfiguration'] as { Audience: unknown }).Audience)).toMatch(/UsersWebClient/);
  });

  it('refuses a domain prefix Cognito would refuse, naming it', () => {
    const app = new App({ context: { authDomainPrefix: 'My_Support' } });
    expect(() => readDeploymentSettings(app.node)).toThrow('Context authDomainPrefix must be lowercase letters, digits and inner hyphens, at most 63, without aws, amazon or cognito: My_Support');
    expect(() => readDeploymentSettings(new App({ context: { authDomainPrefix: 'aws-help' } }).node)).toThrow('authDomainPrefix');
    expect(readDeploymentSettings(new App({ context: { authDomainPrefix: 'payday-help' } }).node).authDomainPrefix).toBe('payday-help');
  });
});

describe('the portal’s files', () => {
  it('deploys the build and a /config.json naming this deployment’s API, managed login and client, then invalidates the distribution', () => {
    const deployment = onlyOne(resourcesOf(synth.portalContent, 'Custom::CDKBucketDeployment')).Properties;
    expect(deployment['SourceObjectKeys']).toHaveLength(2);
    expect(deployment).toMatchObject({ DistributionPaths: ['/*'], SystemMetadata: { 'cache-control': 'no-cache' } });
    expect(text(deployment['DestinationBucketName'])).toMatch(/"StackName":"TicketflowPortal"/);
    const markers = text(deployment['SourceMarkers']);
    expect(markers).toMatch(/"StackName":"TicketflowStateless".*"OutputName":"[^"]*HttpApi/);
    expect(markers).toMatch(/"StackName":"TicketflowStateful".*"OutputName":"[^"]*ManagedLoginDomain/);
    expect(markers).toMatch(/"StackName":"TicketflowStateful".*"OutputName":"[^"]*UsersWebClient/);
  });

  it('writes config.json in the shape the app reads, with the stacks’ values filled in at deployment', () => {
    const directory = synth.assembly.directory;
    const configs = readdirSync(directory)
      .filter((name) => name.startsWith('asset.') && existsSync(join(directory, name, 'config.json')))
      .map((name) => JSON.parse(readFileSync(join(directory, name, 'config.json'), 'utf8')) as unknown);
    expect(configs).toEqual([
      {
        apiUrl: expect.stringMatching(/^https:\/\/<<marker:0xbaba:\d+>>\.execute-api\./) as unknown,
        auth: { domain: expect.stringMatching(/^https:\/\/<<marker:0xbaba:\d+>>\.auth\./) as unknown, clientId: expect.stringMatching(/^<<marker:0xbaba:\d+>>$/) as unknown },
      },
    ]);
  });
});
