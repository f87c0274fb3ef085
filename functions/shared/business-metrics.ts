/*
 * The product's business metrics as operations see them: what each counts and the dimensions it is
 * counted by. Plain data, read by the functions (./observability.ts) and by the CDK app's dashboard
 * (infra/stacks/observability.ts), so a metric is named once.
 */

/** The CloudWatch namespace of every metric the functions publish. */
export const metricsNamespace = 'Ticketflow';

/** The service name every log line and metric carries (`service`). */
export const serviceName = 'ticketflow';

/** Each business metric and the dimensions it is counted by (besides `service`). */
export const businessMetrics = {
  TicketsOpened: { dimensions: ['type'], meaning: 'tickets opened, by ticket type' },
  StatusChanges: { dimensions: ['type'], meaning: 'status changes (solving and reopening included), by ticket type' },
  WorkflowOutcomes: { dimensions: ['type', 'outcome'], meaning: 'workflows ended, by ticket type and outcome' },
  WorkflowEscalations: { dimensions: ['type'], meaning: 'workflows that handed their ticket to agents, by ticket type' },
  EmailsSent: { dimensions: [], meaning: 'emails sent to requesters' },
  EmailsFailed: { dimensions: [], meaning: 'emails to requesters whose sending failed (retried by the stream)' },
  WebhooksRefused: { dimensions: ['provider'], meaning: 'webhook deliveries refused (bad signature or body), by provider' },
} as const satisfies Readonly<Record<string, { readonly dimensions: readonly string[]; readonly meaning: string }>>;

export type BusinessMetricName = keyof typeof businessMetrics;

/** The business metrics' names, in the order the dashboard shows them. */
export const businessMetricNames = Object.keys(businessMetrics) as BusinessMetricName[];
