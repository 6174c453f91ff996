import type { OidcMetadata, UserManager } from 'oidc-client-ts';
import { isLoopbackHost } from '../config/url';
import { rememberMetadata } from './discovery-cache';
import { AuthProtocolError } from './protocol-error';

const withoutSlash = (url: string) => url.replace(/\/+$/, '');

/** Discovery fields the app or the library may send a browser or a request to. */
const isEndpointField = (field: string) => field.endsWith('_endpoint') || field === 'jwks_uri' || field === 'check_session_iframe';

/**
 * The first endpoint of a discovery document that is not https (http only on this machine),
 * as "field: value", or null. Guards against `javascript:` and `data:` URLs, and tokens sent in clear.
 */
export function insecureEndpoint(metadata: Partial<OidcMetadata>): string | null {
  for (const [field, value] of Object.entries(metadata)) {
    if (!isEndpointField(field) || value === undefined) continue;
    let url: URL | null;
    try {
      url = typeof value === 'string' ? new URL(value) : null;
    } catch {
      url = null;
    }
    const secure = url !== null && (url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname)));
    if (!secure) return `${field}: ${String(value).slice(0, 80)}`;
  }
  return null;
}

const reading = new WeakMap<UserManager, Promise<Partial<OidcMetadata>>>();

/** The manager's discovery document, one fetch at a time: a click on Sign in while the signed-out page still reads it waits for that read. */
function metadataOf(userManager: UserManager): Promise<Partial<OidcMetadata>> {
  let metadata = reading.get(userManager);
  if (!metadata) {
    metadata = userManager.metadataService.getMetadata();
    reading.set(userManager, metadata);
    metadata.catch(() => reading.delete(userManager)); // a failed read is tried again at the next use
  }
  return metadata;
}

/**
 * The identity server's discovery document (cached by oidc-client-ts), refused when its `issuer`
 * is not the authority it was fetched from (OpenID Connect Discovery §4.3) or an endpoint is not https.
 */
export async function trustedMetadata(userManager: UserManager): Promise<Partial<OidcMetadata> & { issuer: string }> {
  const metadata = await metadataOf(userManager);
  const authority = userManager.settings.authority;
  if (typeof metadata.issuer !== 'string' || withoutSlash(metadata.issuer) !== withoutSlash(authority)) {
    throw new AuthProtocolError('discovery_issuer', `Expected ${authority}, got ${String(metadata.issuer)}.`);
  }
  const insecure = insecureEndpoint(metadata);
  if (insecure) throw new AuthProtocolError('discovery_endpoint', insecure);
  rememberMetadata(authority, metadata);
  return { ...metadata, issuer: metadata.issuer };
}
