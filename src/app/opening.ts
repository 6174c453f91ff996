import { sessionCodeNeededAtOnce, type Arrival } from '../auth';
import { openingId } from '../config/environment-context';
import type { EnvironmentId } from '../config/environments';
import type { StorageProblem } from '../config/storage-check';
import { openingLanguage, type Language } from '../i18n/language';

/**
 * What a page's first render depends on beyond the build itself. The build renders the signed-out home
 * to HTML (prerender.ts) and writes that page's Opening beside it, on #root; a page takes the HTML over
 * (hydrates it) only when its own Opening is the same, and renders afresh otherwise. Before any of this
 * runs, first-paint-guard.js has already removed HTML that cannot be this page's.
 */
export interface Opening {
  path: string;
  /** An authorization response in the address bar (a sign-in's or an explorer run's). */
  arrival: boolean;
  /** The tab cannot keep a sign-in (the page explains why instead). */
  storageProblem: boolean;
  language: Language;
  environment: EnvironmentId;
  /** The tab holds a session to check, so the page opens on "Checking your session…". */
  sessionHeld: boolean;
}

export function opening(arrival: Arrival, storage: StorageProblem, path: string): Opening {
  const arrived = arrival.callbackUrl !== null || arrival.explorerRun !== null;
  return {
    path,
    arrival: arrived,
    storageProblem: storage !== null,
    language: openingLanguage(),
    environment: openingId(),
    sessionHeld: sessionCodeNeededAtOnce(arrival.callbackUrl !== null),
  };
}

/** The attribute's text: one order of fields, so equal Openings give equal text. */
export function openingText(value: Opening): string {
  const { path, arrival, storageProblem, language, environment, sessionHeld } = value;
  return JSON.stringify({ path, arrival, storageProblem, language, environment, sessionHeld });
}
