import type { LocalCloud } from './cloud';
import { alertInboxName, alertTopicName, failureQueueName } from './queues';

/** What `npm start` prints once everything answers: every endpoint and how to use it. */
export function describeCloud(cloud: Pick<LocalCloud, 'endpoints' | 'system'>, run: { seconds: number; dataDir: string | undefined }): string {
  const { endpoints: e, system } = cloud;
  const machines = Object.keys(system.stateMachines);
  const who = { customer: 'any signed-in user', agent: 'agents group', none: 'no token' } as const;
  const routes = system.routes.map((route) => `    ${route.method.padEnd(6)} ${e.api}${route.path}  (${who[route.auth]})`);
  return [
    `Ticketflow local cloud is ready (${run.seconds.toFixed(1)} s). Everything listens on 127.0.0.1.`,
    '',
    `  Customer portal (web app)       ${e.web}   sign in with any email (tick "agent" for an agent)`,
    `  Agent console                   ${e.web}/console   sign in with "agent" ticked`,
    `  API (HTTP API, JWT authorizer)  ${e.api}`,
    ...routes,
    `  DynamoDB Local                  ${e.dynamodb}   table ${e.tableName}, stream on, ${run.dataDir ? `data kept in ${run.dataDir}` : 'in memory'}`,
    `  SES (sent mail)                 ${e.ses}   page of sent mail; JSON at ${e.ses}/store`,
    `  SQS and SNS (fauxqs)            ${e.queues}   on-failure queues ${system.streamConsumers.map((consumer) => failureQueueName(system.name, consumer.function)).join(', ') || '(none)'}; alert topic ${alertTopicName(system.name)} (read it in queue ${alertInboxName(system.name)})`,
    `  S3 (files, path-style)          ${e.files}   bucket ${e.filesBucket}; presigned links checked; the local scanner tags what lands under attachments/ (EICAR = threat)`,
    `  Step Functions                  ${e.stepFunctions}   ${machines.length} state machine(s)${machines.length ? `: ${machines.join(', ')}` : ''}; executions live in memory`,
    `  Schedules                       ${system.schedules.map((schedule) => `${schedule.function} ${schedule.expression}`).join(', ') || '(none)'}, with EventBridge's scheduled event`,
    `  Identity provider (Cognito)     ${e.issuer}   audience ${e.audience}`,
    `  Fake providers                  Paddle ${e.providers.paddle}, CoinPayments ${e.providers.coinpayments}, J2TX ${e.providers.j2tx}; their secret in Secrets Manager ${e.providers.secretsManager}`,
    '                                  answer for one: npm run simulate -- paddle approve <ticket number>',
    '',
    '  Get a token:    npm run -s token -- --email alice@example.com   (add --agent for an agent)',
    `  AWS CLI:        AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local AWS_REGION=${e.region} aws dynamodb list-tables --endpoint-url ${e.dynamodb}`,
    `                  aws stepfunctions list-state-machines --endpoint-url ${e.stepFunctions}`,
    `                  aws sqs receive-message --endpoint-url ${e.queues} --queue-url ${e.queues}/000000000000/${alertInboxName(system.name)}`,
    '',
    'Press Ctrl-C to stop everything.',
  ].join('\n');
}
