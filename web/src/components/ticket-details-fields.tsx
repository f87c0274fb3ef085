import type { ApiError } from '../api/client';
import type { TicketType } from '../ticket-words';

/** What the refund, withdrawal and KYC forms ask for, as typed (all text until sent). */
export interface DetailsForm {
  provider: 'paddle' | 'coinpayments';
  transactionId: string;
  amount: string;
  currency: string;
  refundAddress: string;
  destination: string;
  kind: 'verification' | 'address_change';
  country: string;
  address: string;
}

export const emptyDetails: DetailsForm = {
  provider: 'paddle',
  transactionId: '',
  amount: '',
  currency: '',
  refundAddress: '',
  destination: '',
  kind: 'verification',
  country: '',
  address: '',
};

/** The details as the API takes them for the type (`{}` for a type without details); the API checks them. */
export function detailsBody(type: TicketType, form: DetailsForm): Record<string, string> {
  const trim = (value: string) => value.trim();
  const upper = (value: string) => value.trim().toUpperCase();
  switch (type) {
    case 'refund':
      return {
        provider: form.provider,
        transactionId: trim(form.transactionId),
        amount: trim(form.amount),
        currency: upper(form.currency),
        ...(form.provider === 'coinpayments' ? { refundAddress: trim(form.refundAddress) } : {}),
      };
    case 'withdrawal':
      return { amount: trim(form.amount), currency: upper(form.currency), destination: trim(form.destination) };
    case 'kyc':
      return { kind: form.kind, country: upper(form.country), ...(form.address.trim() ? { address: trim(form.address) } : {}) };
    default:
      return {};
  }
}

/** What the details' fields are called on screen, by the name the API gives them in a refusal. */
export const detailLabels: Readonly<Record<string, string>> = {
  details: 'Details',
  'details.provider': 'Paid with',
  'details.transactionId': 'Transaction ID',
  'details.amount': 'Amount',
  'details.currency': 'Currency',
  'details.refundAddress': 'Refund address',
  'details.destination': 'Destination',
  'details.kind': 'What you need',
  'details.country': 'Country',
  'details.address': 'Address',
};

type Field = keyof DetailsForm;

/** Who fills the fields in: the customer on Add New, or an agent opening the case for them. */
export type DetailsAudience = 'customer' | 'agent';

/** The hints and choices that speak to the person filling the form in. */
const audienceWords = {
  customer: {
    paddleTransaction: 'From your receipt, such as txn_01h8bkrkjyxgtnvwf9s8d1tqzn.',
    coinpaymentsTransaction: 'The CoinPayments transaction ID from your payment (letters and digits).',
    cancelHint: 'You can cancel a withdrawal from its ticket page for a few minutes, until it goes to our finance team.',
    kind: 'What you need',
    verification: 'Verify my identity',
    addressChange: 'Change my residence address',
    country: 'Your country of residence as a two-letter code, such as DE or GB.',
    newAddress: 'Your new residence address in full.',
    address: 'Your residence address, if you want to give it now.',
  },
  agent: {
    paddleTransaction: "From the customer's receipt, such as txn_01h8bkrkjyxgtnvwf9s8d1tqzn.",
    coinpaymentsTransaction: "The CoinPayments transaction ID of the customer's payment (letters and digits).",
    cancelHint: 'The customer can cancel it from their ticket page for a few minutes, until it goes to finance; its workflow starts when you open it.',
    kind: 'What the customer needs',
    verification: 'Verify their identity',
    addressChange: 'Change their residence address',
    country: "The customer's country of residence as a two-letter code, such as DE or GB.",
    newAddress: "The customer's new residence address in full.",
    address: "The customer's residence address, if they gave it.",
  },
} as const satisfies Record<DetailsAudience, Record<string, string>>;

interface FieldsProps {
  readonly type: TicketType;
  readonly form: DetailsForm;
  readonly error: ApiError | undefined;
  readonly onChange: (form: DetailsForm) => void;
  /** The customer when absent. */
  readonly audience?: DetailsAudience;
}

