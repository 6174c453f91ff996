import { createContext, useContext, useSyncExternalStore } from 'react';
import type { AuthSession } from './session';
import type { SessionState } from './session-state';

/** The session of the environment in use, for the pages below it. */
export const SessionContext = createContext<AuthSession | null>(null);

/** The state of `given` (or of the session in context), re-rendering on every change the reducer makes. */
export function useSessionState(given?: AuthSession): SessionState {
  const fromContext = useContext(SessionContext);
  const session = given ?? fromContext;
  if (!session) throw new Error('useSessionState needs a session: pass one or render inside <SessionContext.Provider>.');
  return useSyncExternalStore(session.subscribe, session.getState);
}
