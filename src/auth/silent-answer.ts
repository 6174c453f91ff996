/*
 * The message the renewal iframe (silent-callback.html) posts to the app: ours, on both ends,
 * so it does not depend on any library's internal format.
 */

export const silentAnswerType = 'obe:authorization-response';

export interface SilentAnswer {
  type: typeof silentAnswerType;
  /** The whole URL the identity server sent the iframe to. */
  url: string;
}

/** Runs inside the iframe: hands the authorization response to the app that framed it, at this origin only. */
export function postSilentAnswer(win: Window = window): void {
  const answer: SilentAnswer = { type: silentAnswerType, url: win.location.href };
  if (win.parent !== win) win.parent.postMessage(answer, win.location.origin);
}

/** The URL of a well-formed answer, or null. */
export function silentAnswerUrl(data: unknown): string | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, url } = data as Partial<Record<keyof SilentAnswer, unknown>>;
  return type === silentAnswerType && typeof url === 'string' ? url : null;
}
