import type { User, UserManager } from 'oidc-client-ts';
import { useEffect, useState } from 'react';
import { Route, Switch, useLocation } from 'wouter';
import { useDocumentTitle } from '../../components/use-document-title';
import type { Environment } from '../../config/environments';
import { useMessages } from '../../i18n/messages';
import { AuthorizationRequestSection } from './AuthorizationRequestSection';
import { Compliance } from './compliance/Compliance';
import { SequenceDiagram } from './diagram/SequenceDiagram';
import { DiscoverySection, useDiscovery } from './DiscoverySection';
import { ExchangeSourceProvider } from './exchange-source';
import { ExplorerNav } from './ExplorerNav';
import { ServerGrants } from './grants/ServerGrants';
import { JwtInspector } from './jwt/JwtInspector';
import { Learn } from './learn/Learn';
import { topicIds } from './learn/messages';
import { explorerMessages } from './messages';
import type { ExplorerRunResult } from '../../auth';
import { RunResultSection } from './RunResultSection';
import { SharedSetupPrompt } from './share/SharedSetupPrompt';
import { readSharedSetup, type SharedSetup } from './share/share-link';
import { CodeSnippets } from './snippets/CodeSnippets';
import { TimelineSection } from './TimelineSection';
import { TokenResponseSection } from './TokenResponseSection';
import './explorer.css';

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Run results already sent to their section once, so coming back to /explorer later shows Discovery. */
const placedRuns = new WeakSet<ExplorerRunResult>();

/** The flow explorer: loaded on demand, so none of it weighs on the first page. Each section has its own address. */
export default function ExplorerPage(props: { environment: Environment; userManager: UserManager | null; user: User | null; runResult: ExplorerRunResult | null }) {
  return (
    <Route path="/explorer" nest>
      <ExchangeSourceProvider>
        <Explorer {...props} />
      </ExchangeSourceProvider>
    </Route>
  );
}

function Explorer({
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
  const [location, navigate] = useLocation();
  // A shared link's setup waits here until the user confirms its authority.
  const [offered, setOffered] = useState<SharedSetup | null>(() => readSharedSetup(window.location.hash));
  const [accepted, setAccepted] = useState<SharedSetup | null>(null);
  const discovery = useDiscovery(environment.authority, userManager);
  const metadata = discovery.data;
  // A confirmed shared link may name another identity server: the builder reads that one's discovery.
  const builderAuthority = accepted?.authority ?? environment.authority;
  const builderDiscovery = useDiscovery(builderAuthority, builderAuthority === environment.authority ? userManager : null).data;
  const clientId = environment.clientId ?? '';
  const sandbox = environment.id === 'local';

  useEffect(() => {
    // A run's answer belongs to the request section; old links to /explorer#implicit to Learn.
    const topic = decodeURIComponent(window.location.hash.slice(1));
    if (runResult && !placedRuns.has(runResult)) {
      placedRuns.add(runResult);
      navigate('/request', { replace: true });
    } else if (location === '/' && Object.values(topicIds).includes(topic)) navigate(`/learn#${topic}`, { replace: true });
    else if (offered && location !== '/request') navigate('/request', { replace: true });
    // Only where the page was entered: later moves are the user's own.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    // A new section starts at its top, unless the address names a place in it.
    if (!window.location.hash) window.scrollTo(0, 0);
  }, [location]);

  const tokens = user
    ? [
        { label: 'Access token', token: user.access_token },
        ...(user.id_token ? [{ label: 'ID token', token: user.id_token }] : []),
      ]
    : [];

  const requestSection = (
    <>
      {runResult ? <RunResultSection result={runResult} /> : null}
      {offered ? (
        <SharedSetupPrompt
          setup={offered}
          currentAuthority={environment.authority}
          onAccept={() => {
            setAccepted(offered);
            setOffered(null);
            window.history.replaceState(window.history.state, '', window.location.pathname);
          }}
          onDecline={() => {
            setOffered(null);
            window.history.replaceState(window.history.state, '', window.location.pathname);
          }}
        />
      ) : null}
      <AuthorizationRequestSection
        key={accepted ? JSON.stringify(accepted) : 'environment'}
        authority={builderAuthority}
        authorizationEndpoint={text(builderDiscovery?.authorization_endpoint)}
        tokenEndpoint={text(builderDiscovery?.token_endpoint)}
        metadata={builderDiscovery}
        clientId={clientId}
        scope={environment.scope}
        shared={accepted}
      />
    </>
  );

  return (
    <div className="explorer">
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <ExplorerNav />
      <Switch>
        <Route path="/">
          <DiscoverySection authority={environment.authority} userManager={userManager} />
        </Route>
        <Route path="/discovery">
          <DiscoverySection authority={environment.authority} userManager={userManager} />
        </Route>
        <Route path="/request">{requestSection}</Route>
        <Route path="/timeline">
          <TimelineSection />
        </Route>
        <Route path="/token">
          <TokenResponseSection user={user} />
        </Route>
        <Route path="/jwt">
          <JwtInspector tokens={tokens} accessToken={user?.access_token} jwksUri={text(metadata?.jwks_uri)} />
        </Route>
        <Route path="/snippets">
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
        </Route>
        <Route path="/diagram">
          <SequenceDiagram />
        </Route>
        <Route path="/compliance">
          <Compliance />
        </Route>
        <Route path="/grants">
          <ServerGrants tokenEndpoint={text(metadata?.token_endpoint) ?? `${environment.authority}/connect/token`} sandbox={sandbox} />
        </Route>
        <Route path="/learn">
          <Learn />
        </Route>
        <Route>
          <p role="alert">{t.noSuchSection}</p>
        </Route>
      </Switch>
    </div>
  );
}
