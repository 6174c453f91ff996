import { useSyncExternalStore } from 'react';
import { clearWireLog, revealSecret, subscribeWireLog, wireLog, type Exchange } from '../../auth';
import { useMessages } from '../../i18n/messages';
import { explorerMessages } from './messages';
import { ParamTable } from './ParamTable';
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

function Received({ exchange }: { exchange: Exchange }) {
  const t = useMessages(explorerMessages);
  const value = exchange.received;
  if (value === undefined) return null;
  const params = flatStrings(value);
  if (params) return <ParamTable params={params} caption={t.received} renderValue={recordedValue(exchange, 'received')} />;
  return (
    <>
      <h4>{t.received}</h4>
      <pre className="json">{typeof value === 'string' ? value : JSON.stringify(value, null, 2)}</pre>
    </>
  );
}

function Entry({ exchange }: { exchange: Exchange }) {
  const t = useMessages(explorerMessages);
  const time = new Date(exchange.at).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit', fractionalSecondDigits: 3 });
  const outcome = exchange.error ? t.failed : exchange.status === undefined ? t.redirect : String(exchange.status);
  return (
    <li>
      <details>
        <summary>
          <span className="timeline-time">{time}</span> <strong>{t.kinds[exchange.kind]}</strong> <code>{exchange.method}</code>{' '}
          <span className="wrap">{exchange.url}</span> <span className="timeline-status">{outcome}</span>
          {exchange.durationMs === undefined ? null : <span className="muted"> {exchange.durationMs} ms</span>}
        </summary>
        <ParamTable params={exchange.sent} caption={t.sent} renderValue={recordedValue(exchange, 'sent')} />
        {exchange.error ? <p>{exchange.error}</p> : null}
        <Received exchange={exchange} />
      </details>
    </li>
  );
}

/** Every exchange with the identity server this tab really made, in order (see auth/wire-log.ts). */
export function TimelineSection() {
  const t = useMessages(explorerMessages);
  const entries = useSyncExternalStore(subscribeWireLog, wireLog);
  return (
    <section className="card explorer-section" aria-labelledby="explorer-timeline">
      <h2 id="explorer-timeline">{t.timeline}</h2>
      <p className="muted">{t.timelineIntro}</p>
      {entries.length === 0 ? (
        <p>{t.timelineEmpty}</p>
      ) : (
        <>
          <ol className="timeline" aria-label={t.timeline}>
            {entries.map((exchange) => (
              <Entry key={exchange.id} exchange={exchange} />
            ))}
          </ol>
          <button type="button" onClick={clearWireLog}>
            {t.clear}
          </button>
        </>
      )}
    </section>
  );
}
