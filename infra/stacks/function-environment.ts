import type { ConfigKey, FunctionSpec } from '../system';

/** What the deployment knows when it resolves a function's environment. */
export interface DeployedEnvironmentContext {
  readonly stateMachineArnOf: (name: string) => string;
  readonly config: Readonly<Record<ConfigKey, string>>;
  readonly tableName: string;
}

/**
 * The function's own variables as deployed: literals as written, references resolved to the
 * deployed table name, state machine ARN or deployment setting. The local cloud resolves the same
 * references in infra/local/environment.ts.
 */
export function deployedEnvironment(spec: FunctionSpec, context: DeployedEnvironmentContext): Record<string, string> {
  return Object.fromEntries(
    Object.entries(spec.environment).map(([key, value]): [string, string] => {
      if (typeof value === 'string') return [key, value];
      switch (value.ref) {
        case 'tableName':
          return [key, context.tableName];
        case 'stateMachineArn':
          return [key, context.stateMachineArnOf(value.stateMachine)];
        case 'config':
          return [key, context.config[value.key]];
      }
    }),
  );
}
