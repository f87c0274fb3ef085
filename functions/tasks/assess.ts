import { assess } from '../use-cases/workflow-tasks';
import type { AssessInput } from '../use-cases/workflow-tasks';
import { workflowDeps } from '../use-cases/workflow-deps';

/** Task `assess`: the automatic checks of "In progress" (eligibility, limits, completeness). */
export const handler = (input: AssessInput) => assess(workflowDeps, input);
