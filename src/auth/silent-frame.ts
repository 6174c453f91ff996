import { ErrorTimeout } from 'oidc-client-ts';
import { silentAnswerUrl } from './silent-answer';

const silentTimeoutMs = 10_000;

/**
 * Loads an authorization request with prompt=none in a hidden iframe and resolves with the response URL
 * that silent-callback.html posts back. Only a message from this origin and from that very iframe counts.
 */
export function answerInIframe(requestUrl: string, timeoutMs = silentTimeoutMs): Promise<string> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.hidden = true;
    frame.title = 'Session renewal';
    frame.setAttribute('aria-hidden', 'true');
    const finish = () => {
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      frame.remove();
    };
    const onMessage = (event: MessageEvent<unknown>) => {
      if (event.origin !== window.location.origin || event.source !== frame.contentWindow) return;
      const url = silentAnswerUrl(event.data);
      if (!url) return;
      finish();
      resolve(url);
    };
    const timer = setTimeout(() => {
      finish();
      reject(new ErrorTimeout('The identity server did not answer the silent renewal in time.'));
    }, timeoutMs);
    window.addEventListener('message', onMessage);
    frame.src = requestUrl;
    document.body.append(frame);
  });
}
