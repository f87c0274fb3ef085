import { wordlist } from '@scure/bip39/wordlists/english.js';

/**
 * Wallets accept a word by its first four letters (BIP-39 makes them unique), and people mistype
 * words: a token matches when it is a list word, the first four letters of one, or one letter
 * away from the list word that starts with its first four letters ("sausag", "usefull"). Longer
 * words that merely start like a list word ("applicant", "pasted") do not match, nor does a typo
 * in the first four letters.
 */
/**
 * The list's words, and each by its first four letters (unique in BIP-39's English list), built on
 * the first text long enough to hold a phrase: building them at import cost every function that
 * redacts 2-7 ms of its cold start (measured by `npm run bench:cold`), though most texts are
 * shorter than twelve words and never need them.
 */
let index: { readonly words: ReadonlySet<string>; readonly byPrefix: ReadonlyMap<string, string> } | undefined;
function wordIndex() {
  index ??= { words: new Set(wordlist), byPrefix: new Map(wordlist.filter((word) => word.length >= 4).map((word) => [word.slice(0, 4), word])) };
  return index;
}

const isPhraseWord = (token: string): boolean => {
  const word = token.toLowerCase();
  const { words, byPrefix } = wordIndex();
  if (words.has(word)) return true;
  const listed = word.length >= 4 ? byPrefix.get(word.slice(0, 4)) : undefined;
  return listed !== undefined && (word.length === 4 || oneEditApart(word, listed));
};

/** Whether one letter inserted, removed or changed turns `a` into `b`. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const restA = a.slice(i);
  const restB = b.slice(i);
  return restA.slice(1) === restB.slice(1) || restA.slice(1) === restB || restA === restB.slice(1);
}

/** BIP-39 phrases have 12, 15, 18, 21 or 24 words; a shorter run of list words is ordinary prose. */
const shortestPhrase = 12;

/**
 * What may stand between two words of a phrase: spaces, new lines, commas, dashes, bullets, quotes
 * and the numbers of a numbered list ("1. abandon 2. ability", "1) abandon\n2) ability"). A
 * sentence's end (". ", "?", "!") is not a phrase's separator, nor is a longer number or a letter
 * (a word outside the list ends the run).
 */
const separator = /^(?:[\s,;|/\-\u2013\u2014\u2022*"'()[\]]|(?<!\d)\d{1,2}[.):]?(?!\d)){1,12}$/;

interface Token {
  readonly start: number;
  readonly end: number;
}

/**
 * Replaces each run of at least twelve consecutive BIP-39 English words (a wallet's recovery
 * phrase, whatever its case and separators) by `replacement`; a run longer than a phrase is
 * redacted whole, since the phrase is in it (list words written next to a phrase, such as "please
 * help", go with it). Ordinary sentences keep their words: they have words outside the list ("the",
 * "to", "my", "is") or a sentence's end far more often than every twelve words.
 */
export function redactRecoveryPhrases(text: string, replacement: string, found: () => void): string {
  if ((text.match(/[A-Za-z]+/g)?.length ?? 0) < shortestPhrase) return text;
  const runs: Token[][] = [];
  let run: Token[] = [];
  for (const match of text.matchAll(/[A-Za-z]+/g)) {
    const token = { start: match.index, end: match.index + match[0].length };
    const previous = run.at(-1);
    const joined = previous !== undefined && separator.test(text.slice(previous.end, token.start));
    if (!isPhraseWord(match[0])) {
      runs.push(run);
      run = [];
      continue;
    }
    if (!joined) {
      runs.push(run);
      run = [];
    }
    run.push(token);
  }
  runs.push(run);
  const phrases = runs.filter((candidate) => candidate.length >= shortestPhrase);
  if (phrases.length === 0) return text;
  found();
  let out = '';
  let at = 0;
  for (const phrase of phrases) {
    const first = phrase[0];
    const last = phrase.at(-1);
    if (first === undefined || last === undefined) continue;
    out += text.slice(at, first.start) + replacement;
    at = last.end;
  }
  return out + text.slice(at);
}
