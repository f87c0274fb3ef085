import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** The table a repository works on, and the client it uses: handed in, never created here. */
export interface Store {
  readonly db: DynamoDBDocumentClient;
  readonly table: string;
}
