import type { AuthProblem } from '../../auth';
import { defineMessages, useMessages } from '../../i18n/messages';

type Texts = Record<Exclude<AuthProblem['code'], 'other_protocol_error' | 'sign_in_failed' | 'timeout' | 'network_error'>, string> & {
  other_protocol_error: (error: string) => string;
  sign_in_failed: (detail: string) => string;
  unreachable: (authority: string) => string;
  slow: (authority: string) => string;
  refused: string;
};

const texts = defineMessages<Texts>({
  en: {
    access_denied: 'Access was denied at the identity server, so you are not signed in.',
    login_required: 'The identity server needs you to sign in again.',
    consent_required: 'The identity server needs your consent before signing you in.',
    interaction_required: 'The identity server needs you to sign in interactively.',
    invalid_request: 'The identity server rejected the sign-in request as invalid.',
    invalid_scope: 'The identity server does not allow the requested scope.',
    unauthorized_client: 'This client is not allowed to sign in this way at the identity server.',
    unsupported_response_type: 'The identity server does not support this login flow for this client.',
    invalid_grant: 'The sign-in code was refused by the identity server; it may have expired or been used already.',
    invalid_client: 'The identity server does not recognise this client ID.',
    server_error: 'The identity server failed while signing you in.',
    temporarily_unavailable: 'The identity server is temporarily unavailable. Try again in a moment.',
    other_protocol_error: (error) => `The identity server answered with the error “${error}”.`,
    refused: 'The identity server’s answer was refused:',
    malformed: 'the ID token is not a well-formed signed JWT.',
    algorithm: 'the ID token is signed with an algorithm that is not allowed.',
    signature: 'the ID token’s signature does not match the identity server’s keys.',
    unknown_key: 'the ID token is signed with a key the identity server does not publish.',
    issuer: 'the ID token was issued by another identity server (iss).',
    audience: 'the ID token is meant for another client (aud).',
    authorized_party: 'the ID token names another client as its authorized party (azp).',
    expired: 'the ID token has expired (exp) — if it was just issued, check your device’s clock.',
    issued_at: 'the ID token’s issue time (iat) is missing or out of range — check your device’s clock.',
    not_yet_valid: 'the ID token is not valid yet (nbf) — check your device’s clock.',
    subject: 'the ID token names no user (sub).',
    nonce: 'the ID token does not answer this sign-in request (nonce).',
    at_hash: 'the ID token does not match the access token (at_hash).',
    discovery_issuer: 'its discovery document names another issuer than the address it was fetched from.',
    discovery_endpoint: 'its discovery document names an endpoint that is not https (or plain http on this machine), so nothing is sent there.',
    environment_mismatch: 'the sign-in response answers a request sent to another identity server or client.',
    renewal_issuer: 'the renewed session comes from another identity server (iss) than the session it renews.',
    renewal_subject: 'the renewed session is for another user (sub) than the session it renews.',
    response_issuer: 'the sign-in response came from another identity server (iss), which points to a mix-up attack.',
    response_issuer_missing: 'the sign-in response names no issuer (iss), although the identity server promises to send one.',
    no_user: 'it answered without signing you in.',
    malformed_response: 'the sign-in response is malformed.',
    userinfo_subject: 'the userinfo endpoint describes another user (sub) than the ID token.',
    unreachable: (authority) => `The identity server at ${authority} could not be reached. Check the address and your connection, then try again.`,
    slow: (authority) => `The identity server at ${authority} took too long to answer. Try again.`,
    state_mismatch: 'This sign-in response does not belong to a sign-in started in this tab, or was used already. Sign in again.',
    storage_full: 'This browser’s storage for the site is full, so the sign-in cannot be kept. Free some space, then try again.',
    not_json: 'The identity server answered with something that is not JSON, so the sign-in could not be completed.',
    session_expired: 'Your session has ended because it could not be renewed in time. Sign in again to continue where you were.',
    session_ended: 'Your session has ended. Sign in again to continue where you were.',
    sign_in_failed: (detail) => `Signing in failed: ${detail}`,
  },
  nb: {
    access_denied: 'Tilgang ble avslått hos identitetsserveren, så du er ikke logget inn.',
    login_required: 'Identitetsserveren trenger at du logger inn på nytt.',
    consent_required: 'Identitetsserveren trenger samtykket ditt før du kan logges inn.',
    interaction_required: 'Identitetsserveren trenger at du logger inn selv.',
    invalid_request: 'Identitetsserveren avviste innloggingsforespørselen som ugyldig.',
    invalid_scope: 'Identitetsserveren tillater ikke det forespurte omfanget (scope).',
    unauthorized_client: 'Denne klienten har ikke lov til å logge inn på denne måten hos identitetsserveren.',
    unsupported_response_type: 'Identitetsserveren støtter ikke denne innloggingsflyten for denne klienten.',
    invalid_grant: 'Identitetsserveren avviste innloggingskoden; den kan være utløpt eller brukt fra før.',
    invalid_client: 'Identitetsserveren kjenner ikke denne klient-ID-en.',
    server_error: 'Identitetsserveren feilet under innloggingen.',
    temporarily_unavailable: 'Identitetsserveren er midlertidig utilgjengelig. Prøv igjen om litt.',
    other_protocol_error: (error) => `Identitetsserveren svarte med feilen «${error}».`,
    refused: 'Svaret fra identitetsserveren ble avvist:',
    malformed: 'ID-tokenet er ikke et gyldig signert JWT.',
    algorithm: 'ID-tokenet er signert med en algoritme som ikke er tillatt.',
    signature: 'signaturen på ID-tokenet stemmer ikke med nøklene til identitetsserveren.',
    unknown_key: 'ID-tokenet er signert med en nøkkel identitetsserveren ikke publiserer.',
    issuer: 'ID-tokenet er utstedt av en annen identitetsserver (iss).',
    audience: 'ID-tokenet er ment for en annen klient (aud).',
    authorized_party: 'ID-tokenet oppgir en annen klient som autorisert part (azp).',
    expired: 'ID-tokenet er utløpt (exp) — hvis det nettopp ble utstedt, sjekk klokken på enheten.',
    issued_at: 'utstedelsestiden (iat) til ID-tokenet mangler eller er utenfor gyldig område — sjekk klokken på enheten.',
    not_yet_valid: 'ID-tokenet er ikke gyldig ennå (nbf) — sjekk klokken på enheten.',
    subject: 'ID-tokenet oppgir ingen bruker (sub).',
    nonce: 'ID-tokenet svarer ikke til denne innloggingen (nonce).',
    at_hash: 'ID-tokenet passer ikke til tilgangstokenet (at_hash).',
    discovery_endpoint: 'discovery-dokumentet oppgir et endepunkt som ikke er https (eller vanlig http på denne maskinen), så ingenting sendes dit.',
    environment_mismatch: 'innloggingssvaret svarer på en forespørsel sendt til en annen identitetsserver eller klient.',
    renewal_issuer: 'den fornyede økten kommer fra en annen identitetsserver (iss) enn økten den fornyer.',
    renewal_subject: 'den fornyede økten gjelder en annen bruker (sub) enn økten den fornyer.',
    discovery_issuer: 'discovery-dokumentet oppgir en annen utsteder enn adressen det ble hentet fra.',
    response_issuer: 'innloggingssvaret kom fra en annen identitetsserver (iss), noe som tyder på et forvekslingsangrep.',
    response_issuer_missing: 'innloggingssvaret oppgir ingen utsteder (iss), selv om identitetsserveren lover å sende den.',
    no_user: 'den svarte uten å logge deg inn.',
    malformed_response: 'innloggingssvaret er feilformet.',
    userinfo_subject: 'userinfo-endepunktet beskriver en annen bruker (sub) enn ID-tokenet.',
    unreachable: (authority) => `Fikk ikke kontakt med identitetsserveren på ${authority}. Sjekk adressen og nettforbindelsen, og prøv igjen.`,
    slow: (authority) => `Identitetsserveren på ${authority} brukte for lang tid på å svare. Prøv igjen.`,
    state_mismatch: 'Dette innloggingssvaret hører ikke til en innlogging startet i denne fanen, eller er brukt fra før. Logg inn på nytt.',
    storage_full: 'Nettleserens lagring for nettstedet er full, så innloggingen kan ikke tas vare på. Frigjør plass og prøv igjen.',
    not_json: 'Identitetsserveren svarte med noe som ikke er JSON, så innloggingen kunne ikke fullføres.',
    session_expired: 'Økten din er avsluttet fordi den ikke kunne fornyes i tide. Logg inn på nytt for å fortsette der du var.',
    session_ended: 'Økten din er avsluttet. Logg inn på nytt for å fortsette der du var.',
    sign_in_failed: (detail) => `Innloggingen feilet: ${detail}`,
  },
});

const refusals = new Set<AuthProblem['code']>([
  'malformed', 'algorithm', 'signature', 'unknown_key', 'issuer', 'audience', 'authorized_party', 'expired',
  'issued_at', 'not_yet_valid', 'subject', 'nonce', 'at_hash', 'discovery_issuer', 'response_issuer',
  'response_issuer_missing', 'no_user', 'malformed_response', 'userinfo_subject', 'discovery_endpoint',
  'environment_mismatch', 'renewal_issuer', 'renewal_subject',
]);

/** A sign-in problem as a sentence in the user's language. */
export function useAuthProblemText(): (problem: AuthProblem, authority: string) => string {
  const t = useMessages(texts);
  return (problem, authority) => {
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
