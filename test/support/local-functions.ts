import path from 'node:path';
import { inject } from 'vitest';
import { FunctionBundler } from '../../infra/local/bundles';
import { defaultFunctionConcurrency } from '../../infra/local/config';
import { localDeploymentConfig, localFunctionEnvironment } from '../../infra/local/environment';
import { LocalFunctions, type LocalFunctionDefinition } from '../../infra/local/functions';
import type { FunctionSpec } from '../../infra/system';
import { testDeploymentWordingEnv } from './test-deployment';

const rootDir = path.resolve(import.meta.dirname, '../..');

/** A function a test runs beside the local cloud: its entry file instead of a built bundle. */
export type TestFunctionDefinition = Omit<LocalFunctionDefinition, 'bundle'> & { readonly entry: string };

/** Functions a test runs itself, and the one call that stops them and removes their bundles. */
export interface TestFunctions {
  readonly functions: LocalFunctions;
  stop(): Promise<void>;
}

/**
 * Runs the functions as the local cloud does (bundled on first use, in sandboxes of their own),
 * for a test that drives a function directly instead of through the cloud's gateway or stream
 * poller.
 */
export async function startTestFunctions(
  definitions: Readonly<Record<string, TestFunctionDefinition>>,
  region: string,
): Promise<TestFunctions> {
  const bundler = await FunctionBundler.create(
    Object.fromEntries(Object.entries(definitions).map(([name, definition]) => [name, definition.entry])),
    rootDir,
  );
  const functions = new LocalFunctions(
    Object.fromEntries(
      Object.entries(definitions).map(([name, { entry: _entry, ...definition }]) => [name, { ...definition, bundle: () => bundler.bundleOf(name) }]),
    ),
    { region, concurrency: defaultFunctionConcurrency },
  );
  return {
    functions,
    stop: async () => {
      await functions.close();
      await bundler.remove();
    },
  };
}

/**
 * The environment the shared test cloud would give the function `name` of `spec`: its services'
 * endpoints, its table, the deployment settings and clock the cloud runs with (the seeds' words:
 * none of the functions tests run beside it needs the deployment's).
 */
export function sharedCloudEnvironment(name: string, spec: FunctionSpec): Record<string, string> {
  const cloud = inject('localCloud');
  return localFunctionEnvironment(name, spec, {
    region: cloud.region,
    tableName: cloud.tableName,
    endpoints: { dynamodb: cloud.dynamodb, ses: cloud.ses, stepFunctions: cloud.stepFunctions, queues: cloud.queues },
    stateMachineArnOf: (machine) => machine,
    config: localDeploymentConfig({ ...process.env, ...testDeploymentWordingEnv }),
    clock: inject('testClock'),
  });
}
