import { defineMessages } from '../../../i18n/messages';
import type { ServerGrant } from './token-request';

export const grantMessages = defineMessages({
  en: {
    title: 'Server-side grants',
    intro: 'Two of Aritma’s grant types belong on a server, never in a browser app like this one. Here is why, and what they answer.',
    headings: { client_credentials: 'client_credentials', password: 'password' } satisfies Record<ServerGrant, string>,
    reasons: {
      client_credentials: [
        'With client_credentials a service gets a token for itself, proving who it is with a client secret; no user is involved (RFC 6749 §4.4). A browser app is a public client: everything it holds, its code included, can be read by whoever loads it, so it cannot keep a secret (RFC 6749 §2.1; RFC 10017 §6.3.3.1, which forbids relying on a secret shipped to a browser). A secret that leaks gives anyone the service’s access, with no user to notice.',
      ],
      password: [
        'With the password grant the app collects the user’s username and password itself and sends them to the identity server. RFC 9700 §2.4 says it MUST NOT be used: it exposes the password to the app, teaches users to type it into apps, and rules out multi-factor, single sign-on and phishing-resistant sign-in. RFC 10017 §7.3 repeats this for browser apps, which must use a redirect (authorization code + PKCE). It also needs the client secret that a browser cannot keep (RFC 10017 §6.3.3.1).',
      ],
    } satisfies Record<ServerGrant, string[]>,
    sandboxNote: 'Runs against the local sandbox only, with its demo client open-banking-service, whose secret is public by design.',
    snippetsOnly: 'For Aritma environments these grants are shown as snippets only (see Code snippets): run them from your own server.',
    scope: { client_credentials: 'Scope (client_credentials)', password: 'Scope (password)' } satisfies Record<ServerGrant, string>,
    username: 'Username',
    password: 'Password',
    run: { client_credentials: 'Request a token (client_credentials)', password: 'Request a token (password)' } satisfies Record<ServerGrant, string>,
    running: 'Asking the token endpoint…',
    received: (status: number) => `HTTP ${status}: the token endpoint answered with an access token.`,
    status: (status: number) => `HTTP ${status}`,
    reveal: 'Reveal',
    expiresIn: (seconds: number, duration: string, until: string) =>
      `expires_in ${seconds}: the access token is valid for ${duration}, until ${until} (your time). Reuse it until then instead of asking for a new one.`,
    refused: (error: string) => `The identity server refused: ${error}.`,
    unexpected: (status: number) => `The token endpoint answered HTTP ${status} with something that is neither tokens nor an OAuth error:`,
    network: (detail: string) => `The token endpoint could not be reached (${detail}). Is the sandbox running?`,
  },
  nb: {
    title: 'Grants på serversiden',
    intro: 'To av Aritmas grant-typer hører hjemme på en server, aldri i en nettleserapp som denne. Her er hvorfor, og hva de svarer.',
    headings: { client_credentials: 'client_credentials', password: 'password' } satisfies Record<ServerGrant, string>,
    reasons: {
      client_credentials: [
        'Med client_credentials henter en tjeneste et token til seg selv, og beviser hvem den er med en klienthemmelighet; ingen bruker er involvert (RFC 6749 §4.4). En nettleserapp er en offentlig klient: alt den har, også koden, kan leses av den som laster den, så den kan ikke holde på en hemmelighet (RFC 6749 §2.1; RFC 10017 §6.3.3.1, som forbyr å stole på en hemmelighet sendt ut til nettlesere). En hemmelighet som lekker, gir hvem som helst tjenestens tilgang, uten noen bruker som merker det.',
      ],
      password: [
        'Med password-grant samler appen selv inn brukerens brukernavn og passord og sender dem til identitetsserveren. RFC 9700 §2.4 sier at den ikke skal brukes (MUST NOT): den viser passordet til appen, lærer brukere å skrive det inn i apper, og utelukker innlogging med flere faktorer, enkel pålogging (SSO) og phishing-sikre metoder. RFC 10017 §7.3 gjentar dette for nettleserapper, som må bruke en videresending (autorisasjonskode + PKCE). Den trenger også klienthemmeligheten en nettleser ikke kan holde på (RFC 10017 §6.3.3.1).',
      ],
    } satisfies Record<ServerGrant, string[]>,
    sandboxNote: 'Kjøres bare mot den lokale sandkassen, med demoklienten open-banking-service, som har en hemmelighet som er offentlig med vilje.',
    snippetsOnly: 'For Aritma-miljøer vises disse grantene bare som kodeeksempler (se Code snippets): kjør dem fra din egen server.',
    scope: { client_credentials: 'Scope (client_credentials)', password: 'Scope (password)' } satisfies Record<ServerGrant, string>,
    username: 'Brukernavn',
    password: 'Passord',
    run: { client_credentials: 'Be om et token (client_credentials)', password: 'Be om et token (password)' } satisfies Record<ServerGrant, string>,
    running: 'Spør token-endepunktet …',
    received: (status: number) => `HTTP ${status}: token-endepunktet svarte med et tilgangstoken.`,
    status: (status: number) => `HTTP ${status}`,
    reveal: 'Vis',
    expiresIn: (seconds: number, duration: string, until: string) =>
      `expires_in ${seconds}: tilgangstokenet er gyldig i ${duration}, til ${until} (din tid). Gjenbruk det til da i stedet for å be om et nytt.`,
    refused: (error: string) => `Identitetsserveren avviste: ${error}.`,
    unexpected: (status: number) => `Token-endepunktet svarte HTTP ${status} med noe som verken er tokener eller en OAuth-feil:`,
    network: (detail: string) => `Fikk ikke kontakt med token-endepunktet (${detail}). Kjører sandkassen?`,
  },
});
