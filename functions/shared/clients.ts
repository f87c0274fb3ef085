import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { traced } from './observability';

/**
 * The DynamoDB document client, made once per cold start, its calls traced. Its endpoint comes from
 * the SDK's own configuration (AWS_ENDPOINT_URL_DYNAMODB locally), never from our code.
 */
export const dynamo = DynamoDBDocumentClient.from(traced(new DynamoDBClient({})), {
  marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
});

/**
 * The S3 client of the files bucket, made once per cold start, its calls traced. Its endpoint comes
 * from the SDK's own configuration (AWS_ENDPOINT_URL_S3 locally); the local S3 serves buckets by
 * path, not by host name, hence S3_FORCE_PATH_STYLE there.
 */
export const s3 = traced(new S3Client({ forcePathStyle: process.env['S3_FORCE_PATH_STYLE'] === 'true' }));
