import type { DetectedContent } from './attachment-checks';

/*
 * What a file's first bytes show it is, whatever its name or declared type said. Binary formats
 * are recognised by their signatures; text is what has no signature, no NUL byte and is valid
 * UTF-8. The signatures are our own short table rather than the `file-type` library: only the
 * allowed types need recognising (anything else is refused whatever it is), a few common others
 * are named so a refusal can say what the file is, and file-type with its tokenizers added about
 * 75 kB to each attaching function, over the cold-start goal (README, bench:cold).
 */

/** How many of a file's first bytes are read to tell its type (the signatures need 12; the rest tells text). */
export const sniffedBytes = 4100;

/** A signature: bytes (null matches any byte) at an offset. */
interface Signature {
  readonly type: string;
  readonly parts: readonly { readonly at: number; readonly bytes: readonly (number | null)[] }[];
}

const ascii = (text: string) => [...text].map((character) => character.charCodeAt(0));

const signatures: readonly Signature[] = [
  { type: 'image/png', parts: [{ at: 0, bytes: [0x89, ...ascii('PNG'), 0x0d, 0x0a, 0x1a, 0x0a] }] },
  { type: 'image/jpeg', parts: [{ at: 0, bytes: [0xff, 0xd8, 0xff] }] },
  { type: 'image/gif', parts: [{ at: 0, bytes: ascii('GIF87a') }] },
  { type: 'image/gif', parts: [{ at: 0, bytes: ascii('GIF89a') }] },
  { type: 'image/webp', parts: [{ at: 0, bytes: ascii('RIFF') }, { at: 8, bytes: ascii('WEBP') }] },
  { type: 'application/pdf', parts: [{ at: 0, bytes: ascii('%PDF-') }] },
  // Not allowed, named so that the refusal says what the file is.
  { type: 'application/x-msdownload', parts: [{ at: 0, bytes: ascii('MZ') }] },
  { type: 'application/x-elf', parts: [{ at: 0, bytes: [0x7f, ...ascii('ELF')] }] },
  { type: 'application/x-mach-binary', parts: [{ at: 0, bytes: [0xcf, 0xfa, 0xed, 0xfe] }] },
  { type: 'application/zip', parts: [{ at: 0, bytes: [...ascii('PK'), 0x03, 0x04] }] },
  { type: 'application/gzip', parts: [{ at: 0, bytes: [0x1f, 0x8b] }] },
  { type: 'application/vnd.rar', parts: [{ at: 0, bytes: [...ascii('Rar!'), 0x1a, 0x07] }] },
  { type: 'application/x-7z-compressed', parts: [{ at: 0, bytes: [...ascii('7z'), 0xbc, 0xaf, 0x27, 0x1c] }] },
];

function matches(bytes: Uint8Array, signature: Signature): boolean {
  return signature.parts.every(({ at, bytes: expected }) => expected.every((byte, index) => byte === null || bytes[at + index] === byte));
}

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
export function detectedContentOf(bytes: Uint8Array, truncated: boolean): DetectedContent {
  const found = signatures.find((signature) => matches(bytes, signature));
  if (found) return { kind: 'binary', type: found.type };
  return isText(bytes, truncated) ? { kind: 'text' } : { kind: 'unknown' };
}
