import { assess } from '../services/workflow-tasks';
import type { AssessInput } from '../services/workflow-tasks';
import { workflowDeps } from '../services/workflow-deps';

/** Task `assess`: the automatic checks of "In progress" (eligibility, limits, completeness). */
export const handler = (input: AssessInput) => assess(workflowDeps, input);
