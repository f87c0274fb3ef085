/**
 * The one description of Ticketflow: its table, functions, routes, stream consumers and state
 * machines. The CDK app (infra/app.ts) and the local cloud (infra/local/) both read it, so what
 * runs on a laptop cannot drift from what is deployed. Nothing here imports CDK or the SDK.
 */
import { routes } from '../functions/api/routes';
import type { Route } from '../functions/api/routes';
import { workflowTypes } from '../functions/domain/types';
import { machineArnVariables } from '../functions/gateways/machine-variables';
import { checkSettings, kycCustomerAnswered } from '../functions/domain/workflow-rules';
import { agentGroup } from '../functions/shared/roles';
import { wordingVariable } from '../functions/shared/wording';
import { seedWording, type Wording } from '../functions/domain/catalog';
import { clockSettingsVariable } from '../functions/shared/clock-settings';

/** A key attribute of the table or of an index. */
export interface KeySpec {
  readonly name: string;
  readonly type: 'S' | 'N';
}

/** A global secondary index; sparse when items may lack its keys. */
export interface IndexSpec {
  readonly name: string;
  readonly partitionKey: KeySpec;
  readonly sortKey?: KeySpec;
}

/** The single DynamoDB table: keys, indexes, TTL and its stream. */
export interface TableSpec {
  /** Logical name; the deployed table's physical name is left to CloudFormation. */
  readonly id: string;
  readonly partitionKey: KeySpec;
  readonly sortKey: KeySpec;
  readonly indexes: readonly IndexSpec[];
  readonly timeToLiveAttribute: string;
  readonly stream: 'NEW_AND_OLD_IMAGES' | 'NEW_IMAGE' | 'OLD_IMAGE' | 'KEYS_ONLY';
}

/**
 * A value of a function's environment: a literal, or a reference the deployment (CDK) and the
 * local cloud each resolve in their own way.
 */
export type EnvValue =
  | string
  | { readonly ref: 'tableName' }
  | { readonly ref: 'stateMachineArn'; readonly stateMachine: string }
  | { readonly ref: 'config'; readonly key: ConfigKey }
  /** The deployment's wording (platform name, status labels and meanings) as JSON; see functions/shared/wording.ts. */
  | { readonly ref: 'wording' }
  /** The deployment's clock settings (timers, calendar, service levels, complaints) as JSON; see functions/domain/clock/settings.ts. */
  | { readonly ref: 'clock' }
  /** The HTTP API's base URL, where an email's links to the API's own pages go (the rating links). */
  | { readonly ref: 'apiUrl' };

/** Deployment settings a function may need; see `config` below. */
export type ConfigKey = 'senderAddress' | 'senderName' | 'portalUrl';

/** What a function may do with the table; the CDK app turns this into least-privilege grants. */
export type TableAccess = 'none' | 'read' | 'readWrite';

/** One Lambda function: its entry file and what it needs. */
export interface FunctionSpec {
  /** Path from the repository root to the file exporting `handler`. */
  readonly entry: string;
  readonly description: string;
  readonly environment: Readonly<Record<string, EnvValue>>;
  readonly table: TableAccess;
  /** State machines whose executions it starts, or whose tasks it answers. */
  readonly stateMachines?: {
    readonly start?: readonly string[];
    readonly answerTasks?: readonly string[];
    /** Stops executions (a customer cancelling their withdrawal). */
    readonly stop?: readonly string[];
    /** Reads executions and their history (the workflow view for agents). */
    readonly inspect?: readonly string[];
  };
  /**
   * Talks to the outside parties (Paddle, CoinPayments, J2TX): gets their base URLs and merchant
   * id in PADDLE_API_URL, COINPAYMENTS_API_URL, J2TX_API_URL, COINPAYMENTS_MERCHANT_ID, and may read
   * the provider secret named in PROVIDER_SECRETS_ID (see functions/providers/config.ts).
   */
  readonly callsProviders?: boolean;
  /**
   * Sends email through SES as the sender identity, in the notification configuration set (its
   * name in EMAIL_CONFIGURATION_SET).
   */
  readonly sendsEmail?: boolean;
  /** Publishes to the support team's alert topic (its ARN in ALERT_TOPIC_ARN). */
  readonly alertsTeam?: boolean;
  /**
   * Signs or checks the "Was this helpful?" links of solved tickets' emails: gets the name of the
   * secret holding their key in RATING_LINK_SECRET_ID, and may read that secret (and no other).
   */
  readonly ratingLinks?: boolean;
  /**
   * What it does with the files bucket (attachments), whose name it gets in FILES_BUCKET; the CDK
   * app turns each into least-privilege grants on the bucket's prefixes (see FilesSpec).
   */
  readonly files?: readonly FileAccess[];
  readonly timeoutSeconds?: number;
  readonly memoryMb?: number;
}

