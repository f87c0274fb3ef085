/**
 * An attribute value as a stream record carries it: Lambda's event gives binaries as base64 text,
 * the DynamoDB Streams SDK as bytes. Both shapes are read here.
 */
export interface StreamAttributeValue {
  readonly S?: string | undefined;
  readonly N?: string | undefined;
  readonly B?: string | Uint8Array | undefined;
  readonly BOOL?: boolean | undefined;
  readonly NULL?: boolean | undefined;
  readonly SS?: readonly string[] | undefined;
  readonly NS?: readonly string[] | undefined;
  readonly BS?: readonly (string | Uint8Array)[] | undefined;
  readonly L?: readonly StreamAttributeValue[] | undefined;
  readonly M?: Readonly<Record<string, StreamAttributeValue>> | undefined;
}

/**
 * An item as a stream record's NewImage or OldImage carries it, in DynamoDB's JSON. It is decoded
 * with plainItem and then parsed by its item module (items/*.ts), like an item read from the table.
 */
export type StreamImage = Readonly<Record<string, StreamAttributeValue>>;

/** Which kind of item an image is of (its `entity`: `ticket`, `event`...), read before decoding it. */
export function entityOfImage(image: StreamImage | undefined): string | undefined {
  return image?.['entity']?.S;
}

/**
 * A stream attribute value as a plain value: numbers become numbers, sets become arrays, binaries
 * stay as they came.
 * @throws Error for a value of no known type.
 */
export function plainValue(value: StreamAttributeValue): unknown {
  if (value.S !== undefined) return value.S;
  if (value.N !== undefined) return Number(value.N);
  if (value.BOOL !== undefined) return value.BOOL;
  if (value.NULL !== undefined) return null;
  if (value.M !== undefined) return plainItem(value.M);
  if (value.L !== undefined) return value.L.map(plainValue);
  if (value.SS !== undefined) return [...value.SS];
  if (value.NS !== undefined) return value.NS.map(Number);
  if (value.B !== undefined) return value.B;
  if (value.BS !== undefined) return [...value.BS];
  // DynamoDB Local writes an empty map into stream records as `{}`.
  if (Object.keys(value).length === 0) return {};
  throw new Error(`Unknown DynamoDB attribute value: ${JSON.stringify(value)}`);
}

/** A stream image (an item in DynamoDB's JSON) as a plain object. @throws Error as plainValue. */
export function plainItem(image: StreamImage): Record<string, unknown> {
  return Object.fromEntries(Object.entries(image).map(([name, value]) => [name, plainValue(value)]));
}
