import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import aslValidator from 'asl-validator';
import { describe, expect, it } from 'vitest';
import { renderDefinition } from '../../../infra/local/stepfunctions/render-definition';
import { prepareDefinition } from '../../../infra/local/stepfunctions/definition';
import { system } from '../../../infra/system';
import { WriteContentionError } from '../../../functions/domain/errors';
import { ProviderUnavailableError } from '../../../functions/providers/types';
import { TicketMovedOnError } from '../../../functions/use-cases/workflows/set-status';
import { workflowsFixtures } from '../../fixtures/workflows/system';

const rootDir = path.resolve(import.meta.dirname, '../../..');
const files = readdirSync(path.join(rootDir, 'statemachines')).filter((file) => file.endsWith('.asl.json'));
const functionArn = (name: string) => `arn:aws:lambda:us-east-1:000000000000:function:${name}`;

function problemsOf(definition: unknown): string {
  const { isValid, errorsText } = aslValidator(definition as never);
  return isValid ? '' : errorsText('\n');
}

describe('the state machines in statemachines/', () => {
  it('are the refund, KYC and withdrawal workflows, each declared in the system', () => {
    expect(files.sort()).toEqual(['kyc.asl.json', 'refund.asl.json', 'withdrawal.asl.json']);
    expect(Object.values(system.stateMachines).map((machine) => path.basename(machine.aslFile)).sort()).toEqual(files.sort());
  });

  it.each(files)('%s passes asl-validator as it is kept (placeholders and all)', (file) => {
    expect(problemsOf(JSON.parse(readFileSync(path.join(rootDir, 'statemachines', file), 'utf8')))).toBe('');
  });

  it.each(Object.entries(system.stateMachines))('%s passes asl-validator and the local interpreter with its deployed substitutions', (name, spec) => {
    const rendered = renderDefinition(rootDir, spec, functionArn);
    expect(problemsOf(JSON.parse(rendered))).toBe('');
    expect(() => prepareDefinition(name, rendered)).not.toThrow();
  });

  it.each(Object.entries(workflowsFixtures.stateMachines))('%s renders with the test cloud’s substitutions too', (name, spec) => {
    const rendered = renderDefinition(rootDir, spec, functionArn);
    expect(problemsOf(JSON.parse(rendered))).toBe('');
    expect(() => prepareDefinition(name, rendered)).not.toThrow();
  });

  it.each(Object.entries(system.stateMachines))('%s names every state as the customer reads it or as ops read it, never a code', (_name, spec) => {
    const definition = JSON.parse(readFileSync(path.join(rootDir, spec.aslFile), 'utf8')) as { States: Record<string, unknown> };
    for (const state of Object.keys(definition.States)) expect(state).toMatch(/^[A-Z][A-Za-z0-9 ?]*$/);
  });

  it.each(Object.entries(system.stateMachines))('%s gives every wait a timeout, handled unless agents already had the ticket', (_name, spec) => {
    const definition = JSON.parse(readFileSync(path.join(rootDir, spec.aslFile), 'utf8')) as { States: Record<string, Record<string, unknown>> };
    const waits = Object.entries(definition.States).filter(([, state]) => String(state['Resource']).endsWith('.waitForTaskToken'));
    expect(waits.length).toBeGreaterThan(0);
    for (const [state, wait] of waits) {
      expect(wait['TimeoutSecondsPath'] ?? wait['TimeoutSeconds'], state).toBeDefined();
      // After an escalation, a second timeout fails the execution at the wait itself: ops are
      // alarmed, and a redrive of that state waits again.
      const afterEscalation = state === 'Needs an agent' || state.startsWith('Still waiting for');
      expect(JSON.stringify(wait['Catch'] ?? []).includes('States.Timeout'), state).toBe(!afterEscalation);
    }
  });

  it.each(Object.entries(system.stateMachines))('%s retries and catches task errors by the names the tasks throw them with', (_name, spec) => {
    const thrown = new Set([new WriteContentionError().name, new TicketMovedOnError().name, new ProviderUnavailableError().name]);
    const named = new Set<string>();
    JSON.parse(readFileSync(path.join(rootDir, spec.aslFile), 'utf8'), (key, value: unknown) => {
      if (key === 'ErrorEquals' && Array.isArray(value)) value.forEach((name) => named.add(String(name)));
      return value;
    });
    const ours = [...named].filter((name) => !name.startsWith('States.') && !name.startsWith('Lambda.'));
    expect(ours.length).toBeGreaterThan(0);
    for (const name of ours) expect(thrown, name).toContain(name);
  });
});
