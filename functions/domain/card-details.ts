import type { RedactionKind } from './types';

/** How redaction marks a card number it replaced; the details that go with a card are found by it. */
export const cardMarker = (lastFour: string) => `[card ending ${lastFour}]`;
const marker = String.raw`\[card ending \d{4}\]`;

/** MM/YY or MM/YYYY (also with a dash), not a piece of a longer date such as 2024-01-15. */
const expiryDate = String.raw`(?<![\d/-])(?:0?[1-9]|1[0-2])[ \t]?[/-][ \t]?(?:20)?\d{2}(?![\d/-]?\d)`;
const expiryLabel = String.raw`\b(?:exp(?:iry|ires|iration|ired)?|valid[ \t]+(?:thru|through|until)|good[ \t]+thru)\b\.?(?:[ \t]+date)?`;
const securityCodeLabel = String.raw`\b(?:cvv2?|cvc2?|cvn|csc|(?:card[ \t]+)?security[ \t]+code|card[ \t]+verification[ \t]+(?:code|value|number))\b`;
const between = String.raw`[ \t]*(?:is|:|=|-|#)?[ \t]*`;
const beside = String.raw`[ \t]*[,;|/][ \t]*|[ \t]+`;

/** A security code is labelled wherever it is: `cvv 123`, `CVC: 1234`, `security code is 123`. */
const labelledSecurityCode = new RegExp(String.raw`(${securityCodeLabel}${between})(\d{3,4})(?!\d)`, 'gi');
/** An expiry is labelled, and counts as a card's only with a card in sight (see cardNearby). */
const labelledExpiry = new RegExp(String.raw`(${expiryLabel}${between})(${expiryDate})`, 'gi');
/** A card number followed by its expiry, then maybe its code, unlabelled: `4111… 12/28 123`. */
const expiryAfterCard = new RegExp(String.raw`(${marker}(?:${beside})(?:${expiryLabel}${between})?)(${expiryDate}|\[REDACTED\])(?:(${beside})(\d{3,4})(?![\d/]))?`, 'gi');
/** A card number followed by its code, then its expiry: `4111… 123 12/28`. */
const codeBeforeExpiry = new RegExp(String.raw`(${marker}(?:${beside}))(\d{3,4})(${beside})(${expiryDate})`, 'gi');

/** A card number or a word that means a card, within this many characters of an expiry. */
const cardNearby = new RegExp(String.raw`${marker}|\b(?:cards?|visa|master ?card|amex|debit|credit|cvv2?|cvc2?)\b`, 'i');
const nearbyWindow = 80;

/**
 * Replaces the security code (CVV/CVC) and the expiry date that go with a card by `replacement`:
 * a labelled security code anywhere, a labelled expiry with a card in sight, and an unlabelled
 * expiry and code right after a card number (already replaced by its marker). An expiry with no
 * card in sight (`my subscription expires 12/28`) and a bare three-digit number stay.
 */
export function redactCardDetails(text: string, replacement: string, found: (kind: RedactionKind) => void): string {
  let result = text.replace(labelledSecurityCode, (_match, label: string) => {
    found('card_security_code');
    return `${label}${replacement}`;
  });
  result = result.replace(labelledExpiry, (match: string, label: string, _date: string, offset: number, input: string) => {
    const around = input.slice(Math.max(0, offset - nearbyWindow), offset + match.length + nearbyWindow);
    if (!cardNearby.test(around)) return match;
    found('card_expiry');
    return `${label}${replacement}`;
  });
  result = result.replace(codeBeforeExpiry, (_match, before: string, _code: string, space: string) => {
    found('card_security_code');
    found('card_expiry');
    return `${before}${replacement}${space}${replacement}`;
  });
  return result.replace(expiryAfterCard, (_match, before: string, date: string, space: string | undefined, code: string | undefined) => {
    if (date !== replacement) found('card_expiry');
    if (code === undefined || space === undefined) return `${before}${replacement}`;
    found('card_security_code');
    return `${before}${replacement}${space}${replacement}`;
  });
}
