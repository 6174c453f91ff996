import { useState } from 'react';
import { clearWireLog, revealSecret, type Exchange } from '../../auth';
import { useMessages } from '../../i18n/messages';
import { useExchangeSource } from './exchange-source';
import { HarControls, ImportedBanner } from './har/HarControls';
import { explorerMessages } from './messages';
import { ParamTable } from './ParamTable';
import { exchangeAnchor, PushedRequest } from './par/PushedRequest';
import { proofMessages } from './proof/messages';
import { ProofDetails } from './proof/ProofDetails';
import { RecordedSecret } from './Secret';

/** Values as recorded: secrets are already masked, and revealed from the page's memory when it still holds them. */
function recordedValue(exchange: Exchange, part: 'sent' | 'received') {
  function RecordedValue(name: string, value: string) {
    const path = `${part}.${name}`;
    const secret = exchange.secrets?.[path];
    return secret ? <RecordedSecret masked={value} secret={secret} reveal={() => revealSecret(exchange, path)} /> : <code className="param-value">{value}</code>;
  }
  return RecordedValue;
}

function flatStrings(value: unknown): Record<string, string> | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const entries = Object.entries(value);
  if (!entries.every(([, item]) => ['string', 'number', 'boolean'].includes(typeof item))) return null;
  return Object.fromEntries(entries.map(([name, item]) => [name, String(item)]));
}

/** What came back: a table of name → value pairs when it is flat, else the JSON. */
export function Received({ exchange }: { exchange: Exchange }) {
  const t = useMessages(explorerMessages);
  const value = exchange.received;
  if (value === undefined) return null;
  const params = flatStrings(value);
  if (params) return <ParamTable params={params} caption={t.received} renderValue={recordedValue(exchange, 'received')} />;
  return (
    <>
      <h4>{t.received}</h4>
      <pre className="json" tabIndex={0}>{typeof value === 'string' ? value : JSON.stringify(value, null, 2)}</pre>
    </>
  );
}

/** One exchange's request and response, secrets masked until revealed. */
export function ExchangeDetails({ exchange }: { exchange: Exchange }) {
  const t = useMessages(explorerMessages);
  return (
    <>
      <ParamTable params={exchange.sent} caption={t.sent} renderValue={recordedValue(exchange, 'sent')} />
      {exchange.requestBody ? (
        <>
          <h4>{t.requestBody}</h4>
          <pre className="json" tabIndex={0}>{exchange.requestBody}</pre>
        </>
      ) : null}
      {exchange.error ? <p>{exchange.error}</p> : null}
      <Received exchange={exchange} />
      {exchange.responseHeaders && Object.keys(exchange.responseHeaders).length > 0 ? <ParamTable params={exchange.responseHeaders} caption={t.responseHeaders} /> : null}
      <ProofDetails exchange={exchange} />
    </>
  );
}

/** Cancelled by the app itself (a screen left before its data came), not refused by anyone. */
export const isAborted = (exchange: Exchange): boolean => /abort/i.test(exchange.error ?? '');

export function useOutcome() {
  const t = useMessages(explorerMessages);
  return (exchange: Exchange) => (exchange.error ? (isAborted(exchange) ? t.aborted : t.failed) : exchange.status === undefined ? t.redirect : String(exchange.status));
}

function Entry({ exchange, exchanges }: { exchange: Exchange; exchanges: Exchange[] }) {
  const t = useMessages(explorerMessages);
  const p = useMessages(proofMessages);
  const outcome = useOutcome();
  const time = new Date(exchange.at).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit', fractionalSecondDigits: 3 });
  return (
    <li id={exchangeAnchor(exchange)} className={exchange.kind === 'api' ? 'timeline-api' : undefined}>
      <details>
        <summary>
          <span className="timeline-time">{time}</span> <strong>{t.kinds[exchange.kind]}</strong> <code>{exchange.method}</code>{' '}
          <span className="wrap">{exchange.url}</span> <span className="timeline-status">{outcome(exchange)}</span>
          {exchange.durationMs === undefined ? null : <span className="muted"> {exchange.durationMs} ms</span>}
          {exchange.authScheme ? <span className="muted"> · {t.apiAuth(exchange.authScheme)}</span> : null}
          {exchange.sent.DPoP === undefined ? null : <span className="muted"> · {p.title}</span>}
        </summary>
        <ExchangeDetails exchange={exchange} />
      </details>
      <PushedRequest exchange={exchange} exchanges={exchanges} />
    </li>
  );
}

/** Every exchange with the identity server and the API this tab really made, in order (see auth/wire-log.ts), or an imported HAR's. */
export function TimelineSection() {
  const t = useMessages(explorerMessages);
  const { exchanges, imported } = useExchangeSource();
  const [showApi, setShowApi] = useState(true);
  const shown = showApi ? exchanges : exchanges.filter((exchange) => exchange.kind !== 'api');
  return (
    <section className="card explorer-section" aria-labelledby="explorer-timeline">
      <h2 id="explorer-timeline">{t.timeline}</h2>
      <p className="muted">{t.timelineIntro}</p>
      <ImportedBanner />
      <HarControls />
      {exchanges.length === 0 ? (
        <p>{t.timelineEmpty}</p>
      ) : (
        <>
          <label className="choice">
            <input type="checkbox" checked={showApi} onChange={(event) => setShowApi(event.target.checked)} />
            {t.showApiCalls}
          </label>
          <ol className="timeline" aria-label={t.timeline}>
            {shown.map((exchange) => (
              <Entry key={exchange.id} exchange={exchange} exchanges={exchanges} />
            ))}
          </ol>
          {imported ? null : (
            <button type="button" onClick={clearWireLog}>
              {t.clear}
            </button>
          )}
        </>
      )}
    </section>
  );
}