/**
 * What a function may do with the files bucket:
 * - `presignUploads`: sign POSTs that put objects under `uploads/`;
 * - `attach`: read objects under `uploads/` (the product's own check of size and type) and delete
 *   refused ones;
 * - `copyAttached`: copy objects from `uploads/` to `attachments/` (once their attachment is stored);
 * - `presignDownloads`: sign GETs of objects under `attachments/`;
 * - `deleteAttachments`: delete objects under `attachments/` (a threat found by the scan).
 */
export type FileAccess = 'presignUploads' | 'attach' | 'copyAttached' | 'presignDownloads' | 'deleteAttachments';

/**
 * The files bucket of attachments (functions/domain/attachment.ts): uploads land under
 * `uploads/` and expire unattached; attached files are copied under `attachments/`, the prefix
 * GuardDuty Malware Protection for S3 scans.
 */
export interface FilesSpec {
  /** Logical name; the deployed bucket's physical name is left to CloudFormation. */
  readonly id: string;
  /** Days after which an object under `uploads/` is deleted (S3 lifecycle counts whole days). */
  readonly uploadsExpireAfterDays: number;
  /**
   * The function that receives GuardDuty's scan results (its "Object Scan Result" events, through
   * an EventBridge rule; locally from the local scanner).
   */
  readonly scanResultFunction: string;
  /** What browsers may do with the bucket across origins (the deployment's `corsOrigins`). */
  readonly cors: FilesCorsSpec;
}

/** The bucket's CORS rule: browsers POST uploads to it and GET downloads from it. */
export interface FilesCorsSpec {
  readonly allowMethods: readonly ('GET' | 'POST' | 'HEAD')[];
  readonly allowHeaders: readonly string[];
  readonly exposeHeaders: readonly string[];
  readonly maxAgeSeconds: number;
}

export type { RouteAuth } from '../functions/api/routes';

/** One HTTP API route, as functions/api/routes.ts declares it, and the function that serves it. */
export interface RouteSpec extends Route {
  readonly function: string;
}

/**
 * One of Lambda's event filter patterns (the EventBridge pattern syntax), matched against a stream
 * record's JSON as the function would receive it: `eventName`, `dynamodb.Keys`,
 * `dynamodb.NewImage.<attribute>.S` and so on. Leaves are lists of values or operators
 * (`{ "prefix": ... }`, `{ "anything-but": [...] }`, `{ "exists": false }`, ...).
 */
export interface FilterPattern {
  readonly [field: string]: FilterPattern | readonly unknown[];
}

/** A function fed by the table's stream, configured as Lambda's event source mapping. */
export interface StreamConsumerSpec {
  readonly function: string;
  readonly batchSize: number;
  readonly maxBatchingWindowSeconds: number;
  readonly bisectBatchOnError: boolean;
  readonly retryAttempts: number;
  readonly reportBatchItemFailures: boolean;
  /**
   * Which records invoke the function: those matching any of the patterns (Lambda's FilterCriteria,
   * at most five); the others are passed over and never delivered. Without filters, every record.
   */
  readonly filters?: readonly FilterPattern[];
}

/**
 * A function run on a schedule: EventBridge's rule in AWS, a timer of the local cloud on a laptop,
 * both delivering EventBridge's scheduled event (whose `time` is the instant it fired for).
 */
export interface ScheduleSpec {
  readonly function: string;
  /** EventBridge's schedule expression. */
  readonly expression: 'rate(1 minute)';
  /** The same period in milliseconds, for the local cloud. */
  readonly everyMs: number;
}

/** A value substituted into an ASL file's `${Name}` placeholders. */
export type SubstitutionValue =
  | string
  | number
  | { readonly ref: 'functionArn'; readonly function: string };

