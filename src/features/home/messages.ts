import { defineMessages } from '../../i18n/messages';

export const signInMessages = defineMessages({
  en: {
    title: (environment: string) => `Sign in to ${environment}`,
    sentTo: 'You will be sent to the identity server to sign in, then brought back here:',
    notSignedIn: 'Not signed in.',
    loginFlow: 'Login flow',
    code: 'Authorization code + PKCE',
    codeNote: 'Recommended: tokens never appear in the address bar.',
    implicit: 'Implicit',
    legacy: 'Legacy',
    why: 'Why?',
    implicitNote: 'Tokens travel in the URL. RFC 9700 and RFC 10017 say browser apps must not use it; shown here to compare.',
    implicitOff: 'Turned off for this environment in this build (VITE_ENABLE_IMPLICIT_IN_PRODUCTION).',
    signIn: 'Sign in',
    redirecting: 'Redirecting to the identity server…',
  },
  nb: {
    title: (environment: string) => `Logg inn i ${environment}`,
    sentTo: 'Du sendes til identitetsserveren for å logge inn, og kommer så tilbake hit:',
    notSignedIn: 'Ikke logget inn.',
    loginFlow: 'Innloggingsflyt',
    code: 'Autorisasjonskode + PKCE',
    codeNote: 'Anbefalt: tokener vises aldri i adressefeltet.',
    implicit: 'Implisitt',
    legacy: 'Utdatert',
    why: 'Hvorfor?',
    implicitNote: 'Tokener sendes i URL-en. RFC 9700 og RFC 10017 sier at nettleserapper ikke skal bruke den; vises her for sammenligning.',
    implicitOff: 'Slått av for dette miljøet i denne versjonen (VITE_ENABLE_IMPLICIT_IN_PRODUCTION).',
    signIn: 'Logg inn',
    redirecting: 'Sender deg til identitetsserveren …',
  },
});
