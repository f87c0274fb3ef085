import type { Node } from 'constructs';
import type { Wording } from '../../functions/domain/catalog';
import { parseClockSettings } from '../../functions/domain/clock/settings';
import { parseWording } from '../../functions/shared/wording';
import type { ConfigKey } from '../system';

/**
 * Deployment settings that differ between the platforms deploying Ticketflow, read from CDK
 * context (`cdk synth -c senderAddress=help@pay.example -c corsOrigins=https://app.pay.example`
 * or the `context` block of cdk.json):
 * - `senderAddress`: the From address of notification emails; its domain must be a verified SES
 *   identity. Default `support@example.com`.
 * - `senderName`: the display name emails come from (`"Name" <address>`), so that they read as the
 *   platform's own. Default the `platformName`, else `Ticketflow`. At most 64 characters, no line breaks.
 * - `portalUrl`: where customers follow their tickets, linked from emails. Default the address of
 *   the deployed portal (its CloudFront distribution, see web.ts).
 * - `corsOrigins`: browser origins of the portal, comma-separated: they may call the API and the
 *   files bucket, and Cognito's managed login returns to them. Default the deployed portal's origin.
 * - `authDomainPrefix`: the prefix of Cognito's managed login domain
 *   (`https://<prefix>.auth.<region>.amazoncognito.com`), unique in the region. Default
 *   `ticketflow-<account id>`.
 * - `supportAlertEmail`: the support team's address, subscribed by email to the alert topic
 *   (urgent tickets, notifications that could not be sent). Default none: subscribe it yourself.
 * - `platformName`: the platform's name, in the labels seed 001 gives with its company's name
 *   ("In progress - 3Commas"). Default none: those labels read "In progress".
 * - `statusWording`: the platform's own customer-facing label and meaning of any status, by ticket
 *   type (or `*` for every type with that status) then status code, as an object in cdk.json or JSON
 *   with `-c`. Default none: the seeds' words. An unknown type or status fails the synth, naming it.
 * - `clock`: the clock's settings (timers, business calendar, service levels, complaint rule; see
 *   functions/domain/clock/settings.ts and the README's configuration table), as an object in
 *   cdk.json or JSON with `-c`; what it leaves out keeps its default. A bad setting fails the synth,
 *   naming it (`clock.serviceLevels.targets.high.firstReply: Not a duration...`).
 */
export interface DeploymentSettings {
  /** The functions' configuration; the portal's address stands for an absent portalUrl. */
  readonly config: Readonly<Record<Exclude<ConfigKey, 'portalUrl'>, string> & { portalUrl?: string | undefined }>;
  /** The portal's origins; none means the deployed portal's own. */
  readonly corsOrigins: readonly string[];
  readonly authDomainPrefix?: string | undefined;
  readonly supportAlertEmail?: string | undefined;
  /** The platform's words for statuses; the seeds' when absent. */
  readonly wording?: Wording | undefined;
  /** The clock's settings as the deployment gave them (checked); the defaults when absent. */
  readonly clock?: unknown;
}

export const defaultDeploymentSettings: DeploymentSettings = {
  config: { senderAddress: 'support@example.com', senderName: 'Ticketflow' },
  corsOrigins: [],
};

/**
 * Reads the deployment settings from the CDK context of `node`, falling back to the defaults.
 * Throws when senderAddress or supportAlertEmail is not an email address, senderName (or the
 * platformName that stands for it) is empty, too long or has a control character, portalUrl or an origin is not an https URL (http is accepted for
 * localhost only), authDomainPrefix is not one Cognito accepts, or platformName and statusWording are not a wording of the catalogue (naming the
 * unknown type or status).
 */