/** A Step Functions state machine kept as an ASL file. */
export interface StateMachineSpec {
  readonly aslFile: string;
  readonly type: 'STANDARD' | 'EXPRESS';
  readonly substitutions: Readonly<Record<string, SubstitutionValue>>;
}

/**
 * What browsers may do across origins; the origins themselves are deployment settings (CDK context
 * `corsOrigins`, locally TICKETFLOW_CORS_ORIGINS).
 */
export interface CorsSpec {
  readonly allowMethods: readonly RouteSpec['method'][];
  readonly allowHeaders: readonly string[];
  readonly exposeHeaders: readonly string[];
  readonly maxAgeSeconds: number;
}

/** The whole system. */
export interface SystemSpec {
  readonly name: string;
  readonly table: TableSpec;
  readonly functions: Readonly<Record<string, FunctionSpec>>;
  readonly routes: readonly RouteSpec[];
  readonly streamConsumers: readonly StreamConsumerSpec[];
  readonly schedules: readonly ScheduleSpec[];
  readonly files: FilesSpec;
  readonly stateMachines: Readonly<Record<string, StateMachineSpec>>;
  /** The Cognito group whose members may use agent routes. */
  readonly agentGroup: string;
  readonly cors: CorsSpec;
}

/** What a function that names statuses to customers (API responses, emails) gets: the deployment's wording. */
const wordingEnvironment: Readonly<Record<string, EnvValue>> = { [wordingVariable]: { ref: 'wording' } };

/** An HTTP API function whose handler is functions/api/<file>.ts; every route may answer with a status. */
function api(file: string, description: string, table: TableAccess): FunctionSpec {
  return { entry: `functions/api/${file}.ts`, description, environment: wordingEnvironment, table };
}

/**
 * A route that changes a ticket. A write that keeps losing the race for a busy ticket retries for
 * as long as its invocation lasts (functions/use-cases/conflicts.ts), so it gets nearly all of the
 * 30 s that API Gateway waits for an answer rather than the usual 10 s.
 */
function ticketWriteRoute(file: string, description: string): FunctionSpec {
  return { ...api(file, description, 'readWrite'), timeoutSeconds: 28 };
}

/** One state machine per workflow type, named like it. */
const workflowMachines = workflowTypes;

/** The workflows' state machine ARNs, for functions that start, stop or read their executions. */
const machineArns: Readonly<Record<string, EnvValue>> = Object.fromEntries(
  workflowMachines.map((type) => [machineArnVariables[type], { ref: 'stateMachineArn', stateMachine: type }]),
);

/** A Lambda task of the workflows, whose handler is functions/tasks/<file>.ts. */
function workflowTask(file: string, description: string, table: TableAccess, extra: Partial<FunctionSpec> = {}): FunctionSpec {
  return { entry: `functions/tasks/${file}.ts`, description, environment: {}, table, ...extra };
}

/** A provider's webhook: checks the signature with the provider secret, answers the waiting workflow. */
function webhook(provider: string, description: string, machine: string): FunctionSpec {
  return { entry: `functions/webhooks/${provider}.ts`, description, environment: {}, table: 'readWrite', callsProviders: true, stateMachines: { answerTasks: [machine] } };
}

/**
 * The clock's settings (functions/domain/clock/settings.ts: timers, business calendar, service
 * levels, complaint rule), which a deployment gives as CDK context `clock` and the local cloud as
 * TICKETFLOW_CLOCK. Every function that writes tickets gets them (CLOCK_SETTINGS), so each write
 * stores the ticket's next timer by the same rule the clock fires it by; so does every function
 * that reads them, since the agents' views show each service level's clock by the same calendar.
 */
function withClockSettings(functions: Readonly<Record<string, FunctionSpec>>): Readonly<Record<string, FunctionSpec>> {
  return Object.fromEntries(
    Object.entries(functions).map(([name, spec]) => [name, spec.table !== 'none' ? { ...spec, environment: { ...spec.environment, [clockSettingsVariable]: { ref: 'clock' } } } : spec]),
  );
}

const fn = (name: string) => ({ ref: 'functionArn', function: name }) as const;
const days = (count: number) => count * 24 * 60 * 60;

