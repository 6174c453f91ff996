import { Link, useLocation } from 'wouter';
import { useMessages } from '../../i18n/messages';
import { grantMessages } from './grants/messages';
import { jwtMessages } from './jwt/messages';
import { learnMessages } from './learn/messages';
import { explorerMessages } from './messages';
import { sectionPath, sections, type Section } from './sections';
import { snippetMessages } from './snippets/messages';

/** The sections as plain links (each a real address), the current one marked for screen readers too. */
export function ExplorerNav() {
  const t = useMessages(explorerMessages);
  const names: Record<Section, string> = {
    discovery: t.discovery,
    request: t.authorizationRequest,
    timeline: t.timeline,
    token: t.tokenResponse,
    jwt: useMessages(jwtMessages).title,
    snippets: useMessages(snippetMessages).title,
    diagram: t.diagram,
    compliance: t.compliance,
    grants: useMessages(grantMessages).title,
    learn: useMessages(learnMessages).title,
  };
  const [location] = useLocation();
  const current = location === '/' ? '/discovery' : location;
  return (
    <nav aria-label={t.sectionsNav} className="explorer-nav">
      <ul>
        {sections.map((section) => (
          <li key={section}>
            <Link href={sectionPath(section)} aria-current={current === sectionPath(section) ? 'page' : undefined}>
              {names[section]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
