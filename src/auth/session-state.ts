import type { User } from 'oidc-client-ts';
import type { AuthProblem } from './errors';

export type SessionFlow = 'code' | 'implicit';

/** Where a session stands; the app renders from this alone. */
export interface SessionState {
  status: 'loading' | 'completing' | 'signed-out' | 'signed-in' | 'signing-out';
  user: User | null;
  flow: SessionFlow | null;
  /** Why the last sign-in or session failed, until the next one starts. */
  problem: AuthProblem | null;
  /** Set when the sign-in was refused at the callback (the alert says "refused"), not before it. */
  refused: boolean;
  /** Something the user should know that is no failure. */
  notice: 'signed-out-elsewhere' | 'signed-out-locally' | null;
  /** Where a completed sign-in returns to (a same-origin path). */
  returnTo: string | null;
}

export type SessionAction =
  | { type: 'loaded'; user: User | null; flow: SessionFlow | null }
  | { type: 'completing' }
  | { type: 'signed-in'; user: User; flow: SessionFlow; returnTo: string | null }
  | { type: 'refused'; problem: AuthProblem }
  | { type: 'start-failed'; problem: AuthProblem }
  | { type: 'renewed'; user: User }
  | { type: 'adopted'; user: User; flow: SessionFlow }
  | { type: 'ended'; problem: AuthProblem }
  | { type: 'signed-out-elsewhere' }
  | { type: 'signing-out' }
  | { type: 'signed-out'; problem: AuthProblem | null };

export const initialSessionState: SessionState = {
  status: 'loading',
  user: null,
  flow: null,
  problem: null,
  refused: false,
  notice: null,
  returnTo: null,
};

const signedOut = (problem: AuthProblem | null, notice: SessionState['notice'] = null): SessionState => ({
  ...initialSessionState,
  status: 'signed-out',
  problem,
  notice,
});

const sameSubject = (a: User, b: User) => a.profile.sub === b.profile.sub;

/**
 * Every change of a session passes through here (as in react-oidc-context). Pure: the checks that
 * need keys or servers ran before the action was dispatched; this guards the transitions.
 */
export function sessionReducer(state: SessionState, action: SessionAction): SessionState {
  switch (action.type) {
    case 'loaded':
      if (state.status !== 'loading') return state;
      return action.user ? { ...state, status: 'signed-in', user: action.user, flow: action.flow ?? 'code' } : signedOut(null);
    case 'completing':
      return { ...initialSessionState, status: 'completing' };
    case 'signed-in':
      return { ...initialSessionState, status: 'signed-in', user: action.user, flow: action.flow, returnTo: action.returnTo };
    case 'refused':
      return { ...signedOut(action.problem), refused: true };
    case 'start-failed':
      return state.status === 'signed-in' ? state : signedOut(action.problem);
    case 'renewed':
      // A renewal continues the session it renews: never a session for somebody else, never after it ended.
      if (state.status !== 'signed-in' || !state.user || !sameSubject(state.user, action.user)) return state;
      return { ...state, user: action.user };
    case 'adopted':
      if (state.status === 'signed-in' && state.user && !sameSubject(state.user, action.user)) return state;
      if (state.status === 'signing-out' || state.status === 'completing') return state;
      return { ...state, status: 'signed-in', user: action.user, flow: action.flow, problem: null, refused: false, notice: null };
    case 'ended':
      return state.status === 'signed-in' ? signedOut(action.problem) : state;
    case 'signed-out-elsewhere':
      return state.status === 'signed-in' || state.status === 'signing-out' ? signedOut(null, 'signed-out-elsewhere') : state;
    case 'signing-out':
      return { ...state, status: 'signing-out', notice: null, problem: null };
    case 'signed-out':
      // With a problem, the identity server could not be told: the session ended here only.
      return signedOut(action.problem, action.problem ? 'signed-out-locally' : null);
  }
}
