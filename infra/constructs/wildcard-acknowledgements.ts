import { Stack, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/**
 * A CloudFormation value as cdk-nag names it in a finding's id (`<Bucket.Arn>/uploads/*`): its
 * flattenCfnReference, which cdk-nag does not export, hence this copy of its rules.
 */
function flattened(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value.replace(/\$\{/g, '<').replace(/\}/g, '>');
  const node = value as Record<string, unknown>;
  if (node['Fn::Join']) {
    const [delimiter, items] = node['Fn::Join'] as [string, unknown[]];
    return items.map(flattened).join(delimiter);
  }
  if (node['Fn::Sub']) return flattened(node['Fn::Sub']);
  if (node['Fn::GetAtt']) {
    const [resource, attribute] = node['Fn::GetAtt'] as [unknown, unknown];
    return `<${flattened(resource)}.${flattened(attribute)}>`;
  }
  if (node['Fn::ImportValue']) return flattened(node['Fn::ImportValue']);
  if (node['Ref']) return `<${flattened(node['Ref'])}>`;
  return JSON.stringify(value);
}

/**
 * Acknowledges cdk-nag's AwsSolutions-IAM5 finding for each of these wildcard resources (and only
 * them) on `scope`. The ids are made when the tree is validated, after synthesis resolved the
 * references between stacks: a bucket of the stateful stack is named by the stateless stack's
 * reference to it, which exists only then.
 */
export function acknowledgeWildcardResources(scope: IConstruct, resources: readonly string[], reason: string): void {
  scope.node.addValidation({
    validate: () => {
      const stack = Stack.of(scope);
      for (const resource of resources) {
        Validations.of(scope).acknowledge({ id: `AwsSolutions-IAM5[Resource::${flattened(stack.resolve(resource))}]`, reason });
      }
      return [];
    },
  });
}
