import { createHash } from 'node:crypto';

/** Server-rendered pages of the identity server: plain HTML, no script, one small stylesheet. */

const STYLE = `
:root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
body { margin: 0; padding: 2rem 1rem; }
main { max-width: 26rem; margin: 0 auto; }
h1 { font-size: 1.5rem; line-height: 1.25; }
label { display: block; font-weight: 600; margin-top: 1rem; }
input { box-sizing: border-box; width: 100%; font: inherit; padding: 0.5rem; margin-top: 0.25rem; border: 1px solid; border-radius: 0.25rem; }
button { font: inherit; padding: 0.5rem 1.25rem; margin: 1.25rem 0.5rem 0 0; border-radius: 0.25rem; border: 2px solid #1f4fbf; background: #1f4fbf; color: #fff; cursor: pointer; }
button.secondary { background: transparent; color: inherit; }
:focus-visible { outline: 3px solid #f0a000; outline-offset: 2px; }
.alert { border-left: 4px solid #c62828; padding: 0.5rem 0.75rem; background: rgba(198, 40, 40, 0.1); }
.hint { margin-top: 2rem; font-size: 0.9rem; }
code { font-size: 1em; }
`;

const styleHash = createHash('sha256').update(STYLE).digest('base64');

/**
 * No script at all; the one inline style is allowed by its hash. form-action is left out on
 * purpose: Chromium applies it to the redirects after a submit, which end at the app's origin.
 */
export const PAGE_CSP = `default-src 'none'; style-src 'sha256-${styleHash}'; img-src data:; base-uri 'none'; frame-ancestors 'none'`;

/** Headers every page here is sent with. */
export const PAGE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy': PAGE_CSP,
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
};

const SANDBOX_NAME = 'Aritma sandbox';

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function page(title: string, content: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – ${SANDBOX_NAME}</title>
<link rel="icon" href="data:,">
<style>${STYLE}</style>
</head>
<body>
<main>
${content}
</main>
</body>
</html>
`;
}

export interface LoginView {
  uid: string;
  /** The issuer's path, e.g. `/sandbox-tenant` for a tenant; empty for the default issuer. */
  basePath?: string;
  clientName: string;
  /** Kept after a failed attempt, so the user only retypes the password. */
  username?: string;
  failed?: boolean;
}

export function loginPage({ uid, basePath = '', clientName, username = '', failed = false }: LoginView): string {
  return page(
    'Sign in',
    `<h1>Sign in to the ${SANDBOX_NAME}</h1>
<p>${escapeHtml(clientName)} wants you to sign in.</p>
${failed ? '<p class="alert" role="alert">Wrong username or password.</p>' : ''}
<form method="post" action="${escapeHtml(basePath)}/interaction/${encodeURIComponent(uid)}/login">
<label for="username">Username</label>
<input id="username" name="username" type="text" autocomplete="username" autocapitalize="none" spellcheck="false" required value="${escapeHtml(username)}"${failed ? '' : ' autofocus'}>
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required${failed ? ' autofocus' : ''}>
<button type="submit">Sign in</button>
</form>
<p class="hint">Demo login: username <code>demo</code>, password <code>demo</code>.</p>`,
  );
}

export interface ConsentView {
  uid: string;
  basePath?: string;
  clientName: string;
  userName: string;
  /** One sentence per requested scope. */
  permissions: string[];
}

export function consentPage({ uid, basePath = '', clientName, userName, permissions }: ConsentView): string {
  const items = permissions.map((permission) => `<li>${escapeHtml(permission)}</li>`).join('\n');
  return page(
    'Allow access',
    `<h1>Allow ${escapeHtml(clientName)} to use your account?</h1>
<p>You are signed in as ${escapeHtml(userName)}. ${escapeHtml(clientName)} asks to:</p>
<ul>
${items}
</ul>
<form method="post" action="${escapeHtml(basePath)}/interaction/${encodeURIComponent(uid)}/consent">
<button type="submit" name="decision" value="allow">Allow</button>
<button type="submit" name="decision" value="deny" class="secondary">Deny</button>
</form>`,
  );
}

/** `form` is oidc-provider's hidden logout form (with its xsrf token); the button submits it. */
export function logoutPage(form: string, userName: string | undefined): string {
  return page(
    'Sign out',
    `<h1>Sign out of the ${SANDBOX_NAME}?</h1>
<p>${userName ? `You are signed in as ${escapeHtml(userName)}. ` : ''}Signing out ends your session here and in the app.</p>
${form}
<button type="submit" form="op.logoutForm" name="logout" value="yes" autofocus>Sign out</button>`,
  );
}

export function signedOutPage(returnTo: { name: string; url: string } | undefined): string {
  return page(
    'Signed out',
    `<h1>You are signed out</h1>
<p>You have signed out of the ${SANDBOX_NAME}.</p>
${returnTo ? `<p><a href="${escapeHtml(returnTo.url)}">Back to ${escapeHtml(returnTo.name)}</a></p>` : ''}`,
  );
}

export function errorPage(message: string, code?: string): string {
  return page(
    'Error',
    `<h1>Something went wrong</h1>
<p class="alert" role="alert">${escapeHtml(message)}</p>
${code ? `<p>Error code: <code>${escapeHtml(code)}</code></p>` : ''}
<p>Go back to the app and try again.</p>`,
  );
}
