import { defineMessages } from '../../../i18n/messages';

export const parMessages = defineMessages({
  en: {
    pushed: (count: number) =>
      `Pushed ${count} ${count === 1 ? 'parameter' : 'parameters'} to the identity server in a POST body (RFC 9126), so they never travel in the address the browser opens.`,
    answered: (requestUri: string, expiresIn: number | undefined) =>
      `Received request_uri ${requestUri}${expiresIn === undefined ? '' : `, valid for ${expiresIn} seconds (expires_in)`}: the authorization request carries only it and client_id.`,
    notAnswered: 'No request_uri came back: this push was refused, so there is nothing to authorize.',
    authorizes: 'Authorizes the pushed request',
    pushedAt: (time: string) => `pushed at ${time}`,
    unknownPush: 'Carries a request_uri this log did not see pushed (another tab, or an imported file without it).',
  },
  nb: {
    pushed: (count: number) =>
      `Sendte ${count} ${count === 1 ? 'parameter' : 'parametere'} til identitetsserveren i en POST-kropp (RFC 9126), så de aldri står i adressen nettleseren åpner.`,
    answered: (requestUri: string, expiresIn: number | undefined) =>
      `Mottok request_uri ${requestUri}${expiresIn === undefined ? '' : `, gyldig i ${expiresIn} sekunder (expires_in)`}: autorisasjonsforespørselen har bare den og client_id.`,
    notAnswered: 'Ingen request_uri kom tilbake: denne sendingen ble avvist, så det er ingenting å autorisere.',
    authorizes: 'Autoriserer den pushede forespørselen',
    pushedAt: (time: string) => `pushet kl. ${time}`,
    unknownPush: 'Har en request_uri denne loggen ikke så bli pushet (en annen fane, eller en importert fil uten den).',
  },
});
