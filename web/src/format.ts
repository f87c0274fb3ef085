// undefined: the person's own language, as the browser reports it.
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A date and time in the person's language and time zone. */
export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
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

const sizes = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

/** A file's size in bytes, kB or MB, in the person's language. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${sizes.format(bytes / 1024)} kB`;
  return `${sizes.format(bytes / (1024 * 1024))} MB`;
}

// A calendar day (`YYYY-MM-DD`, a deadline's last day in the deployment's zone) is shown as that day, whatever the reader's zone.
const calendarDay = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeZone: 'UTC' });

/** A calendar day (`YYYY-MM-DD`) in the person's language. */
export function formatDay(day: string): string {
  return calendarDay.format(new Date(`${day}T00:00:00Z`));
}
