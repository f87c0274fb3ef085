import { awaitPerson } from '../use-cases/workflow-tasks';
import type { AwaitPersonInput } from '../use-cases/workflow-tasks';
import { workflowDeps } from '../use-cases/workflow-deps';

/** Callback task: stores the token of a wait for compliance, finance, an agent or the customer. */
export const handler = (input: AwaitPersonInput) => awaitPerson(workflowDeps, input);
