// undefined: the person's own language, as the browser reports it.
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A date and time in the person's language and time zone. */
export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}

/** A code such as `bug_report` or `awaiting_reply` as words, when the API gives no label. */
export function words(code: string): string {
  const text = code.replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What a redaction kind is called in the note shown after submitting. */
export const redactionNames: Readonly<Record<string, string>> = {
  card_number: 'a card number (only its last four digits were kept)',
  card_security_code: 'a card security code',
  card_expiry: 'a card expiry date',
  recovery_phrase: 'a recovery phrase',
  aws_access_key: 'an AWS access key',
  private_key: 'a private key',
  api_key: 'an API key',
  bearer_token: 'an access token',
  password: 'a password',
};
