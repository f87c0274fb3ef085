import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import type { NagPack } from 'cdk-nag';
import type { Construct } from 'constructs';
import type { SystemSpec } from '../system';
import type { DeploymentSettings } from './deployment-settings';
import { StatefulStack } from './stateful-stack';
import { StatelessStack } from './stateless-stack';
import { authDomainPrefix, managedLoginUrl } from './managed-login';
import { PortalContentStack, PortalHostingStack } from './web';

/** The stacks of one Ticketflow deployment, in the order they deploy. */
export interface TicketflowStacks {
  readonly portal: PortalHostingStack;
  readonly stateful: StatefulStack;
  readonly stateless: StatelessStack;
  readonly portalContent: PortalContentStack;
}

/**
 * Adds a Ticketflow deployment of `system` to the app: the portal's hosting (its address), the
 * stateful stack (table, user pool, files), the stateless stack built on them, and the portal's
 * files. The portal's origin stands for absent corsOrigins and portalUrl settings. Throws if the
 * stateless part names a function or state machine the system lacks.
 */
export function defineTicketflow(scope: Construct, system: SystemSpec, settings: DeploymentSettings): TicketflowStacks {
  const prefix = authDomainPrefix(settings.authDomainPrefix);
  const portal = new PortalHostingStack(scope, 'TicketflowPortal', {
    signInUrl: managedLoginUrl(prefix),
    description: 'Ticketflow customer portal: its bucket and CloudFront distribution',
  });
  const portalOrigins = settings.corsOrigins.length > 0 ? settings.corsOrigins : [portal.origin];
  const stateful = new StatefulStack(scope, 'TicketflowStateful', {
    system,
    portalOrigins,
    authDomainPrefix: prefix,
    description: 'Ticketflow data: the ticket table, the customers user pool and the files bucket (retained)',
  });
  const stateless = new StatelessStack(scope, 'TicketflowStateless', {
    system,
    settings,
    portal: { url: settings.config.portalUrl ?? portal.origin, origins: portalOrigins },
    table: stateful.table,
    userPool: stateful.userPool,
    userPoolClient: stateful.userPoolClient,
    providerSecret: stateful.providerSecret,
    ratingLinkSecret: stateful.ratingLinkSecret,
    filesBucket: stateful.files.bucket,
    description: 'Ticketflow compute: functions, HTTP API, stream consumers, state machines',
  });
  const portalContent = new PortalContentStack(scope, 'TicketflowPortalContent', {
    hosting: portal,
    config: {
      apiUrl: stateless.httpApi.stage.url,
      auth: { domain: stateful.managedLogin.url, clientId: stateful.userPoolClient.userPoolClientId },
    },
    description: 'Ticketflow customer portal: the web app and its /config.json',
  });
  return { portal, stateful, stateless, portalContent };
}

/**
 * The cdk-nag rule packs every deployment must pass, as fresh instances: register them with
 * `Validations.of(app).addPlugins(...)` so synthesis fails on an unacknowledged finding.
 */
export function compliancePacks(): NagPack[] {
  return [new AwsSolutionsChecks(), new ServerlessChecks()];
}
