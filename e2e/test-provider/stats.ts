/** What one scenario has been asked, so tests can tell e.g. whether the app fetched the JWKS again. */
export interface Stats {
  authorize: number;
  token: { authorization_code: number; refresh_token: number };
  /** Exchange attempts per authorization code, the refused ones included. */
  codeExchanges: Map<string, number>;
  jwks: number;
  discovery: number;
  userinfo: number;
}

export interface StatsJson extends Omit<Stats, 'codeExchanges'> {
  codeExchanges: Record<string, number>;
}

export function emptyStats(): Stats {
  return { authorize: 0, token: { authorization_code: 0, refresh_token: 0 }, codeExchanges: new Map(), jwks: 0, discovery: 0, userinfo: 0 };
}

export function countCodeExchange(stats: Stats, code: string): void {
  stats.codeExchanges.set(code, (stats.codeExchanges.get(code) ?? 0) + 1);
}

export function statsJson(stats: Stats): StatsJson {
  return { ...stats, token: { ...stats.token }, codeExchanges: Object.fromEntries(stats.codeExchanges) };
}
