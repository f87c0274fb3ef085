import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { traced } from './observability';

/**
 * The DynamoDB document client, made once per cold start, its calls traced. Its endpoint comes from
 * the SDK's own configuration (AWS_ENDPOINT_URL_DYNAMODB locally), never from our code.
 */
export const dynamo = DynamoDBDocumentClient.from(traced(new DynamoDBClient({})), {
  marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
});
