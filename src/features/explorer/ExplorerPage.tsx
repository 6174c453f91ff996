import type { User, UserManager } from 'oidc-client-ts';
import { useEffect } from 'react';
import { useDocumentTitle } from '../../components/use-document-title';
import type { Environment } from '../../config/environments';
import { useMessages } from '../../i18n/messages';
import { AuthorizationRequestSection } from './AuthorizationRequestSection';
import { DiscoverySection, useDiscovery } from './DiscoverySection';
import { ServerGrants } from './grants/ServerGrants';
import { JwtInspector } from './jwt/JwtInspector';
import { Learn } from './learn/Learn';
import { explorerMessages } from './messages';
import type { ExplorerRunResult } from '../../auth';
import { RunResultSection } from './RunResultSection';
import { CodeSnippets } from './snippets/CodeSnippets';
import { TimelineSection } from './TimelineSection';
import { TokenResponseSection } from './TokenResponseSection';
import './explorer.css';

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The flow explorer: loaded on demand, so none of it weighs on the first page. */
export default function ExplorerPage({
  environment,
  userManager,
  user,
  runResult,
}: {
  environment: Environment;
  userManager: UserManager | null;
  user: User | null;
  runResult: ExplorerRunResult | null;
}) {
  const t = useMessages(explorerMessages);
  useDocumentTitle(t.title);
  const discovery = useDiscovery(environment.authority, userManager);
  const metadata = discovery.data;
  const clientId = environment.clientId ?? '';
  const sandbox = environment.id === 'local';

  useEffect(() => {
    // Deep links (/explorer#implicit) land on their section once it has rendered.
    const target = window.location.hash ? document.getElementById(window.location.hash.slice(1)) : null;
    target?.scrollIntoView();
  }, []);

  const tokens = user
    ? [
        { label: 'Access token', token: user.access_token },
        ...(user.id_token ? [{ label: 'ID token', token: user.id_token }] : []),
      ]
    : [];

  return (
    <div className="explorer">
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      {runResult ? <RunResultSection result={runResult} /> : null}
      <DiscoverySection authority={environment.authority} userManager={userManager} />
      <AuthorizationRequestSection
        authorizationEndpoint={text(metadata?.authorization_endpoint)}
        tokenEndpoint={text(metadata?.token_endpoint)}
        clientId={clientId}
        scope={environment.scope}
      />
      <TimelineSection />
      <TokenResponseSection user={user} />
      <JwtInspector tokens={tokens} accessToken={user?.access_token} jwksUri={text(metadata?.jwks_uri)} />
      <CodeSnippets
        context={{
          authority: environment.authority,
          tokenEndpoint: text(metadata?.token_endpoint) ?? `${environment.authority}/connect/token`,
          authorizationEndpoint: text(metadata?.authorization_endpoint) ?? `${environment.authority}/connect/authorize`,
          clientId,
          scope: environment.scope,
          apiBaseUrl: environment.apiBaseUrl,
          redirectUri: `${window.location.origin}/callback`,
          accessToken: user?.access_token,
          serviceClient: sandbox ? { id: 'open-banking-service', secret: 'sandbox-secret' } : undefined,
        }}
      />
      <ServerGrants tokenEndpoint={text(metadata?.token_endpoint) ?? `${environment.authority}/connect/token`} sandbox={sandbox} />
      <Learn />
    </div>
  );
}
