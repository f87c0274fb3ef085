import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { StateMachineSpec, SubstitutionValue } from '../../system';

function substitutionText(value: SubstitutionValue, functionArnOf: (name: string) => string): string {
  if (typeof value === 'object') return functionArnOf(value.function);
  return String(value);
}

/**
 * Reads the ASL file of a state machine and applies its substitutions the way CDK's
 * `definitionSubstitutions` does: every `${Name}` becomes the value of `Name`, a
 * `{ ref: 'functionArn' }` becoming the ARN `functionArnOf` gives for that function.
 * @throws Error when the file cannot be read, or naming every placeholder left without a value.
 */
export function renderDefinition(rootDir: string, spec: StateMachineSpec, functionArnOf: (name: string) => string): string {
  const file = path.resolve(rootDir, spec.aslFile);
  const template = readFileSync(file, 'utf8');
  const missing = new Set<string>();
  const rendered = template.replace(/\$\{([^}]*)\}/g, (placeholder, name: string) => {
    const value = spec.substitutions[name];
    if (value === undefined) {
      missing.add(placeholder);
      return placeholder;
    }
    return substitutionText(value, functionArnOf);
  });
  if (missing.size > 0) {
    throw new Error(`${spec.aslFile} has placeholders without a substitution: ${[...missing].join(', ')}`);
  }
  return rendered;
}
