import { randomBytes, randomInt } from 'node:crypto';

/** Makes a fresh unique id; domain operations take one so tests can pass a predictable source. */
export type IdSource = () => string;

/** Draws an integer in [min, max), uniformly. */
export type RandomInt = (min: number, max: number) => number;

const smallestNumber = 10_000_000;
const pastLargestNumber = 100_000_000;

/**
 * A ticket number: 8 decimal digits, never starting with 0, drawn uniformly from crypto
 * randomness so that numbers say nothing about each other. Callers draw again on a collision.
 */
export function newTicketNumber(random: RandomInt = randomInt): string {
  return String(random(smallestNumber, pastLargestNumber));
}

const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const timeChars = 10;
const randomChars = 16;
const randomBits = 80n;

function encode(value: bigint, length: number): string {
  let text = '';
  for (let index = 0; index < length; index++) {
    text = crockford[Number(value & 31n)] + text;
    value >>= 5n;
  }
  return text;
}

let lastTime = -1;
let lastRandom = 0n;

/**
 * A ULID: 26 Crockford base-32 characters, a millisecond timestamp then 80 random bits. Ids made
 * in the same millisecond increase (the random part is incremented), so the events of one change,
 * which share their `at`, keep the order they were made in when sorted by id.
 */
export function newId(): string {
  const time = Date.now();
  if (time > lastTime) {
    lastTime = time;
    lastRandom = BigInt(`0x${randomBytes(10).toString('hex')}`);
  } else {
    lastRandom = (lastRandom + 1n) & ((1n << randomBits) - 1n);
  }
  return encode(BigInt(lastTime), timeChars) + encode(lastRandom, randomChars);
}
