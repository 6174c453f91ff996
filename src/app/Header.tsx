import type { ReactNode } from 'react';
import { EnvironmentSelect } from '../features/environment/EnvironmentSelect';

export function Header({ beforeEnvironmentChange, account }: { beforeEnvironmentChange?: () => Promise<void>; account?: ReactNode }) {
  return (
    <header className="app-header">
      <a className="brand" href="/">
        Open Banking Explorer
      </a>
      <EnvironmentSelect beforeChange={beforeEnvironmentChange} />
      {account ? <div className="account">{account}</div> : null}
    </header>
  );
}
