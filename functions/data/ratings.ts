import type { CountedRating, ReportPeriod } from '../domain/satisfaction/report';
import { instantsOf, monthsOf } from '../domain/satisfaction/report';
import { countedRatingFromItem, ratingsIndex } from './items/rating';
import { queryEveryPage } from './query-pages';
import type { Store } from './store';

/**
 * Every rating given in the period, read from the `ratings` index: one Query per month of the
 * period (paged through), its key condition holding the period's first and last instants, so
 * only ratings of the period are read. The months are read at once.
 */
export async function ratingsGivenIn(store: Store, period: ReportPeriod): Promise<CountedRating[]> {
  const { start, end } = instantsOf(period);
  const months = await Promise.all(
    monthsOf(period).map(async (month) => {
      const items = await queryEveryPage(store, {
        IndexName: ratingsIndex.index,
        KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :start AND :end',
        ExpressionAttributeNames: { '#pk': ratingsIndex.partitionAttribute, '#sk': ratingsIndex.sortAttribute },
        // `~` sorts after the `#<number>` that follows each instant, so the period's last millisecond is in.
        ExpressionAttributeValues: { ':pk': ratingsIndex.partition(month), ':start': start, ':end': `${end}~` },
      });
      return items.map(countedRatingFromItem);
    }),
  );
  return months.flat();
}
