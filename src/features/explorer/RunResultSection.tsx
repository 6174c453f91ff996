import { useMutation } from '@tanstack/react-query';
import { Alert } from '../../components/Alert';
import { Status } from '../../components/Status';
import { useMessages } from '../../i18n/messages';
import { explorerMessages } from './messages';
import { ParamTable } from './ParamTable';
import type { ExplorerRunResult } from '../../auth';

function flat(value: unknown): Record<string, string> | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, typeof item === 'string' ? item : JSON.stringify(item)]));
}

/** What came back from a request built in the explorer, and, for a code, the exchange for tokens. */
export function RunResultSection({ result }: { result: ExplorerRunResult }) {
  const t = useMessages(explorerMessages);
  const { run, params } = result;
  const exchange = useMutation({
    mutationFn: async () => {
      const response = await fetch(run.tokenEndpoint ?? '', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
        body: new URLSearchParams({
          grant_type: 'authorization_code',
          code: params.code ?? '',
          redirect_uri: run.redirectUri,
          client_id: run.clientId,
          code_verifier: run.codeVerifier ?? '',
        }),
      });
      const text = await response.text();
      let body: unknown = text;
      try {
        body = JSON.parse(text) as unknown;
      } catch {
        // not JSON: shown as text
      }
      return { status: response.status, body };
    },
  });
  const canExchange = Boolean(params.code && run.codeVerifier && run.tokenEndpoint);
  const answer = exchange.data ? flat(exchange.data.body) : null;
  return (
    <section className="card explorer-section" aria-labelledby="explorer-run-result">
      <h2 id="explorer-run-result">{t.runResult}</h2>
      <p>{t.runResultIntro}</p>
      {params.error ? <Alert title={params.error}>{params.error_description ?? ''}</Alert> : null}
      <ParamTable params={params} caption={t.received} />
      {canExchange ? (
        <div className="actions">
          <button type="button" className="primary" onClick={() => exchange.mutate()} disabled={exchange.isPending || exchange.isSuccess}>
            {t.exchange}
          </button>
        </div>
      ) : null}
      {exchange.isPending ? <Status>{t.exchanging}</Status> : null}
      {exchange.error ? <Alert>{exchange.error.message}</Alert> : null}
      {exchange.data ? (
        <>
          <h3>
            {t.exchangeResult}: {exchange.data.status}
          </h3>
          {answer ? <ParamTable params={answer} caption={t.received} /> : <pre className="json">{String(exchange.data.body)}</pre>}
        </>
      ) : null}
    </section>
  );
}
