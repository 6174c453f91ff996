import { ApiError, type ApiErrorCode } from '../../api/errors';
import { defineMessages, useMessages } from '../../i18n/messages';
import { Alert } from '../../components/Alert';

const texts = defineMessages({
  en: {
    tryAgain: 'Try again',
    unknown: 'Something went wrong while loading this.',
    codes: {
      unauthorized: 'The API did not accept your sign-in.',
      forbidden: 'You do not have access to this data.',
      not_found: 'The API could not find this.',
      bad_request: 'The API refused the request.',
      conflict: 'The API refused the request.',
      server_error: 'The API failed to answer. Try again in a moment.',
      network_error: 'The API could not be reached. Check your connection and try again.',
      timeout: 'The API took too long to answer. Try again.',
      not_json: 'The API answered with something that is not JSON.',
      unexpected_shape: 'The API answered in an unexpected shape.',
      signed_out: 'You are signed out. Sign in to see your data.',
    } satisfies Record<ApiErrorCode, string>,
  },
  nb: {
    tryAgain: 'Prøv igjen',
    unknown: 'Noe gikk galt under innlastingen.',
    codes: {
      unauthorized: 'API-et godtok ikke innloggingen din.',
      forbidden: 'Du har ikke tilgang til disse dataene.',
      not_found: 'API-et fant ikke dette.',
      bad_request: 'API-et avviste forespørselen.',
      conflict: 'API-et avviste forespørselen.',
      server_error: 'API-et klarte ikke å svare. Prøv igjen om litt.',
      network_error: 'Fikk ikke kontakt med API-et. Sjekk nettforbindelsen og prøv igjen.',
      timeout: 'API-et brukte for lang tid på å svare. Prøv igjen.',
      not_json: 'API-et svarte med noe som ikke er JSON.',
      unexpected_shape: 'API-et svarte i et uventet format.',
      signed_out: 'Du er logget ut. Logg inn for å se dataene dine.',
    } satisfies Record<ApiErrorCode, string>,
  },
});

/** An API failure in the user's language, with what the server said and a retry where one can help. */
export function ApiErrorAlert({ title, error, onRetry }: { title: string; error: unknown; onRetry?: () => void }) {
  const t = useMessages(texts);
  const text =
    error instanceof ApiError
      ? [t.codes[error.code], error.details.detail, error.details.status ? `(${error.details.status})` : ''].filter(Boolean).join(' ')
      : t.unknown;
  return (
    <Alert
      title={title}
      action={
        onRetry ? (
          <button type="button" onClick={onRetry}>
            {t.tryAgain}
          </button>
        ) : undefined
      }
    >
      {text}
    </Alert>
  );
}
