import { fileTypeFromBuffer } from 'file-type';
import type { DetectedContent } from './attachment-checks';

/*
 * What a file's first bytes show it is, whatever its name or declared type said. Binary formats
 * are recognised by their signatures (the `file-type` library, which reads magic numbers and, for
 * containers, a little structure); text is what has no signature, no NUL byte and is valid UTF-8.
 */

/** How many of a file's first bytes are read to tell its type (what `file-type` needs for its formats). */
export const sniffedBytes = 4100;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The longest prefix that does not end inside a UTF-8 sequence (the bytes read may cut a character). */
function wholeCharacters(bytes: Uint8Array): Uint8Array {
  let start = bytes.length - 1;
  // Walk back over continuation bytes (10xxxxxx) to the lead byte of the last sequence, at most 3.
  while (start >= 0 && bytes.length - start <= 4 && (bytes[start]! & 0xc0) === 0x80) start--;
  if (start < 0) return bytes;
  const lead = bytes[start]!;
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return bytes.length - start < length ? bytes.subarray(0, start) : bytes;
}

/** Whether the bytes are text: no NUL byte and valid UTF-8 (a character cut at the end of `bytes` allowed, when `truncated`). */
export function isText(bytes: Uint8Array, truncated: boolean): boolean {
  if (bytes.includes(0)) return false;
  try {
    utf8.decode(truncated ? wholeCharacters(bytes) : bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * What a file's first bytes show it is: a binary format's MIME type, text, or unknown.
 * `truncated` says that the file goes on after these bytes.
 */
export async function detectedContentOf(bytes: Uint8Array, truncated: boolean): Promise<DetectedContent> {
  const found = await fileTypeFromBuffer(bytes);
  if (found) return { kind: 'binary', type: found.mime };
  return isText(bytes, truncated) ? { kind: 'text' } : { kind: 'unknown' };
}
