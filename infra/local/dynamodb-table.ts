import { CreateTableCommand, DynamoDBClient, ResourceInUseException, UpdateTimeToLiveCommand } from '@aws-sdk/client-dynamodb';
import type { KeySpec, TableSpec } from '../system';
import { localCredentials } from './credentials';

function attribute(key: KeySpec) {
  return { AttributeName: key.name, AttributeType: key.type };
}

/**
 * Creates the table and its indexes as the description gives them, with its stream, as CDK
 * deploys it; a table kept from an earlier run (data folder) is left as it is.
 */
export async function createTable(options: { endpoint: string; region: string; tableName: string; table: TableSpec }): Promise<'created' | 'existed'> {
  const { table } = options;
  const client = new DynamoDBClient({ endpoint: options.endpoint, region: options.region, credentials: localCredentials });
  const keys = [table.partitionKey, table.sortKey, ...table.indexes.flatMap((index) => [index.partitionKey, ...(index.sortKey ? [index.sortKey] : [])])];
  const definitions = [...new Map(keys.map((key) => [key.name, attribute(key)])).values()];
  try {
    await client.send(
      new CreateTableCommand({
        TableName: options.tableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: definitions,
        KeySchema: [
          { AttributeName: table.partitionKey.name, KeyType: 'HASH' },
          { AttributeName: table.sortKey.name, KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: table.indexes.map((index) => ({
          IndexName: index.name,
          KeySchema: [
            { AttributeName: index.partitionKey.name, KeyType: 'HASH' as const },
            ...(index.sortKey ? [{ AttributeName: index.sortKey.name, KeyType: 'RANGE' as const }] : []),
          ],
          Projection: { ProjectionType: 'ALL' },
        })),
        StreamSpecification: { StreamEnabled: true, StreamViewType: table.stream },
      }),
    );
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: options.tableName,
        TimeToLiveSpecification: { AttributeName: table.timeToLiveAttribute, Enabled: true },
      }),
    );
    return 'created';
  } catch (error) {
    if (error instanceof ResourceInUseException) return 'existed';
    throw error;
  } finally {
    client.destroy();
  }
}
