import type { OidcMetadata, UserManager } from 'oidc-client-ts';
import { rememberMetadata } from './discovery-cache';
import { AuthProtocolError } from './protocol-error';

const withoutSlash = (url: string) => url.replace(/\/+$/, '');

/**
 * The identity server's discovery document (cached by oidc-client-ts), refused when its `issuer`
 * is not the authority it was fetched from (OpenID Connect Discovery §4.3).
 */
export async function trustedMetadata(userManager: UserManager): Promise<Partial<OidcMetadata> & { issuer: string }> {
  const metadata = await userManager.metadataService.getMetadata();
  const authority = userManager.settings.authority;
  if (typeof metadata.issuer !== 'string' || withoutSlash(metadata.issuer) !== withoutSlash(authority)) {
    throw new AuthProtocolError('discovery_issuer', `Expected ${authority}, got ${String(metadata.issuer)}.`);
  }
  rememberMetadata(authority, metadata);
  return { ...metadata, issuer: metadata.issuer };
}
