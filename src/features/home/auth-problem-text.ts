import { useSyncExternalStore } from 'react';
import type { AuthProblem } from '../../auth';
import { useLanguage } from '../../i18n/language';
import { preloaded } from '../../lib/preload';

const problemTexts = preloaded(() => import('./auth-problem-texts'));

/** Fetches the problem texts ahead of a problem: when a sign-in's answer arrives, or the page is idle. */
export function preloadAuthProblemTexts(): void {
  void problemTexts.load().catch(() => undefined); // a failure is retried when a problem is shown
}

const refusals = new Set<AuthProblem['code']>([
  'malformed', 'algorithm', 'signature', 'unknown_key', 'issuer', 'audience', 'authorized_party', 'expired',
  'issued_at', 'not_yet_valid', 'subject', 'nonce', 'at_hash', 'discovery_issuer', 'response_issuer',
  'response_issuer_missing', 'no_user', 'malformed_response', 'userinfo_subject', 'discovery_endpoint',
  'environment_mismatch', 'renewal_issuer', 'renewal_subject',
]);

/** A sign-in problem as a sentence in the user's language. */
export function useAuthProblemText(): (problem: AuthProblem, authority: string) => string {
  const { language } = useLanguage();
  const t = useSyncExternalStore(problemTexts.subscribe, problemTexts.loaded, problemTexts.loaded)?.texts[language];
  return (problem, authority) => {
    if (!t) {
      preloadAuthProblemTexts(); // shown as soon as the texts arrive; until then the code says what went wrong
      return problem.code;
    }
    switch (problem.code) {
      case 'timeout':
        return t.slow(authority);
      case 'network_error':
        return t.unreachable(authority);
      case 'sign_in_failed':
        return t.sign_in_failed(problem.detail);
      case 'other_protocol_error':
        return `${t.other_protocol_error(problem.error)}${problem.description ? ` (${problem.description})` : ''}`;
      default: {
        const text = t[problem.code];
        if (refusals.has(problem.code)) return `${t.refused} ${text}`;
        const description = 'description' in problem && problem.description ? ` (${problem.description})` : '';
        return `${text}${description}`;
      }
    }
  };
}
