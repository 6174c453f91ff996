import { useQuery } from '@tanstack/react-query';
import type { UserManager } from 'oidc-client-ts';
import { z } from 'zod';
import { Alert } from '../../components/Alert';
import { Status } from '../../components/Status';
import { useMessages } from '../../i18n/messages';
import { discoveryFields, displayValue, findings, type DiscoveryDocument, type Finding } from './discovery-findings';
import { explorerMessages } from './messages';

const jwksSchema = z.object({ keys: z.array(z.looseObject({ kid: z.string().optional(), kty: z.string(), alg: z.string().optional(), use: z.string().optional() })) });

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${url} answered ${response.status}.`);
  return response.json();
}

/** The discovery document (through oidc-client-ts's cache when there is one) and the keys it names. */
export function useDiscovery(authority: string, userManager: UserManager | null) {
  return useQuery({
    queryKey: ['explorer', 'discovery', authority],
    queryFn: async (): Promise<DiscoveryDocument> =>
      userManager ? ((await userManager.metadataService.getMetadata()) as DiscoveryDocument) : ((await fetchJson(`${authority}/.well-known/openid-configuration`)) as DiscoveryDocument),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

function FindingText({ finding }: { finding: Finding }) {
  const t = useMessages(explorerMessages);
  switch (finding.code) {
    case 'issuer_mismatch':
      return <>{t.issuerMismatch(finding.issuer, finding.authority)}</>;
    case 'no_s256':
      return <>{t.noS256}</>;
    case 'plain_pkce':
      return <>{t.plainPkce}</>;
    case 'implicit_offered':
      return <>{t.implicitOffered}</>;
    case 'no_iss_parameter':
      return <>{t.noIssParameter}</>;
    case 'none_alg':
      return <>{t.noneAlg}</>;
  }
}

export function DiscoverySection({ authority, userManager }: { authority: string; userManager: UserManager | null }) {
  const t = useMessages(explorerMessages);
  const discovery = useDiscovery(authority, userManager);
  const jwksUri = typeof discovery.data?.jwks_uri === 'string' ? discovery.data.jwks_uri : null;
  const jwks = useQuery({
    queryKey: ['explorer', 'jwks', jwksUri],
    queryFn: async () => jwksSchema.parse(await fetchJson(jwksUri ?? '')),
    enabled: jwksUri !== null,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
  const found = discovery.data ? findings(discovery.data, authority) : [];

  return (
    <section className="card explorer-section" aria-labelledby="explorer-discovery">
      <h2 id="explorer-discovery">{t.discovery}</h2>
      <p className="muted">
        {t.discoveryFrom} <code>{authority}/.well-known/openid-configuration</code>
      </p>
      {discovery.isPending ? <Status>{t.loading}</Status> : null}
      {discovery.error ? <Alert title={t.discoveryFailed}>{discovery.error.message}</Alert> : null}
      {discovery.data ? (
        <>
          <h3>{t.findings}</h3>
          {found.length === 0 ? (
            <p>{t.noFindings}</p>
          ) : (
            <ul className="findings">
              {found.map((finding) => (
                <li key={finding.code}>
                  <FindingText finding={finding} />
                </li>
              ))}
            </ul>
          )}
          <div className="side-by-side">
            <div className="table-scroll">
              <table>
                <caption className="visually-hidden">{t.discovery}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.field}</th>
                    <th scope="col">{t.value}</th>
                  </tr>
                </thead>
                <tbody>
                  {discoveryFields.map((field) => (
                    <tr key={field}>
                      <th scope="row">
                        <code>{field}</code>
                      </th>
                      <td className="wrap">{displayValue(discovery.data[field])}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <details>
              <summary>{t.rawJson}</summary>
              <pre className="json">{JSON.stringify(discovery.data, null, 2)}</pre>
            </details>
          </div>
          <h3>{t.keys}</h3>
          {jwks.isPending && jwksUri ? <Status>{t.loading}</Status> : null}
          {jwks.error ? <Alert title={t.keysFailed}>{jwks.error.message}</Alert> : null}
          {jwks.data ? (
            jwks.data.keys.length === 0 ? (
              <p>{t.noKeys}</p>
            ) : (
              <div className="table-scroll">
                <table>
                  <caption className="visually-hidden">{t.keys}</caption>
                  <thead>
                    <tr>
                      <th scope="col">kid</th>
                      <th scope="col">kty</th>
                      <th scope="col">alg</th>
                      <th scope="col">use</th>
                    </tr>
                  </thead>
                  <tbody>
                    {jwks.data.keys.map((key, index) => (
                      <tr key={key.kid ?? index}>
                        <td className="mono wrap">{key.kid ?? '—'}</td>
                        <td>{key.kty}</td>
                        <td>{key.alg ?? '—'}</td>
                        <td>{key.use ?? '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )
          ) : null}
        </>
      ) : null}
    </section>
  );
}
