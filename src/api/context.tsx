import { createContext, useContext, type ReactNode } from 'react';
import type { ApiClient } from './client';

export interface ApiContextValue {
  client: ApiClient;
  /** Prefix of every query key: data is cached per environment and user. */
  scope: readonly [environment: string, subject: string];
}

const ApiContext = createContext<ApiContextValue | null>(null);

export function ApiProvider({ value, children }: { value: ApiContextValue; children: ReactNode }) {
  return <ApiContext.Provider value={value}>{children}</ApiContext.Provider>;
}

export function useApi(): ApiContextValue {
  const value = useContext(ApiContext);
  if (!value) throw new Error('useApi must be used inside <ApiProvider> (signed in).');
  return value;
}
