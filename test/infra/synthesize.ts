import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import type { CloudAssembly } from 'aws-cdk-lib/cx-api';
import { Template } from 'aws-cdk-lib/assertions';
import { repositoryRoot } from '../../infra/constructs/repository-root';
import { defaultDeploymentSettings } from '../../infra/stacks/deployment-settings';
import type { DeploymentSettings } from '../../infra/stacks/deployment-settings';
import { compliancePacks, defineTicketflow } from '../../infra/stacks/ticketflow';
import type { TicketflowStacks } from '../../infra/stacks/ticketflow';
import { system, type SystemSpec } from '../../infra/system';
import { TicketflowFunction } from '../../infra/constructs/ticketflow-function';

/** A synthesized Ticketflow deployment, as the tests look at it. */
export interface Synthesized {
  readonly app: App;
  readonly stacks: TicketflowStacks;
  readonly stateful: Template;
  readonly stateless: Template;
  readonly portal: Template;
  readonly portalContent: Template;
  readonly assembly: CloudAssembly;
  /** Every finding of the compliance packs nobody acknowledged, as `RuleId at construct/path`. */
  readonly findings: readonly string[];
}

export interface SynthesizeOptions {
  readonly settings?: DeploymentSettings;
}

/** The context `cdk synth` gives the app (feature flags from cdk.json), so tests see the same templates. */
function cdkJsonContext(): Record<string, unknown> {
  const cdkJson = JSON.parse(readFileSync(join(repositoryRoot, 'cdk.json'), 'utf8')) as { context?: Record<string, unknown> };
  return cdkJson.context ?? {};
}

/*
 * Syntheses already made in this worker, by system and options: the infra project does not isolate
 * its files, so files that look at the same deployment share one synthesis (seconds each) instead
 * of making their own. Tests only read what they get.
 */
const made = new WeakMap<SystemSpec, Map<string, Synthesized>>();

/**
 * Synthesizes the stacks of `system` the way infra/app.ts does, without bundling the functions (see
 * bundledFunction), and runs the compliance packs over them, once per worker for the same system
 * and options.
 */
export function synthesize(system: SystemSpec, options: SynthesizeOptions = {}): Synthesized {
  const bySettings = made.get(system) ?? new Map<string, Synthesized>();
  made.set(system, bySettings);
  const key = JSON.stringify(options.settings ?? defaultDeploymentSettings);
  const known = bySettings.get(key);
  if (known) return known;
  const synthesized = synthesizeAnew(system, options);
  bySettings.set(key, synthesized);
  return synthesized;
}

function synthesizeAnew(system: SystemSpec, options: SynthesizeOptions): Synthesized {
  const app = new App({
    context: { ...cdkJsonContext(), 'aws:cdk:bundling-stacks': [] },
  });
  const stacks = defineTicketflow(app, system, options.settings ?? defaultDeploymentSettings);
  const assembly = app.synth();
  const findings = compliancePacks().flatMap((pack) =>
    pack.validateScope(app).violations.flatMap((violation) =>
      violation.violatingResources.map((resource) => `${violation.ruleName} at ${resource.constructPath ?? '?'}`),
    ),
  );
  return {
    app,
    stacks,
    stateful: Template.fromStack(stacks.stateful),
    stateless: Template.fromStack(stacks.stateless),
    portal: Template.fromStack(stacks.portal),
    portalContent: Template.fromStack(stacks.portalContent),
    assembly,
    findings,
  };
}

const bundles = new Map<string, string>();

/**
 * The folder of the asset CDK bundles for one function of the product's system: the function's
 * construct (infra/constructs/ticketflow-function.ts) alone in a stack, synthesized with bundling
 * as `cdk synth` does. One function, not the whole system: esbuild runs once per function, and
 * bundling all of them took a minute and a half of a 2-core machine for the two bundles tests read.
 */
export function bundledFunction(name: string): string {
  const known = bundles.get(name);
  if (known) return known;
  const spec = system.functions[name];
  if (!spec) throw new Error(`The system has no function ${name}`);
  const app = new App({ context: cdkJsonContext() });
  const stack = new Stack(app, 'Bundle');
  new TicketflowFunction(stack, 'Bundled', { spec, environment: {} });
  const assembly = app.synth();
  const [deployed] = Object.values(resourcesOf(Template.fromStack(stack), 'AWS::Lambda::Function'));
  const key = (deployed?.Properties['Code'] as { S3Key: string }).S3Key;
  const folder = join(assembly.directory, `asset.${key.replace(/\.zip$/, '')}`);
  bundles.set(name, folder);
  return folder;
}

/** The CloudFormation resources of one type in a template, by logical id. */
export function resourcesOf(template: Template, type: string): Record<string, { Properties: Record<string, unknown>; [key: string]: unknown }> {
  return template.findResources(type) as Record<string, { Properties: Record<string, unknown> }>;
}

/**
 * What a value of the stateless stack refers to in the stateful one: `{ Ref: id }` or
 * `{ 'Fn::GetAtt': [id, attr] }`, whichever way (import or stack output) the reference crosses.
 */
export function producerOf(value: unknown, stateful: Template): unknown {
  const outputs = stateful.toJSON()['Outputs'] as Record<string, { Value: unknown; Export?: { Name: string } }>;
  const record = value as Record<string, unknown>;
  if (record['Fn::GetStackOutput']) {
    const name = (record['Fn::GetStackOutput'] as { OutputName: string }).OutputName;
    return outputs[name]?.Value;
  }
  if (record['Fn::ImportValue']) {
    const exportName = record['Fn::ImportValue'];
    return Object.values(outputs).find((output) => output.Export?.Name === exportName)?.Value;
  }
  return undefined;
}
