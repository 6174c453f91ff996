import { useEffect, useState } from 'react';
import { checkAtHash, verifySignature, type AtHashCheck, type DecodedJwt, type KeySource, type SignatureCheck } from './inspect';

export interface TokenChecks {
  signature: SignatureCheck;
  atHash?: AtHashCheck;
}

interface Settled extends TokenChecks {
  jwt: DecodedJwt;
  source: KeySource | undefined;
  accessToken: string | undefined;
}

/** Verifies the signature and `at_hash` in the background; undefined while that is under way. */
export function useTokenChecks(jwt: DecodedJwt | undefined, source: KeySource | undefined, accessToken: string | undefined): TokenChecks | undefined {
  const [settled, setSettled] = useState<Settled | null>(null);
  useEffect(() => {
    if (!jwt) return;
    let current = true;
    void Promise.all([verifySignature(jwt, source), checkAtHash(jwt, accessToken)]).then(([signature, atHash]) => {
      if (current) setSettled({ jwt, source, accessToken, signature, atHash });
    });
    return () => {
      current = false;
    };
  }, [jwt, source, accessToken]);
  if (!settled || settled.jwt !== jwt || settled.source !== source || settled.accessToken !== accessToken) return undefined;
  return { signature: settled.signature, atHash: settled.atHash };
}
