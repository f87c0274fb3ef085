import { taskHandler } from '../shared/entry-point';
import { awaitPerson } from '../use-cases/workflows/await-person';
import { workflowDeps } from '../use-cases/workflows/deps';
import { awaitPersonInput } from './inputs';

/** Callback task: stores the token of a wait for compliance, finance, an agent or the customer. */
export const handler = taskHandler(awaitPersonInput, (input) => awaitPerson(workflowDeps, input));
