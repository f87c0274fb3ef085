import { randomUUID } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';

/** The identity provider's signing key: the private half signs tokens, the public half is published. */
export interface SigningKey {
  readonly kid: string;
  readonly privateKey: CryptoKey;
  readonly publicJwk: JWK;
}

interface StoredKey {
  readonly kid: string;
  readonly privateJwk: JWK;
  readonly publicJwk: JWK;
}

export const signingAlgorithm = 'RS256';
const keyFileName = 'signing-key.json';

function isStoredKey(value: unknown): value is StoredKey {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['kid'] === 'string' && typeof record['privateJwk'] === 'object' && typeof record['publicJwk'] === 'object';
}

async function readStoredKey(file: string): Promise<StoredKey | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const parsed: unknown = JSON.parse(text);
  if (!isStoredKey(parsed)) throw new Error(`${file} does not hold a signing key; delete it to have a new one made`);
  return parsed;
}

async function newStoredKey(): Promise<StoredKey> {
  const { privateKey, publicKey } = await generateKeyPair(signingAlgorithm, { extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  return {
    kid,
    privateJwk: { ...(await exportJWK(privateKey)), kid, alg: signingAlgorithm, use: 'sig' },
    publicJwk: { ...publicJwk, kid, alg: signingAlgorithm, use: 'sig' },
  };
}

/**
 * Writes the key only if no file is there yet: `link` fails on an existing name, so when the CLI
 * and the server race, exactly one key wins and both go on with it.
 */
async function storeIfAbsent(file: string, key: StoredKey): Promise<void> {
  const temporary = `${file}.${process.pid}.${randomUUID()}.tmp`;
  await writeFile(temporary, JSON.stringify(key, null, 2), { mode: 0o600 });
  try {
    await link(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
}

/**
 * Reads the signing key kept in `keyDir`, creating the folder and a new RS256 key pair on first use.
 * @throws Error when the key file exists but holds no key, or the folder cannot be written.
 */
export async function loadSigningKey(keyDir: string): Promise<SigningKey> {
  const file = path.join(keyDir, keyFileName);
  let stored = await readStoredKey(file);
  if (!stored) {
    await mkdir(keyDir, { recursive: true });
    await storeIfAbsent(file, await newStoredKey());
    stored = await readStoredKey(file);
    if (!stored) throw new Error(`${file} vanished while it was being created`);
  }
  const privateKey = await importJWK(stored.privateJwk, signingAlgorithm);
  if (privateKey instanceof Uint8Array) throw new Error(`${file} holds no usable private key`);
  return { kid: stored.kid, privateKey, publicJwk: stored.publicJwk };
}
