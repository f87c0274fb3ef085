import { awaitPerson } from '../use-cases/workflows/await-person';
import type { AwaitPersonInput } from '../use-cases/workflows/await-person';
import { workflowDeps } from '../use-cases/workflows/deps';

/** Callback task: stores the token of a wait for compliance, finance, an agent or the customer. */
export const handler = (input: AwaitPersonInput) => awaitPerson(workflowDeps, input);
