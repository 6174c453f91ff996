import type { Exchange } from '../../../auth';
import { useMessages } from '../../../i18n/messages';
import { parMessages } from './messages';
import { pushedAnswer, pushedRequestOf } from './par';

/** The anchor of an exchange in the timeline, so one step can point at another. */
export const exchangeAnchor = (exchange: Exchange) => `exchange-${exchange.id}`;

const timeOf = (exchange: Exchange) => new Date(exchange.at).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit', fractionalSecondDigits: 3 });

/** For a push: what was pushed and what came back. For an authorization request by reference: the push it authorizes. */
export function PushedRequest({ exchange, exchanges }: { exchange: Exchange; exchanges: Exchange[] }) {
  const t = useMessages(parMessages);
  if (exchange.kind === 'par') {
    const answer = pushedAnswer(exchange);
    const count = Object.keys(exchange.sent).filter((name) => name !== 'Authorization' && name !== 'DPoP').length;
    return (
      <div className="pushed-request">
        <p>{t.pushed(count)}</p>
        <p>{answer ? t.answered(answer.requestUri, answer.expiresIn) : t.notAnswered}</p>
      </div>
    );
  }
  if (exchange.kind !== 'authorize' || !exchange.sent.request_uri) return null;
  const pushed = pushedRequestOf(exchange, exchanges);
  return (
    <p className="pushed-request">
      {pushed ? (
        <>
          {t.authorizes}: <a href={`#${exchangeAnchor(pushed)}`}>{t.pushedAt(timeOf(pushed))}</a>
        </>
      ) : (
        t.unknownPush
      )}
    </p>
  );
}
