import type { ReactNode } from 'react';
import { Link, useRoute } from 'wouter';
import { EnvironmentSelect } from '../features/environment/EnvironmentSelect';
import { useMessages } from '../i18n/messages';
import { LanguageSelect } from './LanguageSelect';
import { appMessages } from './messages';

function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const [active] = useRoute(href === '/' ? '/' : `${href}/*?`);
  return (
    <Link href={href} aria-current={active ? 'page' : undefined}>
      {children}
    </Link>
  );
}

export function Header({
  signedIn = false,
  beforeEnvironmentChange,
  account,
}: {
  signedIn?: boolean;
  beforeEnvironmentChange?: () => Promise<void>;
  account?: ReactNode;
}) {
  const t = useMessages(appMessages);
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <Link className="brand" href="/">
        Open Banking Explorer
      </Link>
      <nav aria-label={t.mainNavigation} className="main-nav">
        {signedIn ? (
          <>
            <NavLink href="/">{t.accounts}</NavLink>
            <NavLink href="/receivables">{t.receivables}</NavLink>
            <NavLink href="/payments">{t.payments}</NavLink>
            <NavLink href="/companies">{t.companies}</NavLink>
            <NavLink href="/profile">{t.profile}</NavLink>
          </>
        ) : null}
        <NavLink href="/explorer">{t.explorer}</NavLink>
      </nav>
      <div className="header-controls">
        <EnvironmentSelect beforeChange={beforeEnvironmentChange} />
        <LanguageSelect />
        {account ? <div className="account">{account}</div> : null}
      </div>
    </header>
  );
}
