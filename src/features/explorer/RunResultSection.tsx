import { useMutation } from '@tanstack/react-query';
import { Alert } from '../../components/Alert';
import { Status } from '../../components/Status';
import { useMessages } from '../../i18n/messages';
import { explorerMessages } from './messages';
import { ParamTable } from './ParamTable';
import { explorerRunKey, postForm, type ExplorerRunResult } from '../../auth';

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
      const tokenEndpoint = run.tokenEndpoint ?? '';
      // The key the run was started with (it bound the code when the request was pushed with a proof).
      const key = run.dpop && params.state ? explorerRunKey(params.state, run.clientId, new URL(tokenEndpoint).origin) : null;
      const form = new URLSearchParams({
        grant_type: 'authorization_code',
        code: params.code ?? '',
        redirect_uri: run.redirectUri,
        client_id: run.clientId,
        code_verifier: run.codeVerifier ?? '',
      });
      const answer = await postForm(tokenEndpoint, form, key ? (nonce) => key.proof(tokenEndpoint, 'POST', nonce) : undefined);
      // The token is not used from here: the key has done its work once the code is redeemed.
      if (key && answer.status < 300) await key.forget();
      return { ...answer, proven: key !== null };
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
          {exchange.data.proven ? <p>{t.exchangedWithDpop}</p> : null}
          {exchange.data.nonceRetried ? <p>{t.nonceRetried}</p> : null}
          {exchange.data.status >= 400 && answer?.error ? <Alert title={answer.error}>{answer.error_description ?? ''}</Alert> : null}
          {answer ? <ParamTable params={answer} caption={t.received} /> : <pre className="json">{String(exchange.data.body)}</pre>}
        </>
      ) : null}
    </section>
  );
}
