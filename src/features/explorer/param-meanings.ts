import { defineMessages } from '../../i18n/messages';

/** What each authorization-request parameter is for, in words (RFC 6749 §4.1.1, OIDC Core §3.1.2.1, RFC 7636). */
export const paramMeanings = defineMessages<Record<string, string>>({
  en: {
    client_id: 'Which registered app is asking.',
    redirect_uri: 'Where the answer is sent; must match a registered URI exactly.',
    response_type: 'What the app wants back: code (a one-time code to exchange), or tokens directly (implicit).',
    scope: 'The permissions asked for; openid makes it an OpenID Connect sign-in.',
    state: 'A one-time random value the app checks on the way back, so no one can inject an answer (CSRF).',
    nonce: 'A one-time random value that must come back inside the ID token, so an old token cannot be replayed.',
    code_challenge: 'The hash of a secret (the code verifier) only this browser knows; the code is useless without it (PKCE).',
    code_challenge_method: 'How the challenge was made from the verifier; S256 = SHA-256.',
    prompt: 'Whether to show the login or consent page: none (fail if needed), login, consent, select_account.',
    acr_values: 'The authentication strength asked for, e.g. a second factor.',
    ui_locales: 'The languages the sign-in pages should use, e.g. nb en.',
    login_hint: 'A user name to fill in on the login page.',
    response_mode: 'How the answer travels back: query, fragment or form_post.',
    max_age: 'Sign in again if the last sign-in is older than this many seconds.',
  },
  nb: {
    client_id: 'Hvilken registrert app som spør.',
    redirect_uri: 'Hvor svaret sendes; må være nøyaktig lik en registrert URI.',
    response_type: 'Hva appen vil ha tilbake: code (en engangskode som byttes), eller tokener direkte (implisitt).',
    scope: 'Tillatelsene det spørres om; openid gjør det til en OpenID Connect-innlogging.',
    state: 'En tilfeldig engangsverdi appen sjekker på vei tilbake, så ingen kan smugle inn et svar (CSRF).',
    nonce: 'En tilfeldig engangsverdi som må komme tilbake i ID-tokenet, så et gammelt token ikke kan spilles av på nytt.',
    code_challenge: 'Hashen av en hemmelighet (kodeverifikatoren) bare denne nettleseren kjenner; koden er verdiløs uten den (PKCE).',
    code_challenge_method: 'Hvordan utfordringen ble laget fra verifikatoren; S256 = SHA-256.',
    prompt: 'Om innloggings- eller samtykkesiden skal vises: none (feil hvis nødvendig), login, consent, select_account.',
    acr_values: 'Autentiseringsstyrken det bes om, f.eks. en ekstra faktor.',
    ui_locales: 'Språkene innloggingssidene bør bruke, f.eks. nb en.',
    login_hint: 'Et brukernavn som fylles inn på innloggingssiden.',
    response_mode: 'Hvordan svaret sendes tilbake: query, fragment eller form_post.',
    max_age: 'Logg inn på nytt hvis forrige innlogging er eldre enn så mange sekunder.',
  },
});
