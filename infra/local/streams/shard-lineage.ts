import { DescribeStreamCommand, type DynamoDBStreamsClient, type Shard } from '@aws-sdk/client-dynamodb-streams';

/** A shard of the stream as the poller needs it. */
export interface ShardInfo {
  readonly shardId: string;
  readonly parentShardId: string | undefined;
  /** A closed shard has an ending sequence number and receives no more records. */
  readonly closed: boolean;
}

function toShardInfo(shard: Shard): ShardInfo | undefined {
  if (!shard.ShardId) return undefined;
  return {
    shardId: shard.ShardId,
    parentShardId: shard.ParentShardId,
    closed: shard.SequenceNumberRange?.EndingSequenceNumber !== undefined,
  };
}

/**
 * Lists every shard of a stream, following DescribeStream's pages.
 * @throws the SDK's error when the stream cannot be described.
 */
export async function listShards(client: DynamoDBStreamsClient, streamArn: string, abortSignal?: AbortSignal): Promise<ShardInfo[]> {
  const shards: ShardInfo[] = [];
  let exclusiveStartShardId: string | undefined;
  do {
    const { StreamDescription } = await client.send(
      new DescribeStreamCommand({ StreamArn: streamArn, ExclusiveStartShardId: exclusiveStartShardId }),
      { abortSignal },
    );
    for (const shard of StreamDescription?.Shards ?? []) {
      const info = toShardInfo(shard);
      if (info) shards.push(info);
    }
    exclusiveStartShardId = StreamDescription?.LastEvaluatedShardId;
  } while (exclusiveStartShardId);
  return shards;
}

/**
 * The shards a mapping may start reading now: not yet started, and either without a parent, or
 * whose parent is finished, or whose parent is no longer listed (trimmed after 24 hours). A child
 * waits for its parent so that records of one item key are delivered in order across a split.
 */
export function shardsReadyToStart(shards: readonly ShardInfo[], started: ReadonlySet<string>, finished: ReadonlySet<string>): ShardInfo[] {
  const listed = new Set(shards.map((shard) => shard.shardId));
  return shards.filter((shard) => {
    if (started.has(shard.shardId)) return false;
    const parent = shard.parentShardId;
    return parent === undefined || !listed.has(parent) || finished.has(parent);
  });
}
