import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { revealSecret, type Exchange } from '../../../auth';
import { useLanguage } from '../../../i18n/language';
import { useMessages } from '../../../i18n/messages';
import { proofMessages } from './messages';
import { inspectProof, proofStatus, type ProofHeader, type ProofInspection } from './proof';
import './proof.css';

function useProofInspection(exchange: Exchange): ProofInspection | undefined {
  const [settled, setSettled] = useState<{ exchange: Exchange; inspection: ProofInspection | undefined } | null>(null);
  useEffect(() => {
    let current = true;
    void inspectProof(exchange, (path) => revealSecret(exchange, path)).then((inspection) => {
      if (current) setSettled({ exchange, inspection });
    });
    return () => {
      current = false;
    };
  }, [exchange]);
  return settled?.exchange === exchange ? settled.inspection : undefined;
}

function Entry({ name, value, meaning }: { name: string; value: ReactNode; meaning: string }) {
  return (
    <div className="claim">
      <dt>
        <code>{name}</code>
      </dt>
      <dd className="claim-value">{value}</dd>
      <dd className="claim-meaning">{meaning}</dd>
    </div>
  );
}

const shown = (value: unknown) => <code>{typeof value === 'string' ? value : JSON.stringify(value)}</code>;

function Header({ header }: { header: ProofHeader }) {
  const p = useMessages(proofMessages);
  return (
    <>
      <h5>{p.header}</h5>
      <dl className="claims">
        <Entry name="typ" value={shown(header.typ)} meaning={p.headerMeanings.typ} />
        <Entry name="alg" value={shown(header.alg)} meaning={p.headerMeanings.alg} />
        {header.jwk ? <Entry name="jwk" value={shown(header.jwk)} meaning={p.headerMeanings.jwk} /> : null}
        {header.thumbprint ? <Entry name="jwk SHA-256 thumbprint" value={shown(header.thumbprint)} meaning={p.headerMeanings.thumbprint} /> : null}
      </dl>
    </>
  );
}

function IssuedAt({ iat }: { iat: unknown }) {
  const { locale } = useLanguage();
  const format = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'long' }), [locale]);
  if (typeof iat !== 'number' || !Number.isFinite(iat)) return shown(iat);
  const date = new Date(iat * 1000);
  return (
    <>
      {shown(iat)} <time dateTime={date.toISOString()}>{format.format(date)}</time>
    </>
  );
}

/** The DPoP proof an exchange carried, decoded from the page's memory and checked in words; nothing when it carried none. */
export function ProofDetails({ exchange }: { exchange: Exchange }) {
  const p = useMessages(proofMessages);
  const inspection = useProofInspection(exchange);
  if (exchange.sent.DPoP === undefined) return null;
  return (
    <section className="proof-details" aria-label={p.title}>
      <h4>{p.title}</h4>
      {!inspection ? <p className="muted">{p.reading}</p> : null}
      {inspection?.state === 'malformed' ? <p className="proof-bad">{p.malformed(inspection.detail)}</p> : null}
      {inspection?.state === 'not_kept' ? (
        <>
          <p>{p.notKept[inspection.why]}</p>
          {inspection.header ? <Header header={inspection.header} /> : null}
        </>
      ) : null}
      {inspection?.state === 'decoded' ? (
        <>
          <p className="muted">{p.masked}</p>
          <Header header={inspection.header} />
          <h5>{p.claims}</h5>
          <dl className="claims">
            {inspection.claims.htm === undefined ? null : <Entry name="htm" value={shown(inspection.claims.htm)} meaning={p.claimMeanings.htm} />}
            {inspection.claims.htu === undefined ? null : <Entry name="htu" value={shown(inspection.claims.htu)} meaning={p.claimMeanings.htu} />}
            {inspection.claims.iat === undefined ? null : <Entry name="iat" value={<IssuedAt iat={inspection.claims.iat} />} meaning={p.claimMeanings.iat} />}
            {inspection.claims.jti === undefined ? null : <Entry name="jti" value={shown(inspection.claims.jti)} meaning={p.claimMeanings.jti} />}
            {inspection.claims.ath === undefined ? null : <Entry name="ath" value={shown(inspection.claims.ath)} meaning={p.claimMeanings.ath} />}
            {inspection.claims.nonce === undefined ? null : <Entry name="nonce" value={shown(inspection.claims.nonce)} meaning={p.claimMeanings.nonce} />}
            {Object.entries(inspection.claims.other).map(([name, value]) => (
              <Entry key={name} name={name} value={shown(value)} meaning={p.notDefined} />
            ))}
          </dl>
          <h5>{p.checks}</h5>
          <ul className="proof-checks">
            {inspection.checks.map((check) => {
              const status = proofStatus(check);
              return (
                <li key={check.check} className={`proof-${status}`}>
                  <span aria-hidden="true">{p.signs[status]}</span> <span className="visually-hidden">{p.statusWords[status]}: </span>
                  {p.check(check)}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </section>
  );
}