/** The functions every workflow's tasks run, as its ASL file's substitutions name them. */
const workflowFunctions = {
  SetStatusFunction: fn('workflowSetStatus'),
  AssessFunction: fn('workflowAssess'),
  EscalateFunction: fn('workflowEscalate'),
  AwaitPersonFunction: fn('workflowAwaitPerson'),
} as const;

/** A new timeline event (event items are only ever inserted) with the given attributes. */
function timelineEvent(attributes: Record<string, FilterPattern | readonly unknown[]>): FilterPattern {
  return { eventName: ['INSERT'], dynamodb: { NewImage: { entity: { S: ['event'] }, ...attributes } } };
}

/**
 * What wakes the notifier: exactly the timeline events it may tell someone about (see
 * functions/notifications/notices.ts). Ticket items, messages, internal events, assignee and report
 * status changes, and the notifier's own ledger writes never invoke it.
 */
const notifierFilters: readonly FilterPattern[] = [
  // Every new ticket, whoever opened it (its requester is sent the case number; the notifier decides
  // what else a creation is worth: an alert for a critical or a security ticket), and a status change
  // the customer sees, whoever made it. One pattern for both keeps the notifier within Lambda's five
  // filters, one of which the tests' wake recorder needs. The clock's warnings and reminders too, and
  // ratings: a bad one alerts the team (a pattern of its own would be a sixth; a good one, at most
  // one a solve, wakes the notifier for nothing).
  timelineEvent({ kind: { S: ['created', 'status', 'solved', 'reopened', 'close_warning', 'reminder', 'complaint', 'rated'] }, internal: { BOOL: [false] } }),
  // A public message from support (an agent, a workflow or a provider).
  timelineEvent({ kind: { S: ['message'] }, internal: { BOOL: [false] }, actor: { M: { kind: { S: [{ 'anything-but': ['customer'] }] } } } }),
  // A ticket raised to critical priority: the team is alerted.
  timelineEvent({ kind: { S: ['priority'] }, after: { M: { priority: { S: ['critical'] } } } }),
  // A priority its workflow raised: the ticket was escalated to the agents. And the clock's warnings
  // and breaches of service levels and of complaints' deadlines (the clock is the system; a target's
  // start, pause or met is written by whoever made the change, so only those of a workflow's changes
  // wake it for nothing), in one pattern for the limit of five.
  timelineEvent({ kind: { S: ['priority', 'service_level', 'complaint_deadline'] }, actor: { M: { kind: { S: ['system', 'provider'] } } } }),
];

/**
 * What wakes the workflow starter: a new refund, KYC or withdrawal ticket, and a KYC ticket the
 * customer's reply moved from "Additional information required" back to With J2TX
 * (`kycCustomerAnswered`, which functions/streams/start-and-resume-workflows.ts checks again).
 */
const workflowEventFilters: readonly FilterPattern[] = [
  { eventName: ['INSERT'], dynamodb: { NewImage: { entity: { S: ['ticket'] }, type: { S: [...workflowTypes] } } } },
  {
    eventName: ['MODIFY'],
    dynamodb: {
      OldImage: { entity: { S: ['ticket'] }, type: { S: [kycCustomerAnswered.type] }, status: { S: [kycCustomerAnswered.from] } },
      NewImage: { status: { S: [kycCustomerAnswered.to] } },
    },
  },
];

