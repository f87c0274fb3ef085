import { awaitPerson } from '../services/workflow-tasks';
import type { AwaitPersonInput } from '../services/workflow-tasks';
import { workflowDeps } from '../services/workflow-deps';

/** Callback task: stores the token of a wait for compliance, finance, an agent or the customer. */
export const handler = (input: AwaitPersonInput) => awaitPerson(workflowDeps, input);
