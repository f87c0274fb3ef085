import type { RatingScore } from '../../domain/satisfaction/rating';
import { ratingCommentMaxLength } from '../../domain/satisfaction/rating';
import { escapeHtml } from '../../notifications/html';

/*
 * The pages a solved ticket's "Was this helpful?" links open: small, self-contained HTML (no
 * script, no outside resource), one h1, labelled controls, readable with a keyboard and a screen
 * reader. They hold only the ticket's number, never its subject or the customer's details, since
 * a link may be forwarded.
 */

const scoreWords: Readonly<Record<RatingScore, string>> = { good: 'Good', bad: 'Bad' };

const style = [
  'body{font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1d2125;margin:0;background:#f5f6f7}',
  'main{max-width:34rem;margin:2rem auto;padding:1.5rem;background:#fff;border:1px solid #d0d4d8;border-radius:6px}',
  'h1{font-size:1.5rem;margin:0 0 1rem}',
  'label{display:block;font-weight:bold;margin:1rem 0 .25rem}',
  'textarea{width:100%;box-sizing:border-box;font:inherit;padding:.5rem;border:1px solid #6b7177;border-radius:4px}',
  'button{margin-top:1rem;font:inherit;padding:.5rem 1rem;border:0;border-radius:4px;background:#0b5cad;color:#fff;cursor:pointer}',
  'button:focus-visible,textarea:focus-visible{outline:3px solid #f2a900;outline-offset:2px}',
  '.hint{color:#4a5056;font-size:.9rem}',
].join('');

/** The headers every page is sent with: never cached or indexed, its token never sent on as a referrer, nothing but its own form allowed. */
export const ratingPageHeaders: Readonly<Record<string, string>> = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-robots-tag': 'noindex',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
};

function page(title: string, body: string): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>${style}</style></head>`,
    `<body><main>\n${body}\n</main></body>`,
    '</html>',
  ].join('\n');
}

/**
 * The page a link opens: the answer it stands for, an optional comment and one button that
 * records it. Opening it records nothing (see functions/api/show-rating-page.ts for why).
 */
export function ratingQuestionPage(number: string, score: RatingScore): string {
  const words = scoreWords[score];
  return page(
    `Rate ticket ${number}: ${words}`,
    [
      '<h1>Was this helpful?</h1>',
      `<p>Your answer about ticket ${escapeHtml(number)}: <strong>${words}</strong>. Press the button to send it.</p>`,
      '<form method="post">',
      '<label for="comment">Anything you would like to tell us? (optional)</label>',
      `<textarea id="comment" name="comment" rows="5" maxlength="${ratingCommentMaxLength}" aria-describedby="comment-hint"></textarea>`,
      `<p id="comment-hint" class="hint">At most ${ratingCommentMaxLength} characters. Please do not include card numbers or passwords.</p>`,
      `<button type="submit">Send “${words}”</button>`,
      '</form>',
      `<p class="hint">Meant the other answer? Use the other link in the email.</p>`,
    ].join('\n'),
  );
}

/** The page after the rating was recorded. */
export function ratingThanksPage(number: string, score: RatingScore): string {
  return page(
    `Thank you: ticket ${number} rated`,
    [`<h1>Thank you</h1>`, `<p>Your answer about ticket ${escapeHtml(number)} (<strong>${scoreWords[score]}</strong>) was recorded. It helps us improve our support.</p>`].join('\n'),
  );
}

const refusalTitles: Readonly<Record<string, string>> = {
  already_rated: 'Already rated',
  rating_link_expired: 'This link has expired',
  invalid_rating_link: 'This link is not valid',
  rating_link_outdated: 'This link is out of date',
  ticket_not_solved: 'This ticket is not solved',
  ticket_not_found: 'Ticket not found',
  invalid_request: 'Your comment could not be sent',
};

/** The page of a refused link: what is wrong, in the refusal's own words. */
export function ratingRefusalPage(code: string, message: string): string {
  const title = refusalTitles[code] ?? 'This link cannot be used';
  return page(title, [`<h1>${escapeHtml(title)}</h1>`, `<p>${escapeHtml(message)}</p>`].join('\n'));
}
