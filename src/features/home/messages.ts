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
    implicitNote: 'Legacy flow that puts tokens in the URL; not available in this version.',
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
    implicitNote: 'Eldre flyt som legger tokener i URL-en; ikke tilgjengelig i denne versjonen.',
    signIn: 'Logg inn',
    redirecting: 'Sender deg til identitetsserveren …',
  },
});
