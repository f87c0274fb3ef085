/** What the sign-in page carries through to its POST: the app's authorization request, unchanged. */
export interface AuthorizationRequest {
  readonly clientId: string;
  readonly redirectUri: string;
  readonly state: string;
  readonly codeChallenge: string;
  readonly scope: string;
}

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const hidden = (name: string, value: string) => `<input type="hidden" name="${name}" value="${escape(value)}">`;

/**
 * The local stand-in for Cognito's managed login page: an email, a name and, because this is a
 * laptop and not a user pool, a choice to be an agent. It posts back to /oauth2/authorize.
 */
export function signInPage(request: AuthorizationRequest, problem?: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign in (local identity provider)</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0; background: #f4f5f7; color: #1d2330; }
  main { max-width: 24rem; margin: 3rem auto; padding: 1.5rem; background: #fff; border-radius: 8px; box-shadow: 0 1px 3px #0002; }
  h1 { font-size: 1.4rem; margin-top: 0; }
  label { display: block; margin-top: 1rem; font-weight: 600; }
  input[type=email], input[type=text] { box-sizing: border-box; width: 100%; padding: .6rem; font: inherit; border: 1px solid #6b7280; border-radius: 4px; }
  .check { display: flex; gap: .5rem; align-items: center; font-weight: 400; }
  button { margin-top: 1.5rem; width: 100%; padding: .7rem; font: inherit; font-weight: 600; color: #fff; background: #1d4ed8; border: 0; border-radius: 4px; cursor: pointer; }
  :focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
  .note { color: #4b5563; font-size: .9rem; }
  .problem { color: #b91c1c; font-weight: 600; }
</style>
</head>
<body>
<main>
<h1>Sign in to Ticketflow</h1>
<p class="note">Local identity provider: no password. In AWS this page is Cognito's managed login.</p>
${problem ? `<p class="problem" role="alert">${escape(problem)}</p>` : ''}
<form method="post" action="/oauth2/authorize">
${hidden('client_id', request.clientId)}${hidden('redirect_uri', request.redirectUri)}${hidden('state', request.state)}${hidden('code_challenge', request.codeChallenge)}${hidden('code_challenge_method', 'S256')}${hidden('scope', request.scope)}${hidden('response_type', 'code')}
<label for="email">Email</label>
<input id="email" name="email" type="email" autocomplete="email" required autofocus>
<label for="name">Name</label>
<input id="name" name="name" type="text" autocomplete="name">
<label class="check"><input type="checkbox" name="agent" value="yes"> Sign in as a support agent (local only)</label>
<button type="submit">Sign in</button>
</form>
</main>
</body>
</html>`;
}
