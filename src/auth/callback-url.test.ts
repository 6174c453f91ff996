import { describe, expect, it } from 'vitest';
import { takeCallbackUrl } from './callback-url';

function fakeWindow(href: string) {
  const url = new URL(href);
  const replaced: string[] = [];
  const location = { href: url.href, pathname: url.pathname } as Location;
  const history = {
    replaceState: (_data: unknown, _unused: string, next?: string | URL | null) => {
      replaced.push(String(next));
    },
  } as History;
  return { location, history, replaced };
}

describe('takeCallbackUrl', () => {
  it('returns the authorization response and clears it from the address bar', () => {
    const { location, history, replaced } = fakeWindow('https://app.example.com/callback?code=abc&state=xyz&iss=https%3A%2F%2Fid');
    expect(takeCallbackUrl(location, history)).toBe('https://app.example.com/callback?code=abc&state=xyz&iss=https%3A%2F%2Fid');
    expect(replaced).toEqual(['/']);
  });

  it('leaves every other page alone', () => {
    const { location, history, replaced } = fakeWindow('https://app.example.com/accounts?code=abc');
    expect(takeCallbackUrl(location, history)).toBeNull();
    expect(replaced).toEqual([]);
  });
});
