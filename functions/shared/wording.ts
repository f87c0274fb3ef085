import * as z from 'zod/mini';
import { seedWording, wordingProblems, type Wording } from '../domain/catalog';
import { fieldProblems } from './schema-problems';
import { settingFromEnv } from './settings-from-env';

/** The variable in which the system description gives a function the deployment's wording, as JSON. */
export const wordingVariable = 'PLATFORM_WORDING';

const wordsSchema = z.strictObject({ label: z.optional(z.string()), meaning: z.optional(z.string()) });
const wordingSchema = z.strictObject({
  platformName: z.optional(z.string()),
  statuses: z.optional(z.record(z.string(), z.record(z.string(), wordsSchema))),
});

/**
 * Reads a deployment's wording (the platform's name, and labels and meanings by type and status)
 * from a setting: an object, or its JSON text.
 * @throws Error naming `setting` and every problem: not JSON, not the shape of a wording, or an
 * unknown ticket type or status, so a deployment that misnames one fails before it runs.
 */
export function parseWording(value: unknown, setting: string): Wording {
  let raw = value;
  if (typeof value === 'string') {
    try {
      raw = JSON.parse(value);
    } catch {
      throw new Error(`${setting} is not JSON: ${value}`);
    }
  }
  const parsed = wordingSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`${setting} is not a wording ({ "platformName": ..., "statuses": { "<type or *>": { "<status>": { "label": ..., "meaning": ... } } } }): ${fieldProblems(parsed.error).map((problem) => `${problem.path}: ${problem.message}`).join('; ')}`);
  }
  const wording = parsed.data as Wording;
  const problems = wordingProblems(wording);
  if (problems.length > 0) throw new Error(`${setting} names what the catalogue does not have:\n- ${problems.join('\n- ')}`);
  return wording;
}

/**
 * The deployment's wording as the function's environment gives it (PLATFORM_WORDING, read once);
 * the seeds' words where the variable is not set (code run outside a deployment: tests, the
 * OpenAPI build).
 * @throws Error when the variable holds no valid wording (see parseWording).
 */
export const deploymentWording: () => Wording = settingFromEnv(wordingVariable, parseWording, () => seedWording);