export const system: SystemSpec = {
  name: 'ticketflow',
  table: {
    id: 'Tickets',
    partitionKey: { name: 'pk', type: 'S' },
    sortKey: { name: 'sk', type: 'S' },
    indexes: [
      // A customer's tickets, most recent activity first.
      { name: 'byCustomer', partitionKey: { name: 'gsi1pk', type: 'S' }, sortKey: { name: 'gsi1sk', type: 'S' } },
      // The agents' queue: sparse, only tickets that are not closed, by priority then age.
      { name: 'queue', partitionKey: { name: 'gsi2pk', type: 'S' }, sortKey: { name: 'gsi2sk', type: 'S' } },
      // An agent's own tickets and the unassigned, per phase: sparse like the queue and sorted by
      // the queue's own sort key, so "assigned to me" and "unassigned" are read by key, in queue order.
      { name: 'byAssignee', partitionKey: { name: 'gsi3pk', type: 'S' }, sortKey: { name: 'gsi2sk', type: 'S' } },
      // The clock's: sparse, only tickets a timer will act on, by the instant it should (functions/domain/timers.ts).
      { name: 'timers', partitionKey: { name: 'gsi4pk', type: 'S' }, sortKey: { name: 'gsi4sk', type: 'S' } },
      // The queue by the nearest service-level due time: sparse, only tickets with a target counting (functions/domain/clock/ticket-service-levels.ts).
      { name: 'byDue', partitionKey: { name: 'gsi5pk', type: 'S' }, sortKey: { name: 'gsi5sk', type: 'S' } },
      // Complaints: sparse, by month of receipt, for the regulatory export (functions/data/items/complaint.ts).
      { name: 'complaints', partitionKey: { name: 'gsi7pk', type: 'S' }, sortKey: { name: 'gsi7sk', type: 'S' } },
      // Satisfaction ratings: sparse, only rating items, one partition a month, by when each was given (functions/data/items/rating.ts).
      { name: 'ratings', partitionKey: { name: 'gsi6pk', type: 'S' }, sortKey: { name: 'gsi6sk', type: 'S' } },
    ],
    timeToLiveAttribute: 'expiresAt',
    stream: 'NEW_AND_OLD_IMAGES',
  },
  functions: withClockSettings({
    getMe: api('get-me', 'Who the caller is, as the API sees their token', 'none'),
    createTicket: { ...api('create-ticket', 'Opens a ticket for the caller, with the files of its uploads', 'readWrite'), files: ['attach'] },
    // Writes too: a verified caller's first list brings in what their token opened unverified.
    listMyTickets: api('list-my-tickets', "Lists the caller's tickets", 'readWrite'),
    getMyTicket: api('get-my-ticket', "One of the caller's tickets with its public thread and timeline", 'read'),
    replyToMyTicket: { ...ticketWriteRoute('reply-to-my-ticket', 'The customer replies to their ticket, with the files of their uploads'), files: ['attach'] },
    solveMyTicket: ticketWriteRoute('solve-my-ticket', 'The customer marks their ticket solved'),
    reopenMyTicket: ticketWriteRoute('reopen-my-ticket', 'The customer reopens their solved ticket'),
    closeMyTicket: ticketWriteRoute('close-my-ticket', 'The customer closes their solved ticket'),
    getMyPreferences: api('get-my-preferences', "The caller's email preferences", 'readWrite'),
    putMyPreferences: api('put-my-preferences', "Replaces the caller's email preferences", 'readWrite'),
    listQueue: api('list-queue', "The agents' queue", 'read'),
    countQueue: api('count-queue', "How many tickets each phase of the agents' queue holds", 'read'),
    openTicketForCustomer: { ...api('open-ticket-for-customer', "An agent opens a ticket for a customer's email, with files", 'readWrite'), files: ['attach'] },
    getTicketAsAgent: api('get-ticket-as-agent', 'A ticket with everything, for agents', 'read'),
    replyAsAgent: { ...ticketWriteRoute('reply-as-agent', 'An agent replies or leaves an internal note, with files'), files: ['attach'] },
    changeStatus: ticketWriteRoute('change-status', "An agent moves a ticket along its type's transitions"),
    updateTicket: ticketWriteRoute('update-ticket', 'An agent changes priority, assignee or report status'),
    listTicketTypes: api('list-ticket-types', 'Every ticket type with its statuses, labels and meanings', 'none'),
    getOpenApi: api('get-openapi', 'The OpenAPI document of the API', 'none'),
    getApiDocs: api('get-api-docs', 'A page that renders the OpenAPI document for people', 'none'),
    cancelMyTicket: { ...ticketWriteRoute('cancel-my-ticket', 'The customer cancels their withdrawal before it is With Finance'), environment: { ...wordingEnvironment, ...machineArns }, stateMachines: { stop: ['withdrawal'] } },
    decideTicket: { ...ticketWriteRoute('decide', 'An agent answers what a workflow waits for: compliance, finance or an escalation'), stateMachines: { answerTasks: [...workflowMachines] } },
    getWorkflow: { ...api('get-workflow', "A ticket's workflow: execution status, current state and readable history", 'read'), environment: { ...wordingEnvironment, ...machineArns }, stateMachines: { inspect: [...workflowMachines] } },
    requestUpload: { ...api('request-upload', 'An upload id and a presigned POST for one file', 'readWrite'), files: ['presignUploads'] },
    downloadMyAttachment: { ...api('download-my-attachment', "A short-lived link to a ready file of the caller's ticket", 'read'), files: ['presignDownloads'] },
    downloadAttachmentAsAgent: { ...api('download-attachment-as-agent', 'A short-lived link to a ready file of any ticket, for agents', 'read'), files: ['presignDownloads'] },
    markMyComplaint: ticketWriteRoute('mark-my-complaint', 'The customer makes a complaint about their ticket'),
    markComplaintAsAgent: ticketWriteRoute('mark-complaint-as-agent', 'An agent marks a ticket as a complaint'),
    // Reads the complaints index; the clock's settings give the time zone the period's days are in.
    exportComplaints: { ...api('export-complaints', 'The complaints received in a period, as CSV for the regulatory return', 'read'), environment: { ...wordingEnvironment, [clockSettingsVariable]: { ref: 'clock' } } },
    rateMyTicket: ticketWriteRoute('rate-my-ticket', 'The customer answers "Was this helpful?" for their solved ticket'),
    getSatisfactionReport: api('get-satisfaction-report', 'Satisfaction by ticket type, agent and week, for agents', 'read'),
    showRatingPage: { ...api('show-rating-page', "The page a solved ticket's rating link opens (records nothing)", 'read'), ratingLinks: true },
    rateByLink: { ...ticketWriteRoute('rate-by-link', "Records the rating a solved ticket's email link stands for, once per solve"), ratingLinks: true },
    workflowEvents: {
      entry: 'functions/streams/start-and-resume-workflows.ts',
      description: "Starts the workflow of each new refund, KYC and withdrawal ticket; resumes KYC after the customer's reply",
      environment: machineArns,
      table: 'readWrite',
      stateMachines: { start: [...workflowMachines], answerTasks: ['kyc'] },
    },
    workflowSetStatus: workflowTask('set-status', 'Workflow task: moves the ticket through the domain, idempotently', 'readWrite'),
    workflowAssess: workflowTask('assess', 'Workflow task: the automatic checks of In progress', 'read'),
    workflowEscalate: workflowTask('escalate', 'Workflow task: internal note and raised priority when something failed or timed out', 'readWrite'),
    workflowAwaitPerson: workflowTask('await-person', 'Workflow callback task: waits for compliance, finance, an agent or the customer', 'readWrite', {
      stateMachines: { answerTasks: ['kyc'] },
    }),
    workflowAwaitProvider: workflowTask('await-provider', 'Workflow callback task: asks Paddle, CoinPayments or J2TX and waits for its webhook', 'readWrite', {
      callsProviders: true,
      // The provider clients retry within the call (three attempts, each with its own timeout).
      timeoutSeconds: 30,
    }),
    paddleWebhook: webhook('paddle', 'Paddle Billing webhook: adjustment.updated answers a refund', 'refund'),
    coinpaymentsWebhook: webhook('coinpayments', 'CoinPayments IPN: a payout completed or failed answers a refund', 'refund'),
    j2txWebhook: webhook('j2tx', 'J2TX webhook: the review of a KYC application', 'kyc'),
    scanResult: {
      entry: 'functions/events/scan-result.ts',
      description: "Records GuardDuty's malware scan of an attachment: ready, unavailable, or removed with a timeline event and an alert",
      environment: {},
      table: 'readWrite',
      files: ['deleteAttachments'],
      alertsTeam: true,
    },
    attachmentCopies: {
      entry: 'functions/streams/copy-attached-files.ts',
      description: 'Copies each newly attached file to the attachments prefix the malware scan watches',
      environment: {},
      table: 'none',
      files: ['copyAttached'],
    },
    notifier: {
      entry: 'functions/streams/notify.ts',
      description: 'Emails requesters about status changes and replies, and alerts the team about urgent tickets',
      environment: {
        SENDER_ADDRESS: { ref: 'config', key: 'senderAddress' },
        SENDER_NAME: { ref: 'config', key: 'senderName' },
        PORTAL_URL: { ref: 'config', key: 'portalUrl' },
        API_URL: { ref: 'apiUrl' },
        ...wordingEnvironment,
      },
      // Reads tickets, messages and preferences; writes only its ledger of what was sent.
      table: 'readWrite',
      sendsEmail: true,
      alertsTeam: true,
      // A solved ticket's status email asks "Was this helpful?" with signed links.
      ratingLinks: true,
    },
    clockTick: {
      entry: 'functions/clock/tick.ts',
      description: 'The clock, every minute: closes solved tickets after their days, reminds and solves tickets awaiting the customer',
      environment: {},
      table: 'readWrite',
      // Fires each due ticket in turn; a minute's backlog is finished by the next tick.
      timeoutSeconds: 55,
    },
  }),
  routes: Object.entries(routes).map(([name, route]) => ({ ...route, function: name })),
  streamConsumers: [
    // Emails soon after a change, a few changes per invocation; a record whose email keeps failing
    // is cornered (bisect, batch item failures) and goes to the on-failure queue after 5 retries.
    {
      function: 'notifier',
      batchSize: 10,
      maxBatchingWindowSeconds: 1,
      bisectBatchOnError: true,
      retryAttempts: 5,
      reportBatchItemFailures: true,
      filters: notifierFilters,
    },
    // Copies attached files at once; a copy that fails is retried from its record and, should it
    // keep failing, lands in the on-failure queue for ops: no file stays "being checked" unseen.
    {
      function: 'attachmentCopies',
      batchSize: 10,
      maxBatchingWindowSeconds: 0,
      bisectBatchOnError: true,
      retryAttempts: 10,
      reportBatchItemFailures: true,
      filters: [{ eventName: ['INSERT'], dynamodb: { NewImage: { entity: { S: ['attachment'] } } } }],
    },
    // Starts workflows at once; a failed start is retried from that record (batch item failures)
    // and, should it keep failing, lands in the on-failure queue for ops rather than vanishing.
    {
      function: 'workflowEvents',
      batchSize: 25,
      maxBatchingWindowSeconds: 0,
      bisectBatchOnError: true,
      retryAttempts: 10,
      reportBatchItemFailures: true,
      filters: workflowEventFilters,
    },
  ],
  schedules: [{ function: 'clockTick', expression: 'rate(1 minute)', everyMs: 60_000 }],
  files: {
    id: 'Files',
    uploadsExpireAfterDays: 1,
    scanResultFunction: 'scanResult',
    cors: { allowMethods: ['GET', 'HEAD', 'POST'], allowHeaders: ['*'], exposeHeaders: ['ETag'], maxAgeSeconds: 3600 },
  },
  // Waits are production-sized here; the test cloud runs the same files with seconds instead
  // (test/fixtures/workflows/system.ts).
  stateMachines: {
    refund: {
      aslFile: 'statemachines/refund.asl.json',
      type: 'STANDARD',
      substitutions: {
        ...workflowFunctions,
        AwaitProviderFunction: fn('workflowAwaitProvider'),
        ComplianceThreshold: checkSettings.complianceThreshold,
        ComplianceTimeoutSeconds: days(3),
        PaddleTimeoutSeconds: days(7),
        CoinPaymentsTimeoutSeconds: days(2),
        CoinPaymentsHeartbeatSeconds: days(1),
        AgentTimeoutSeconds: days(14),
      },
    },
    kyc: {
      aslFile: 'statemachines/kyc.asl.json',
      type: 'STANDARD',
      substitutions: {
        ...workflowFunctions,
        AwaitProviderFunction: fn('workflowAwaitProvider'),
        // The status in which the workflow waits for the customer's answer to J2TX's question.
        AdditionalInformationStatus: kycCustomerAnswered.from,
        J2txTimeoutSeconds: days(14),
        J2txHeartbeatSeconds: days(3),
        CustomerReplyTimeoutSeconds: days(14),
        AgentTimeoutSeconds: days(14),
      },
    },
    withdrawal: {
      aslFile: 'statemachines/withdrawal.asl.json',
      type: 'STANDARD',
      substitutions: {
        ...workflowFunctions,
        WithdrawalMaxAmount: checkSettings.withdrawalMaxAmount,
        WithdrawalCurrencies: checkSettings.withdrawalCurrencies.join(','),
        // The customer may still cancel for this long before the withdrawal goes to finance.
        CancelWindowSeconds: 300,
        FinanceTimeoutSeconds: days(3),
        AgentTimeoutSeconds: days(14),
      },
    },
  },
  agentGroup,
  cors: {
    allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowHeaders: ['authorization', 'content-type', 'idempotency-key'],
    exposeHeaders: ['idempotent-replayed'],
    maxAgeSeconds: 3600,
  },
};

