import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { NativeAttributeValue } from '@aws-sdk/lib-dynamodb';
import type { Store } from './store';

type Item = Record<string, NativeAttributeValue>;

/**
 * Every item a Query matches, following LastEvaluatedKey to the last page: for reads whose result
 * is bounded by the key condition (a ticket's item collection, a month of a sparse index).
 */
export async function queryEveryPage(store: Store, input: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey'>): Promise<Item[]> {
  const items: Item[] = [];
  let start: Item | undefined;
  do {
    const page = await store.db.send(new QueryCommand({ ...input, TableName: store.table, ...(start ? { ExclusiveStartKey: start } : {}) }));
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}