export function readDeploymentSettings(node: Node): DeploymentSettings {
  const senderAddress = stringContext(node, 'senderAddress') ?? defaultDeploymentSettings.config.senderAddress;
  const namedSender = stringContext(node, 'senderName');
  const platformName = stringContext(node, 'platformName');
  // Emails come from the platform by name unless the deployment names their sender otherwise.
  const senderName = namedSender ?? platformName ?? defaultDeploymentSettings.config.senderName;
  checkSenderName(senderName, namedSender === undefined && platformName !== undefined ? 'platformName (the default senderName)' : 'senderName');
  const portalUrl = stringContext(node, 'portalUrl');
  const corsOrigins = listContext(node, 'corsOrigins') ?? defaultDeploymentSettings.corsOrigins;
  const supportAlertEmail = stringContext(node, 'supportAlertEmail');
  for (const [key, address] of [['senderAddress', senderAddress], ['supportAlertEmail', supportAlertEmail]] as const) {
    if (address !== undefined && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address)) throw new Error(`Context ${key} is not an email address: ${address}`);
  }
  for (const url of [...(portalUrl === undefined ? [] : [portalUrl]), ...corsOrigins]) checkWebAddress(url);
  const authDomainPrefix = stringContext(node, 'authDomainPrefix');
  if (authDomainPrefix !== undefined) checkAuthDomainPrefix(authDomainPrefix);
  const wording = wordingContext(node);
  const clock = clockContext(node);
  return {
    config: { senderAddress, senderName, ...(portalUrl === undefined ? {} : { portalUrl }) },
    corsOrigins,
    ...(authDomainPrefix ? { authDomainPrefix } : {}),
    ...(supportAlertEmail ? { supportAlertEmail } : {}),
    ...(wording ? { wording } : {}),
    ...(clock !== undefined ? { clock } : {}),
  };
}

/** The `clock` context as given (an object, or JSON text parsed), after parseClockSettings accepted it. */
function clockContext(node: Node): unknown {
  const value: unknown = node.tryGetContext('clock');
  if (value === undefined || value === '') return undefined;
  const given = typeof value === 'string' ? parseJson(value, 'clock') : value;
  parseClockSettings(given, 'clock');
  return given;
}

/** The domain part of an email address: the SES identity that sends as it. */
export function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1);
}

function stringContext(node: Node, key: string): string | undefined {
  const value: unknown = node.tryGetContext(key);
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') throw new Error(`Context ${key} must be a string`);
  return value;
}

function wordingContext(node: Node): Wording | undefined {
  const platformName = stringContext(node, 'platformName');
  const statuses: unknown = node.tryGetContext('statusWording');
  if (platformName === undefined && (statuses === undefined || statuses === '')) return undefined;
  const parsedStatuses = statuses === undefined || statuses === '' ? undefined : parseWording({ statuses: typeof statuses === 'string' ? parseJson(statuses, 'statusWording') : statuses }, 'Context statusWording');
  return parseWording({ ...(platformName !== undefined ? { platformName } : {}), ...(parsedStatuses ?? {}) }, 'Context platformName');
}

function parseJson(text: string, key: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`Context ${key} is not JSON: ${text}`);
  }
}

function listContext(node: Node, key: string): string[] | undefined {
  const value: unknown = node.tryGetContext(key);
  if (value === undefined || value === '') return undefined;
  // `-c key=a,b` arrives as a string; cdk.json may hold an array.
  const items = typeof value === 'string' ? value.split(',') : value;
  if (!Array.isArray(items) || !items.every((item) => typeof item === 'string')) throw new Error(`Context ${key} must be a list of strings`);
  return items.map((item) => item.trim()).filter((item) => item !== '');
}

function checkSenderName(name: string, key: string): void {
  if (name.trim() === '' || [...name].length > 64 || /[\p{Cc}\p{Zl}\p{Zp}]/u.test(name)) throw new Error(`Context ${key} must be 1 to 64 characters on one line: ${JSON.stringify(name)}`);
}

function checkWebAddress(value: string): void {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`Not a URL in the deployment settings: ${value}`);
  }
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  if (url.protocol !== 'https:' && !(local && url.protocol === 'http:')) throw new Error(`Not an https URL in the deployment settings: ${value}`);
}

// Cognito's rule for a prefix domain: it fails the deployment, so the synth names it first.
function checkAuthDomainPrefix(prefix: string): void {
  if (!/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(prefix) || /aws|amazon|cognito/.test(prefix)) {
    throw new Error(`Context authDomainPrefix must be lowercase letters, digits and inner hyphens, at most 63, without aws, amazon or cognito: ${prefix}`);
  }
}
