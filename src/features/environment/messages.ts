import type { ConfigProblem, EnvironmentId } from '../../config/environments';
import { defineMessages } from '../../i18n/messages';

export const environmentMessages = defineMessages({
  en: {
    environment: 'Environment',
    names: { local: 'Local sandbox', 'aritma-dev': 'Aritma development', 'aritma-prod': 'Aritma production', custom: 'Custom' } satisfies Record<EnvironmentId, string>,
    customTitle: 'Custom environment',
    customIntro: 'Point the app at any OpenID provider and API. Saved in this browser.',
    authority: 'Authority',
    authorityHint: 'The identity server; discovery is read from /.well-known/openid-configuration.',
    clientId: 'Client ID',
    clientIdHint: 'A public client registered for this app’s address with code + PKCE.',
    scope: 'Scope',
    scopeHint: 'Space-separated.',
    apiBaseUrl: 'API base URL',
    apiBaseUrlHint: 'Requests go to this address + /api/v3/…',
    save: 'Save',
    saved: 'Saved.',
  },
  nb: {
    environment: 'Miljø',
    names: { local: 'Lokal sandkasse', 'aritma-dev': 'Aritma utvikling', 'aritma-prod': 'Aritma produksjon', custom: 'Egendefinert' } satisfies Record<EnvironmentId, string>,
    customTitle: 'Egendefinert miljø',
    customIntro: 'Pek appen mot en hvilken som helst OpenID-leverandør og API. Lagres i denne nettleseren.',
    authority: 'Autoritet',
    authorityHint: 'Identitetsserveren; discovery leses fra /.well-known/openid-configuration.',
    clientId: 'Klient-ID',
    clientIdHint: 'En offentlig klient registrert for adressen til denne appen med kode + PKCE.',
    scope: 'Omfang (scope)',
    scopeHint: 'Skilt med mellomrom.',
    apiBaseUrl: 'API-adresse',
    apiBaseUrlHint: 'Forespørsler går til denne adressen + /api/v3/…',
    save: 'Lagre',
    saved: 'Lagret.',
  },
});

export const configProblemMessages = defineMessages({
  en: {
    url_required: 'Enter a URL.',
    url_invalid: 'Enter a full URL, such as https://id.example.com.',
    url_scheme: 'Use an https:// URL.',
    url_http_remote: 'Use https:// — plain http is allowed only for localhost.',
    url_query: 'Remove the query string and fragment from the URL.',
    url_credentials: 'Remove the user name and password from the URL.',
    client_id_required: 'Enter the client ID registered at the identity server.',
    client_id_too_long: 'The client ID is too long (200 characters at most).',
    scope_required: 'Enter at least one scope, such as “openid bankservice”.',
    scope_invalid: 'Scopes are separated by spaces and may not contain quotes or backslashes.',
  } satisfies Record<ConfigProblem, string>,
  nb: {
    url_required: 'Skriv inn en URL.',
    url_invalid: 'Skriv inn en fullstendig URL, for eksempel https://id.example.com.',
    url_scheme: 'Bruk en https://-URL.',
    url_http_remote: 'Bruk https:// — vanlig http er bare tillatt for localhost.',
    url_query: 'Fjern spørrestrengen og fragmentet fra URL-en.',
    url_credentials: 'Fjern brukernavn og passord fra URL-en.',
    client_id_required: 'Skriv inn klient-ID-en som er registrert hos identitetsserveren.',
    client_id_too_long: 'Klient-ID-en er for lang (høyst 200 tegn).',
    scope_required: 'Skriv inn minst ett omfang, for eksempel «openid bankservice».',
    scope_invalid: 'Omfang skilles med mellomrom og kan ikke inneholde anførselstegn eller omvendt skråstrek.',
  } satisfies Record<ConfigProblem, string>,
});
