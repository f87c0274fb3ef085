import { assess } from '../use-cases/workflows/assess';
import type { AssessInput } from '../use-cases/workflows/assess';
import { workflowDeps } from '../use-cases/workflows/deps';

/** Task `assess`: the automatic checks of "In progress" (eligibility, limits, completeness). */
export const handler = (input: AssessInput) => assess(workflowDeps, input);