/** What a deployment (CDK or the local cloud) resolves environment references to. */
export interface EnvironmentTargets {
  readonly tableName: string;
  readonly stateMachineArnOf: (name: string) => string;
  readonly config: Readonly<Record<ConfigKey, string>>;
  /** The deployment's wording; the seeds' words when absent. */
  readonly wording?: Wording | undefined;
  /** The deployment's clock settings as it gave them (checked already); the defaults when absent. */
  readonly clock?: unknown;
  /** The HTTP API's base URL; absent where no API runs (some tests' functions), which then get none. */
  readonly apiUrl?: string;
}

/**
 * A function's own variables with every reference resolved: the same rule for the CDK app and
 * the local cloud, which differ only in the targets they pass.
 */
export function resolveEnvironment(environment: FunctionSpec['environment'], targets: EnvironmentTargets): Record<string, string> {
  return Object.fromEntries(
    Object.entries(environment).map(([key, value]): [string, string] => {
      if (typeof value === 'string') return [key, value];
      switch (value.ref) {
        case 'tableName':
          return [key, targets.tableName];
        case 'stateMachineArn':
          return [key, targets.stateMachineArnOf(value.stateMachine)];
        case 'config':
          return [key, targets.config[value.key]];
        case 'wording':
          return [key, JSON.stringify(targets.wording ?? seedWording)];
        case 'clock':
          return [key, JSON.stringify(targets.clock ?? {})];
        case 'apiUrl':
          return [key, targets.apiUrl ?? ''];
      }
    }),
  );
}

