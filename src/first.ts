import { canSignIn, deferredSessionFor, preloadSessionCode, sessionCodeNeededAtOnce, takeArrival } from './auth';
import { openingEnvironment } from './config/environment-context';
import { storageProblem } from './config/storage-check';

/*
 * The first of the app's modules to run: main.tsx imports it before React and the screens, so it runs
 * before they are set up; in the build it is the page's first script, and main.tsx a second one run in a
 * task of its own (start-scripts.ts). It takes the authorization response out of the address bar and, when this
 * page needs them at once (a sign-in's answer to complete, a kept session to check), starts fetching
 * the session's code and the signed-in pages, which then arrive while the rest of the page starts.
 * A sign-in's answer goes to the session of the environment the page opens with as soon as that code
 * is here, not once React has rendered: the session the page then renders is the same one (one per
 * environment), and its start is made once.
 */
export const arrival = takeArrival();

const neededAtOnce = sessionCodeNeededAtOnce(arrival.callbackUrl !== null);
if (neededAtOnce) preloadSessionCode();
const signedInArea = neededAtOnce ? import('./app/SignedInArea') : null;
signedInArea?.catch(() => undefined); // a failure is met again, and shown, where the pages render

/** Whether this tab can keep a sign-in (sessionStorage), probed once: the page shows why not instead (app/App.tsx). */
export const storage = storageProblem();

const environment = arrival.callbackUrl === null || storage ? null : openingEnvironment();
if (arrival.callbackUrl !== null && environment && canSignIn(environment)) {
  const session = deferredSessionFor(environment, true);
  void session.start(arrival.callbackUrl).catch(() => undefined); // the page's own start reports a failure
  // The accounts are asked for the moment the tokens arrive, not once React has rendered the pages that watch for them.
  if (signedInArea) void Promise.all([session.load(), signedInArea]).then(([loaded, area]) => area.watchEarlyAccounts(loaded), () => undefined);
}
