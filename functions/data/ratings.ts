import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { NativeAttributeValue } from '@aws-sdk/lib-dynamodb';
import type { CountedRating, ReportPeriod } from '../domain/satisfaction/report';
import { instantsOf, monthsOf } from '../domain/satisfaction/report';
import { countedRatingFromItem, ratingsIndex } from './items/rating';
import type { Store } from './store';

type Item = Record<string, NativeAttributeValue>;

/**
 * Every rating given in the period, read from the `ratings` index: one Query per month of the
 * period (paged through), its key condition holding the period's first and last instants, so
 * only ratings of the period are read. The months are read at once.
 */
export async function ratingsGivenIn(store: Store, period: ReportPeriod): Promise<CountedRating[]> {
  const { start, end } = instantsOf(period);
  const months = await Promise.all(
    monthsOf(period).map(async (month) => {
      const items: Item[] = [];
      let from: Item | undefined;
      do {
        const page = await store.db.send(
          new QueryCommand({
            TableName: store.table,
            IndexName: ratingsIndex.index,
            KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :start AND :end',
            ExpressionAttributeNames: { '#pk': ratingsIndex.partitionAttribute, '#sk': ratingsIndex.sortAttribute },
            // `~` sorts after the `#<number>` that follows each instant, so the period's last millisecond is in.
            ExpressionAttributeValues: { ':pk': ratingsIndex.partition(month), ':start': start, ':end': `${end}~` },
            ...(from ? { ExclusiveStartKey: from } : {}),
          }),
        );
        items.push(...(page.Items ?? []));
        from = page.LastEvaluatedKey;
      } while (from);
      return items.map(countedRatingFromItem);
    }),
  );
  return months.flat();
}
