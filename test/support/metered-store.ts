import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { QueryCommandInput, QueryCommandOutput } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { localCredentials } from '../../infra/local/credentials';
import type { Store } from '../../functions/data/store';

/** One Query as DynamoDB answered it: what was asked, how much it read and what it cost. */
export interface QueryReading {
  readonly index: string | undefined;
  readonly keyCondition: string | undefined;
  readonly keyValues: Readonly<Record<string, unknown>>;
  readonly filter: string | undefined;
  readonly limit: number | undefined;
  /** Items DynamoDB read (before the filter): what a Query is billed for. */
  readonly scanned: number;
  /** Items it returned (after the filter). */
  readonly returned: number;
  /** Read capacity units DynamoDB reported (ReturnConsumedCapacity TOTAL). */
  readonly capacityUnits: number;
}

/** A Store whose client records every Query it sends, for counting what a list request reads. */
export interface MeteredStore {
  readonly store: Store;
  /** The Queries recorded since the last call, and forgets them. */
  take(): QueryReading[];
  destroy(): void;
}

/**
 * A Store on the given DynamoDB endpoint with the product's document-client options, whose client
 * carries an SDK middleware that asks every Query for its consumed capacity and records what
 * DynamoDB answered (ScannedCount, Count, ConsumedCapacity). The data layer runs unchanged on it.
 */
export function meteredStore(options: { endpoint: string; region: string; table: string }): MeteredStore {
  const client = new DynamoDBClient({ endpoint: options.endpoint, region: options.region, credentials: localCredentials });
  let readings: QueryReading[] = [];
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName !== 'QueryCommand') return next(args);
      const input = { ...(args.input as QueryCommandInput), ReturnConsumedCapacity: 'TOTAL' as const };
      const result = await next({ ...args, input });
      const output = result.output as QueryCommandOutput;
      readings.push({
        index: input.IndexName,
        keyCondition: input.KeyConditionExpression,
        keyValues: input.ExpressionAttributeValues ?? {},
        filter: input.FilterExpression,
        limit: input.Limit,
        scanned: output.ScannedCount ?? 0,
        returned: output.Count ?? 0,
        capacityUnits: output.ConsumedCapacity?.CapacityUnits ?? Number.NaN,
      });
      return result;
    },
    { step: 'initialize', name: 'meterQueries' },
  );
  const db = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false } });
  return {
    store: { db, table: options.table },
    take: () => {
      const taken = readings;
      readings = [];
      return taken;
    },
    destroy: () => client.destroy(),
  };
}
