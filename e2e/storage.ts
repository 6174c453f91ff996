import type { Page } from '@playwright/test';

/** Session keys that hold a signed-in user (oidc-client-ts's user store, under the app's prefix). */
export function storedUsers(page: Page): Promise<string[]> {
  return page.evaluate(() => Object.keys(window.sessionStorage).filter((key) => key.startsWith('obe.oidc.') && key.includes('user:')));
}

/**
 * What of a session is left in either storage: every JWT-looking string, and any of `tokens`
 * (access, refresh and ID tokens seen on the wire). Empty when nothing is left.
 */
export function tokensLeft(page: Page, tokens: readonly string[] = []): Promise<string[]> {
  return page.evaluate((known) => {
    const jwt = /eyJ[\w-]{4,}\.eyJ[\w-]{4,}\.[\w-]*/g;
    const found: string[] = [];
    for (const [area, store] of [
      ['localStorage', window.localStorage],
      ['sessionStorage', window.sessionStorage],
    ] as const) {
      for (let index = 0; index < store.length; index++) {
        const key = store.key(index) ?? '';
        const value = store.getItem(key) ?? '';
        for (const match of value.match(jwt) ?? []) found.push(`${area} ${key}: ${match.slice(0, 24)}…`);
        for (const token of known) if (token.length > 8 && value.includes(token)) found.push(`${area} ${key}: a token seen on the wire`);
      }
    }
    return found;
  }, tokens);
}

/** Every token value the identity server sends this page (token endpoint bodies and redirects' fragments). */
export function watchTokens(page: Page): string[] {
  const tokens: string[] = [];
  const take = (values: Iterable<[string, unknown]>) => {
    for (const [name, value] of values) if (/^(access|refresh|id)_token$/.test(name) && typeof value === 'string') tokens.push(value);
  };
  page.on('response', async (response) => {
    const location = response.headers().location;
    if (location) take(new URLSearchParams(new URL(location, response.url()).hash.slice(1)).entries());
    if (response.request().method() === 'POST' && /\/token$/.test(new URL(response.url()).pathname)) {
      const body: unknown = await response.json().catch(() => null);
      if (body && typeof body === 'object') take(Object.entries(body));
    }
  });
  return tokens;
}