const maxFiltersPerConsumer = 5;

/** Names the functions a system declares, failing on a route, consumer or substitution naming none. */
export function checkSystem(spec: SystemSpec): void {
  const known = new Set(Object.keys(spec.functions));
  const problems: string[] = [];
  for (const route of spec.routes) {
    if (!known.has(route.function)) problems.push(`route ${route.method} ${route.path} names unknown function ${route.function}`);
  }
  for (const consumer of spec.streamConsumers) {
    if (!known.has(consumer.function)) problems.push(`stream consumer names unknown function ${consumer.function}`);
    // Lambda's default quota; more needs a quota increase the deployment cannot assume.
    if ((consumer.filters?.length ?? 0) > maxFiltersPerConsumer) {
      problems.push(`stream consumer ${consumer.function} has ${consumer.filters?.length} filters; an event source mapping takes at most ${maxFiltersPerConsumer}`);
    }
  }
  for (const schedule of spec.schedules) {
    if (!known.has(schedule.function)) problems.push(`schedule names unknown function ${schedule.function}`);
  }
  for (const [name, machine] of Object.entries(spec.stateMachines)) {
    for (const [key, value] of Object.entries(machine.substitutions)) {
      if (typeof value === 'object' && !known.has(value.function)) {
        problems.push(`state machine ${name} substitution ${key} names unknown function ${value.function}`);
      }
    }
  }
  for (const [name, fn] of Object.entries(spec.functions)) {
    for (const [key, value] of Object.entries(fn.environment)) {
      if (typeof value === 'object' && value.ref === 'stateMachineArn' && !(value.stateMachine in spec.stateMachines)) {
        problems.push(`function ${name} environment ${key} names unknown state machine ${value.stateMachine}`);
      }
    }
  }
  const scanner = spec.functions[spec.files.scanResultFunction];
  if (!scanner) problems.push(`files.scanResultFunction names unknown function ${spec.files.scanResultFunction}`);
  else if (!scanner.files?.includes('deleteAttachments')) {
    problems.push(`files.scanResultFunction ${spec.files.scanResultFunction} must be allowed deleteAttachments: it deletes the objects a scan found a threat in`);
  }
  if (problems.length > 0) throw new Error(`The system description is inconsistent:\n- ${problems.join('\n- ')}`);
}
