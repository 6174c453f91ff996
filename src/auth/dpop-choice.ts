import type { OidcMetadata } from 'oidc-client-ts';
import * as z from 'zod/mini';
import { read, storageKeyFamily, write } from '../storage/storage';

/** The user's choice per environment, off until ticked (apart from ./dpop.ts, which the sign-in page does not need yet). */
const choiceKey = storageKeyFamily('dpop-choice:', z.boolean());
export const dpopChosen = (environmentId: string): boolean => read(choiceKey(environmentId)) ?? false;
export const chooseDpop = (environmentId: string, on: boolean): void => void write(choiceKey(environmentId), on);

/** oidc-client-ts signs proofs with ES256 only, so DPoP is offered only where the server takes ES256. */
export function offersDpop(metadata: Partial<OidcMetadata> | undefined): boolean {
  const algorithms: unknown = (metadata as Record<string, unknown> | undefined)?.dpop_signing_alg_values_supported;
  return Array.isArray(algorithms) && algorithms.includes('ES256');
}
