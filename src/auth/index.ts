/*
 * The auth layer's public surface: everything outside src/auth imports from here.
 * A sign-in's story, in the order a reader meets it: arrival.ts (the response taken from the URL),
 * session.ts (start, sign in, complete, renew, sign out), session-state.ts (the reducer every change
 * passes), code-flow.ts or implicit.ts (the protocol), errors.ts (what went wrong, as a code).
 */
export { takeArrival, type Arrival } from './arrival';
export type { AuthSession, EarlyAccess } from './session';
export { canSignIn, sessionName, type SignInEnvironment } from './session-name';
// The first page's session: its code (./session.ts) is fetched after the first paint.
export { deferredSessionFor, preloadSessionCode, sessionCodeNeededAtOnce, type DeferredSession } from './deferred-session';
export type { SessionFlow, SessionState } from './session-state';
export { SessionContext, useSessionState } from './use-session';
export { protocolErrorCodes, type AuthProblem, type AuthProblemCode } from './errors';
export { postSilentAnswer } from './silent-answer';
export { callbackPath } from './callback-url';
export { chooseDpop, dpopChosen, offersDpop, warmDpopKeyStore } from './dpop-choice';

// For the explorer, which shows and replays what the sign-in does.
export { postForm, rememberRun, type ExplorerRun, type ExplorerRunResult, type FormAnswer } from './explorer-run';
export { explorerRunKey, type RunKey } from './explorer-dpop';
export { randomToken } from './random';
export { navigateRecorded } from './redirects';
export { clearWireLog, revealSecret, subscribeWireLog, wireLog, type Exchange, type MaskedSecret, type Revealed } from './wire-log';
export { signingKeysAt as keysAt } from './verify-id-token';
export { accessTokenHash, allowedAlgorithms } from './token-hash';
