import { Duration, Stack, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { CorsHttpMethod, HttpApi, HttpMethod, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import type { CorsPreflightOptions } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IUserPool, IUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { CorsSpec, RouteSpec } from '../system';

/** What the API is built from. */
export interface TicketflowHttpApiProps {
  readonly routes: readonly RouteSpec[];
  readonly functionOf: (name: string) => IFunction;
  readonly userPool: IUserPool;
  readonly userPoolClient: IUserPoolClient;
  readonly corsOrigins: readonly string[];
  readonly cors: CorsSpec;
}

// Per-stage limits protecting the functions and the table from a runaway client; raise per platform.
const throttle = { rateLimit: 50, burstLimit: 100 };

const accessLogFormat = AccessLogFormat.custom(
  JSON.stringify({
    requestId: '$context.requestId',
    requestTime: '$context.requestTime',
    ip: '$context.identity.sourceIp',
    routeKey: '$context.routeKey',
    status: '$context.status',
    responseLength: '$context.responseLength',
    latency: '$context.responseLatency',
    integrationError: '$context.integrationErrorMessage',
    authorizerError: '$context.authorizer.error',
    sub: '$context.authorizer.claims.sub',
  }),
);

/**
 * The HTTP API: one route per RouteSpec, customer and agent routes behind a JWT authorizer on the
 * user pool (agent routes additionally check the group in their function, since the authorizer
 * cannot match a group claim), JSON access logs and throttling on the default stage.
 */
export class TicketflowHttpApi extends Construct {
  readonly api: HttpApi;
  readonly stage: HttpStage;
  readonly authorizer: HttpJwtAuthorizer;

  constructor(scope: Construct, id: string, props: TicketflowHttpApiProps) {
    super(scope, id);
    const cors = corsPreflight(props.corsOrigins, props.cors);
    this.api = new HttpApi(this, 'Api', { createDefaultStage: false, ...(cors ? { corsPreflight: cors } : {}) });
    this.stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle,
      accessLogSettings: {
        destination: new LogGroupLogDestination(new LogGroup(this, 'AccessLogs', { retention: RetentionDays.ONE_MONTH })),
        format: accessLogFormat,
      },
    });
    const issuer = `https://cognito-idp.${Stack.of(this).region}.amazonaws.com/${props.userPool.userPoolId}`;
    this.authorizer = new HttpJwtAuthorizer('CognitoJwt', issuer, { jwtAudience: [props.userPoolClient.userPoolClientId] });
    for (const route of props.routes) this.addRoute(route, props.functionOf(route.function));
  }

  private addRoute(route: RouteSpec, handler: IFunction): void {
    const key = `${route.method} ${route.path}`;
    const [created] = this.api.addRoutes({
      path: route.path,
      methods: [HttpMethod[route.method]],
      integration: new HttpLambdaIntegration(key, handler),
      ...(route.auth === 'none' ? {} : { authorizer: this.authorizer }),
    });
    if (route.auth === 'none' && created) {
      Validations.of(created).acknowledge({
        id: 'AwsSolutions-APIG4',
        reason: `${key} is called by an outside party without a user token; its function checks the body's signature.`,
      });
    }
  }
}

function corsPreflight(origins: readonly string[], cors: CorsSpec): CorsPreflightOptions | undefined {
  if (origins.length === 0) return undefined;
  return {
    allowOrigins: [...origins],
    allowMethods: cors.allowMethods.map((method) => CorsHttpMethod[method]),
    allowHeaders: [...cors.allowHeaders],
    exposeHeaders: [...cors.exposeHeaders],
    maxAge: Duration.seconds(cors.maxAgeSeconds),
  };
}
