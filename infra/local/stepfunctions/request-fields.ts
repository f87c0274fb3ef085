import { SfnError, validationError } from './errors';

/** A request body as the JSON protocol sends it. */
export type RequestBody = Readonly<Record<string, unknown>>;

/**
 * An optional string member.
 * @throws SfnError SerializationException when the member is not a string.
 */
export function optionalString(body: RequestBody, field: string): string | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new SfnError('SerializationException', `${field} must be a string`);
  return value;
}

/**
 * A required string member.
 * @throws SfnError ValidationException when it is missing or empty.
 */
export function requiredString(body: RequestBody, field: string): string {
  const value = optionalString(body, field);
  if (value === undefined || value === '') {
    throw validationError(`1 validation error detected: Value null at '${field}' failed to satisfy constraint: Member must not be null`);
  }
  return value;
}

/**
 * An optional boolean member.
 * @throws SfnError SerializationException when it is not a boolean.
 */
export function optionalBoolean(body: RequestBody, field: string): boolean | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw new SfnError('SerializationException', `${field} must be a boolean`);
  return value;
}

/**
 * The page size a request asks for: its maxResults, 100 when absent or 0, at most 1000.
 * @throws SfnError ValidationException when it is not an integer from 0 to 1000.
 */
export function pageSize(body: RequestBody): number {
  const value = body['maxResults'];
  if (value === undefined || value === null || value === 0) return 100;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 1000) {
    throw validationError(`1 validation error detected: Value '${String(value)}' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 1000`);
  }
  return value;
}

/** One page of a list and the token of the next, as the List and Get actions answer. */
export function page<T>(items: readonly T[], size: number, nextToken: string | undefined): { items: T[]; nextToken?: string } {
  let offset = 0;
  if (nextToken !== undefined) {
    const decoded = Number(Buffer.from(nextToken, 'base64url').toString('utf8'));
    if (!Number.isInteger(decoded) || decoded < 0) throw new SfnError('InvalidToken', `Invalid Token: '${nextToken}'`);
    offset = decoded;
  }
  const end = offset + size;
  return { items: items.slice(offset, end), ...(end < items.length ? { nextToken: Buffer.from(String(end)).toString('base64url') } : {}) };
}

/** A date as the JSON protocol sends timestamps: seconds since the epoch. */
export function epochSeconds(date: Date): number {
  return date.getTime() / 1000;
}
