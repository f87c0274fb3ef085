import { InvalidCursorError } from '../domain/errors';

type Key = Record<string, string>;

/** Turns DynamoDB's LastEvaluatedKey into an opaque cursor. */
export function encodeCursor(key: Record<string, unknown> | undefined): string | null {
  return key ? Buffer.from(JSON.stringify(key)).toString('base64url') : null;
}

/**
 * Reads a cursor back, accepting it only when it holds exactly the expected non-empty string attributes,
 * its index partition is the one the caller may list, and, when the list reads one range of sort
 * keys (`sortPrefix`), its position lies in that range: a cursor bent to point into another
 * customer's partition is refused rather than followed, and one from another list is refused
 * rather than handed to DynamoDB, which would reject a start key outside the key condition.
 * @throws InvalidCursorError (field `cursor`) for anything else.
 */
export function decodeCursor(
  cursor: string | undefined,
  expected: { attributes: readonly string[]; partition: [string, string]; sortPrefix?: [string, string] | undefined },
): Key | undefined {
  if (cursor === undefined) return undefined;
  const invalid = () => new InvalidCursorError();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw invalid();
  const entries = Object.entries(parsed);
  const names = entries.map(([name]) => name).sort();
  if (names.join() !== [...expected.attributes].sort().join()) throw invalid();
  if (entries.some(([, value]) => typeof value !== 'string' || value === '')) throw invalid();
  const key = parsed as Key;
  const [attribute, value] = expected.partition;
  if (key[attribute] !== value) throw invalid();
  if (expected.sortPrefix && !key[expected.sortPrefix[0]]?.startsWith(expected.sortPrefix[1])) throw invalid();
  return key;
}
