import {
  ExpiredIteratorException,
  GetRecordsCommand,
  GetShardIteratorCommand,
  ResourceNotFoundException,
  TrimmedDataAccessException,
  type DynamoDBStreamsClient,
  type _Record as SdkStreamRecord,
} from '@aws-sdk/client-dynamodb-streams';

/** Where a mapping begins in a shard it has not read before. */
export type StartingPosition = 'TRIM_HORIZON' | 'LATEST';

/** The most records one GetRecords call returns. */
const getRecordsLimit = 1000;

/**
 * Reads one shard in order for one mapping, remembering the last record it read so that an
 * expired iterator is replaced without skipping or repeating records.
 */
export class ShardReader {
  private iterator: string | undefined;
  private lastSequenceNumber: string | undefined;
  private finished = false;

  constructor(
    private readonly client: DynamoDBStreamsClient,
    private readonly streamArn: string,
    readonly shardId: string,
    private startingPosition: StartingPosition,
  ) {}

  /** True once the shard is closed and every record of it has been read. */
  get ended(): boolean {
    return this.finished;
  }

  /**
   * Fixes the reader's starting position now (a LATEST iterator marks the moment it is taken), so
   * that what is written after the mapping started is read even if the first read comes later.
   */
  async open(abortSignal?: AbortSignal): Promise<void> {
    if (!this.finished && this.iterator === undefined) await this.newIterator(abortSignal);
  }

  /**
   * The next records of the shard (none when nothing new was written).
   * @throws the SDK's error for anything but an expired iterator, trimmed data or a vanished shard.
   */
  async read(abortSignal?: AbortSignal): Promise<SdkStreamRecord[]> {
    if (this.finished) return [];
    try {
      const iterator = this.iterator ?? (await this.newIterator(abortSignal));
      const { Records, NextShardIterator } = await this.client.send(
        new GetRecordsCommand({ ShardIterator: iterator, Limit: getRecordsLimit }),
        { abortSignal },
      );
      const records = Records ?? [];
      const last = records.at(-1)?.dynamodb?.SequenceNumber;
      if (last !== undefined) this.lastSequenceNumber = last;
      this.iterator = NextShardIterator ?? undefined;
      // A closed shard answers without a next iterator once its last record has been read.
      if (!NextShardIterator) this.finished = true;
      return records;
    } catch (error) {
      if (error instanceof ExpiredIteratorException) {
        this.iterator = undefined;
        return [];
      }
      if (error instanceof TrimmedDataAccessException) {
        // The records after our position are gone (older than 24 hours): go on from the oldest kept.
        this.iterator = undefined;
        this.lastSequenceNumber = undefined;
        this.startingPosition = 'TRIM_HORIZON';
        return [];
      }
      if (error instanceof ResourceNotFoundException) {
        this.finished = true;
        return [];
      }
      throw error;
    }
  }

  private async newIterator(abortSignal: AbortSignal | undefined): Promise<string> {
    const { ShardIterator } = await this.client.send(
      new GetShardIteratorCommand({
        StreamArn: this.streamArn,
        ShardId: this.shardId,
        ...(this.lastSequenceNumber
          ? { ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: this.lastSequenceNumber }
          : { ShardIteratorType: this.startingPosition }),
      }),
      { abortSignal },
    );
    if (!ShardIterator) throw new Error(`No iterator for shard ${this.shardId}`);
    this.iterator = ShardIterator;
    return ShardIterator;
  }
}
