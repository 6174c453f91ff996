import { defineMessages } from '../i18n/messages';

export const appMessages = defineMessages({
  en: {
    skipToContent: 'Skip to content',
    mainNavigation: 'Main',
    accounts: 'Accounts',
    payments: 'Payments',
    profile: 'Profile',
    signOut: 'Sign out',
    signingOut: 'Signing you out…',
    completingSignIn: 'Completing sign-in…',
    checkingSession: 'Checking your session…',
    signedOutLocally: 'You are signed out of this app, but the identity server could not be told:',
    language: 'Language',
    notSetUpTitle: (environment: string) => `${environment} is not set up in this build`,
    notSetUp: (environment: string, variable: string) =>
      `No client ID is configured for ${environment}. Build the app with ${variable} set to a client ID registered with Aritma, or choose another environment.`,
    notFoundTitle: 'Page not found',
    notFound: 'There is nothing at this address.',
    backToAccounts: 'Go to your accounts',
  },
  nb: {
    skipToContent: 'Gå til innholdet',
    mainNavigation: 'Hovedmeny',
    accounts: 'Kontoer',
    payments: 'Betalinger',
    profile: 'Profil',
    signOut: 'Logg ut',
    signingOut: 'Logger deg ut …',
    completingSignIn: 'Fullfører innloggingen …',
    checkingSession: 'Sjekker økten din …',
    signedOutLocally: 'Du er logget ut av appen, men identitetsserveren kunne ikke varsles:',
    language: 'Språk',
    notSetUpTitle: (environment: string) => `${environment} er ikke satt opp i denne versjonen`,
    notSetUp: (environment: string, variable: string) =>
      `Ingen klient-ID er satt for ${environment}. Bygg appen med ${variable} satt til en klient-ID registrert hos Aritma, eller velg et annet miljø.`,
    notFoundTitle: 'Fant ikke siden',
    notFound: 'Det finnes ingenting på denne adressen.',
    backToAccounts: 'Gå til kontoene dine',
  },
});
