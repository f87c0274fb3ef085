import { taskHandler } from '../shared/entry-point';
import { assess } from '../use-cases/workflows/assess';
import { workflowDeps } from '../use-cases/workflows/deps';
import { assessInput } from './inputs';

/** Task `assess`: the automatic checks of "In progress" (eligibility, limits, completeness). */
export const handler = taskHandler(assessInput, (input) => assess(workflowDeps, input));
