import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { subscribeWireLog, wireLog } from '../../../auth';
import { useMessages } from '../../../i18n/messages';
import { proofThumbprints } from '../proof/proof';
import { bindingOf, jwtKind } from './binding';
import type { DecodedJwt } from './inspect';
import { jwtMessages } from './messages';

/** Thumbprints of the DPoP keys whose proofs this tab's own log holds (an imported file's keys are another browser's). */
function useRecordedThumbprints(): string[] | undefined {
  const exchanges = useSyncExternalStore(subscribeWireLog, wireLog);
  const [settled, setSettled] = useState<{ exchanges: typeof exchanges; thumbprints: string[] } | null>(null);
  useEffect(() => {
    let current = true;
    void proofThumbprints(exchanges).then((thumbprints) => {
      if (current) setSettled({ exchanges, thumbprints });
    });
    return () => {
      current = false;
    };
  }, [exchanges]);
  return settled?.exchanges === exchanges ? settled.thumbprints : undefined;
}

/** What the token's `cnf` binds it to, and whether this page holds that key; or, for a DPoP proof, what a proof is. */
export function KeyBinding({ jwt }: { jwt: DecodedJwt }) {
  const t = useMessages(jwtMessages).binding;
  const thumbprints = useRecordedThumbprints();
  const kind = useMemo(() => jwtKind(jwt), [jwt]);
  if (kind === 'dpop_proof') return <p className="key-binding">{t.proof}</p>;
  if (jwt.payload.cnf === undefined || !thumbprints) return null;
  const binding = bindingOf(jwt, thumbprints);
  if (binding.state === 'none') return null;
  return (
    <section className="key-binding" aria-label={t.title}>
      <h4>{t.title}</h4>
      {binding.state === 'id_token' ? <p>{t.idToken}</p> : null}
      {binding.state === 'other_method' ? <p>{t.otherMethod(binding.members.join(', '))}</p> : null}
      {binding.state === 'jkt' ? (
        <>
          <p>{t.jkt(binding.jkt)}</p>
          <p role="status" className={binding.key === 'match' ? 'check check-good' : 'check'}>
            {binding.key === 'match' ? t.match : binding.key === 'mismatch' ? t.mismatch(binding.thumbprints.join(', ')) : t.unknown}
          </p>
        </>
      ) : null}
    </section>
  );
}
