import { preloadSessionCode, sessionCodeNeededAtOnce, takeArrival } from './auth';

/*
 * The first of the app's modules to run: main.tsx imports it before React and the screens, so it runs
 * before they are set up. It takes the authorization response out of the address bar and, when this
 * page needs them at once (a sign-in's answer to complete, a kept session to check), starts fetching
 * the session's code and the signed-in pages, which then arrive while the rest of the page starts.
 */
export const arrival = takeArrival();

if (sessionCodeNeededAtOnce(arrival.callbackUrl !== null)) {
  preloadSessionCode();
  void import('./app/SignedInArea').catch(() => undefined); // a failure is met again, and shown, where the pages render
}
