import { defineMessages } from '../../../i18n/messages';
import type { SnippetGrant } from './generate';

export const snippetMessages = defineMessages({
  en: {
    title: 'Code snippets',
    intro:
      'Aritma’s grant types and an API call in five languages, filled in for this environment. Secrets show as placeholders until you reveal them; the user’s own username and password, the one-time code and the PKCE verifier always stay placeholders.',
    grant: 'Grant',
    programmingLanguage: 'Programming language',
    showSecrets: 'Show secrets',
    secretsWarning: 'Secrets are shown: don’t share your screen or paste this snippet anywhere public.',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Could not copy: select the text and copy it yourself.',
    dpopVariant: 'DPoP variant',
    dpopNote:
      'Asks for tokens bound to a key of yours (DPoP, RFC 9449): every request then carries a fresh proof signed with that key, and a stolen token is useless without it. Libraries: jose (JavaScript), requests_oauth2client (Python; requests and Authlib have none), Duende.IdentityModel.OidcClient.Extensions (C#), the Nimbus OAuth 2.0 SDK (Java). cURL cannot sign, so it takes a proof you made.',
    grantNames: {
      client_credentials: 'client_credentials',
      authorization_code: 'authorization_code',
      password: 'password',
      implicit: 'implicit',
      api: 'API call',
    } satisfies Record<SnippetGrant, string>,
    grantNotes: {
      client_credentials: 'A server-side service gets a token for itself with its client ID and secret (RFC 6749 §4.4). Never in a browser.',
      authorization_code: 'What this app does after the redirect: exchange the code for tokens, proving with the PKCE code_verifier that it started the flow (RFC 7636).',
      password: 'The service sends the user’s username and password itself. RFC 9700 §2.4: MUST NOT be used; shown because Aritma documents it.',
      implicit: 'The authorize URL the browser is sent to; the tokens come back in the URL fragment. Legacy: see Learn.',
      api: 'Call the Open Banking API with the access token in the Authorization header, and reuse the token until it expires.',
    } satisfies Record<SnippetGrant, string>,
  },
  nb: {
    title: 'Code snippets',
    intro:
      'Aritmas grant-typer og et API-kall på fem språk, fylt ut for dette miljøet. Hemmeligheter vises som plassholdere til du viser dem; brukerens eget brukernavn og passord, engangskoden og PKCE-verifikatoren er alltid plassholdere.',
    grant: 'Grant',
    programmingLanguage: 'Programmeringsspråk',
    showSecrets: 'Vis hemmeligheter',
    secretsWarning: 'Hemmelighetene vises: ikke del skjermen eller lim inn denne koden noe offentlig sted.',
    copy: 'Kopier',
    copied: 'Kopiert',
    copyFailed: 'Kunne ikke kopiere: merk teksten og kopier den selv.',
    dpopVariant: 'DPoP-variant',
    dpopNote:
      'Ber om tokener bundet til en nøkkel du har (DPoP, RFC 9449): hver forespørsel har da et nytt bevis signert med den nøkkelen, og et stjålet token er verdiløst uten den. Biblioteker: jose (JavaScript), requests_oauth2client (Python; requests og Authlib har ingen), Duende.IdentityModel.OidcClient.Extensions (C#), Nimbus OAuth 2.0 SDK (Java). cURL kan ikke signere, så den tar et bevis du har laget.',
    grantNames: {
      client_credentials: 'client_credentials',
      authorization_code: 'authorization_code',
      password: 'password',
      implicit: 'implicit',
      api: 'API-kall',
    } satisfies Record<SnippetGrant, string>,
    grantNotes: {
      client_credentials: 'En tjeneste på serversiden henter et token til seg selv med klient-ID og hemmelighet (RFC 6749 §4.4). Aldri i en nettleser.',
      authorization_code: 'Det denne appen gjør etter videresendingen: bytter koden mot tokener, og beviser med PKCE-code_verifier at den startet flyten (RFC 7636).',
      password: 'Tjenesten sender selv brukerens brukernavn og passord. RFC 9700 §2.4: skal ikke brukes (MUST NOT); vises fordi Aritma dokumenterer den.',
      implicit: 'Autorisasjons-URL-en nettleseren sendes til; tokenene kommer tilbake i URL-fragmentet. Utdatert: se Lær mer.',
      api: 'Kall Open Banking-API-et med tilgangstokenet i Authorization-headeren, og gjenbruk tokenet til det utløper.',
    } satisfies Record<SnippetGrant, string>,
  },
});