/** The API's message for one detail, if it refused it: shown under the field and read with it. */
function messageFor(error: ApiError | undefined, field: Field): string | undefined {
  return error?.fields.find((problem) => problem.path === `details.${field}`)?.message;
}

/**
 * The fields a refund, withdrawal or KYC ticket needs, each with its hint and, after a refusal,
 * the API's message beside it (the field marked invalid and described by the message).
 */
export function TicketDetailsFields({ type, form, error, onChange, audience = 'customer' }: FieldsProps) {
  const words = audienceWords[audience];
  const set = (field: Field) => (event: Event) => onChange({ ...form, [field]: (event.currentTarget as HTMLInputElement).value });
  const input = (field: Field, label: string, hint: string, extra: Record<string, unknown> = {}) => {
    const message = messageFor(error, field);
    const hintId = `${field}-hint`;
    const errorId = `${field}-error`;
    return (
      <div class="detail" key={field}>
        <label for={field}>{label}</label>
        <input
          id={field}
          value={form[field]}
          onInput={set(field)}
          aria-invalid={message ? 'true' : undefined}
          aria-describedby={message ? `${errorId} ${hintId}` : hintId}
          {...extra}
        />
        {message && (
          <p id={errorId} class="field-error">
            {message}
          </p>
        )}
        <p id={hintId} class="hint">
          {hint}
        </p>
      </div>
    );
  };
  const money = (what: string) => [
    input('amount', 'Amount', `The amount ${what}, such as 49.00.`, { inputMode: 'decimal', required: true, autocomplete: 'off' }),
    input('currency', 'Currency', 'A currency code, such as USD, EUR or USDT.', { required: true, maxLength: 10, autocomplete: 'off' }),
  ];

  if (type === 'refund') {
    return (
      <fieldset class="details">
        <legend>Refund details</legend>
        <label for="provider">Paid with</label>
        <select id="provider" value={form.provider} onChange={set('provider')}>
          <option value="paddle">Card or PayPal (Paddle)</option>
          <option value="coinpayments">Crypto (CoinPayments)</option>
        </select>
        {input(
          'transactionId',
          'Transaction ID',
          form.provider === 'paddle' ? words.paddleTransaction : words.coinpaymentsTransaction,
          { required: true, autocomplete: 'off' },
        )}
        {money('to refund')}
        {form.provider === 'coinpayments' &&
          input('refundAddress', 'Refund address', 'The wallet address the refund is paid to. Never enter a private key or recovery phrase.', { required: true, autocomplete: 'off' })}
      </fieldset>
    );
  }
  if (type === 'withdrawal') {
    return (
      <fieldset class="details">
        <legend>Withdrawal details</legend>
        {money('to withdraw')}
        {input('destination', 'Destination', 'Where the money goes: the wallet address or bank account it is paid to.', { required: true, maxLength: 200, autocomplete: 'off' })}
        <p class="hint">{words.cancelHint}</p>
      </fieldset>
    );
  }
  if (type === 'kyc') {
    return (
      <fieldset class="details">
        <legend>KYC details</legend>
        <label for="kind">{words.kind}</label>
        <select id="kind" value={form.kind} onChange={set('kind')}>
          <option value="verification">{words.verification}</option>
          <option value="address_change">{words.addressChange}</option>
        </select>
        {input('country', 'Country', words.country, { required: true, maxLength: 2, autocomplete: audience === 'customer' ? 'country' : 'off' })}
        {input(
          'address',
          form.kind === 'address_change' ? 'New address' : 'Address (optional)',
          form.kind === 'address_change' ? words.newAddress : words.address,
          { required: form.kind === 'address_change', maxLength: 500, autocomplete: audience === 'customer' ? 'street-address' : 'off' },
        )}
      </fieldset>
    );
  }
  return null;
}
