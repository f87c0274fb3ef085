import { App, Validations } from 'aws-cdk-lib';
import { checkSystem, system } from './system';
import { readDeploymentSettings } from './stacks/deployment-settings';
import { compliancePacks, defineTicketflow } from './stacks/ticketflow';

// The CDK entry (cdk.json). Environment-agnostic: no account or region, so synthesis needs no
// AWS credentials and does no lookups. Settings come from context; see deployment-settings.ts.
checkSystem(system);
const app = new App();
defineTicketflow(app, system, readDeploymentSettings(app.node));
Validations.of(app).addPlugins(...compliancePacks());
