import { randomBytes } from 'node:crypto';

/** What an authorization code stands for, remembered until it is exchanged (RFC 6749 §4.1.3, RFC 7636 §4.6). */
export interface CodeGrant {
  clientId: string;
  redirectUri: string;
  codeChallenge: string;
  nonce: string | undefined;
  scope: string;
  /** Seconds since the epoch; refreshed ID tokens keep it (OIDC Core §12.2). */
  authTime: number;
  used: boolean;
}

export interface RefreshGrant {
  clientId: string;
  scope: string;
  authTime: number;
  /** The code the chain of refresh tokens started from, so replaying that code can revoke them all. */
  code: string;
}

function newHandle(): string {
  return randomBytes(24).toString('base64url');
}

/** One scenario's codes, refresh tokens and revoked access tokens, in memory only. */
export class Grants {
  readonly #codes = new Map<string, CodeGrant>();
  readonly #refreshTokens = new Map<string, RefreshGrant>();
  readonly #revokedAccessTokens = new Set<string>();

  issueCode(grant: Omit<CodeGrant, 'used'>): string {
    const code = newHandle();
    this.#codes.set(code, { ...grant, used: false });
    return code;
  }

  /**
   * The grant behind `code`, marked used whatever the caller does next: a code is good for one
   * attempt only, so a wrong code_verifier cannot be retried (RFC 7636 §4.6). Returns undefined for
   * an unknown code, 'used' for a replayed one after revoking the refresh tokens it led to
   * (RFC 6749 §4.1.2; its access tokens simply expire).
   */
  takeCode(code: string): CodeGrant | 'used' | undefined {
    const grant = this.#codes.get(code);
    if (grant === undefined) return undefined;
    if (grant.used) {
      for (const [token, refresh] of this.#refreshTokens) if (refresh.code === code) this.#refreshTokens.delete(token);
      return 'used';
    }
    grant.used = true;
    return grant;
  }

  issueRefreshToken(grant: RefreshGrant): string {
    const token = newHandle();
    this.#refreshTokens.set(token, grant);
    return token;
  }

  /** The grant behind a refresh token, which stops working here: refresh tokens rotate (RFC 9700 §4.14.2). */
  takeRefreshToken(token: string): RefreshGrant | undefined {
    const grant = this.#refreshTokens.get(token);
    this.#refreshTokens.delete(token);
    return grant;
  }

  revokeRefreshToken(token: string): boolean {
    return this.#refreshTokens.delete(token);
  }

  revokeAccessToken(jti: string): void {
    this.#revokedAccessTokens.add(jti);
  }

  isAccessTokenRevoked(jti: string): boolean {
    return this.#revokedAccessTokens.has(jti);
  }
}
