import { defineMessages } from '../../../i18n/messages';
import type { ProofCheck } from './proof';

type HeaderName = 'typ' | 'alg' | 'jwk' | 'thumbprint';
type ClaimName = 'htm' | 'htu' | 'iat' | 'jti' | 'ath' | 'nonce';

const text = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value) ?? 'nothing');

export const proofMessages = defineMessages({
  en: {
    title: 'DPoP proof',
    masked:
      'The proof itself stays masked above: whoever holds it could replay it until its iat window closes. Its header and claims are not secret, so they are decoded here from the copy this page keeps in memory.',
    reading: 'Reading the proof…',
    notKept: {
      gone: 'This page no longer holds the proof (only the page that recorded it keeps it, in memory; a reload ends that), so its claims cannot be shown or checked. Its header, which the masked value keeps, is below.',
      not_in_file: 'The imported file has this proof masked, so its claims cannot be shown or checked. Its header, which the masked value keeps, is below.',
    },
    malformed: (detail: string) => `This proof cannot be read as a JWT (${detail}). A server refuses it with invalid_dpop_proof.`,
    header: 'Header',
    claims: 'Claims',
    checks: 'Checks, as the server makes them (RFC 9449 §4.3)',
    notDefined: 'Not a claim RFC 9449 defines for proofs.',
    headerMeanings: {
      typ: 'Type: “dpop+jwt” marks a DPoP proof, so no other JWT can pass for one.',
      alg: 'Algorithm the proof is signed with, by the browser’s own key (never “none” or an HMAC).',
      jwk: 'The public key of the key pair the browser made for this session; the private half never leaves it (non-extractable, in IndexedDB).',
      thumbprint: 'RFC 7638 SHA-256 thumbprint of that key: what a bound token names in cnf.jkt.',
    } satisfies Record<HeaderName, string>,
    claimMeanings: {
      htm: 'HTTP method of the request this proof is for.',
      htu: 'HTTP URL of that request, without query and fragment.',
      iat: 'When the proof was made; a server accepts it only for a short while after.',
      jti: 'Unique ID of this proof, so a server can refuse it when it comes again (a replay).',
      ath: 'Hash of the access token sent with it: base64url(SHA-256(token)), so the proof cannot go with another token.',
      nonce: 'A value the server asked for (DPoP-Nonce), proving the proof was made after that answer.',
    } satisfies Record<ClaimName, string>,
    check: (check: ProofCheck): string => {
      switch (check.check) {
        case 'typ':
          return check.status === 'ok' ? 'typ is dpop+jwt.' : `typ is ${text(check.found)}, not dpop+jwt: a server refuses this proof.`;
        case 'jwk':
          return {
            ok: 'The header carries a public key.',
            missing: 'The header carries no usable public key (jwk): nothing can check the signature.',
            private: 'The jwk holds a private key: the key has leaked, and a server refuses the proof.',
          }[check.status];
        case 'signature':
          return {
            valid: 'Signature valid with the key in the header: whoever made the proof holds its private half.',
            invalid: 'Signature invalid with the key in the header: the proof was changed after it was signed.',
            not_checked: 'Signature not checked: there is no usable key to check it with.',
          }[check.status];
        case 'htm':
          return check.status === 'match' ? `htm ${check.expected} matches the request’s method.` : `htm is ${text(check.found)}, but the request was a ${check.expected}: a server refuses it.`;
        case 'htu':
          return {
            match: `htu matches the request’s URL (${check.expected}).`,
            mismatch: `htu is ${text(check.found)}, but the request went to ${check.expected}: a server refuses it.`,
            query: `htu carries a query or fragment (${text(check.found)}); RFC 9449 §4.2 says to leave them out.`,
          }[check.status];
        case 'ath':
          return {
            match: 'ath is the hash of the access token sent with it: the proof goes with this token only.',
            mismatch: `ath is not the hash of the access token sent with it (that is ${check.expected ?? '?'}): a server refuses it.`,
            missing: 'No ath, though an access token was sent with the proof: a server refuses it.',
            token_unknown: 'ath cannot be checked here: this page no longer holds the access token sent with it.',
            not_needed: 'No access token was sent with this request, so there is no ath to check.',
          }[check.status];
        case 'jkt':
          return {
            match: `The key’s thumbprint equals the token’s cnf.jkt (${check.jkt ?? ''}): the token is bound to this key.`,
            mismatch: `The key’s thumbprint (${check.thumbprint ?? '?'}) is not the token’s cnf.jkt (${check.jkt ?? '?'}): the token is bound to another key, and a server refuses it.`,
            not_bound: 'The token carries no cnf.jkt: it is not bound to this key (a plain Bearer token).',
            token_unknown: 'The token’s cnf.jkt cannot be compared here: this page no longer holds the token.',
          }[check.status];
      }
    },
    signs: { good: '✓', bad: '✗', unknown: '?' },
    statusWords: { good: 'passed', bad: 'failed', unknown: 'not checked' },
  },
  nb: {
    title: 'DPoP-bevis',
    masked:
      'Selve beviset er fortsatt maskert over: den som har det, kan bruke det om igjen til iat-vinduet lukkes. Headeren og påstandene er ikke hemmelige, så de dekodes her fra kopien denne siden holder i minnet.',
    reading: 'Leser beviset …',
    notKept: {
      gone: 'Denne siden har ikke lenger beviset (bare siden som tok det opp holder det, i minnet; en ny innlasting avslutter det), så påstandene kan ikke vises eller sjekkes. Headeren, som den maskerte verdien beholder, står nedenfor.',
      not_in_file: 'Den importerte filen har dette beviset maskert, så påstandene kan ikke vises eller sjekkes. Headeren, som den maskerte verdien beholder, står nedenfor.',
    },
    malformed: (detail: string) => `Dette beviset kan ikke leses som en JWT (${detail}). En server avviser det med invalid_dpop_proof.`,
    header: 'Header',
    claims: 'Påstander (claims)',
    checks: 'Sjekker, slik serveren gjør dem (RFC 9449 §4.3)',
    notDefined: 'Ikke en påstand RFC 9449 definerer for bevis.',
    headerMeanings: {
      typ: 'Type: «dpop+jwt» merker et DPoP-bevis, så ingen annen JWT kan gi seg ut for et.',
      alg: 'Algoritmen beviset er signert med, med nettleserens egen nøkkel (aldri «none» eller en HMAC).',
      jwk: 'Den offentlige nøkkelen i nøkkelparet nettleseren laget for denne økten; den private halvdelen forlater den aldri (kan ikke eksporteres, i IndexedDB).',
      thumbprint: 'RFC 7638 SHA-256-avtrykk av nøkkelen: det et bundet token oppgir i cnf.jkt.',
    },
    claimMeanings: {
      htm: 'HTTP-metoden til forespørselen beviset gjelder.',
      htu: 'HTTP-adressen til den forespørselen, uten spørring (query) og fragment.',
      iat: 'Når beviset ble laget; en server godtar det bare en kort stund etterpå.',
      jti: 'Unik ID for dette beviset, så en server kan avvise det når det kommer igjen (gjenbruk).',
      ath: 'Hash av tilgangstokenet som sendes med: base64url(SHA-256(token)), så beviset ikke kan følge et annet token.',
      nonce: 'En verdi serveren ba om (DPoP-Nonce), som viser at beviset ble laget etter det svaret.',
    },
    check: (check: ProofCheck): string => {
      switch (check.check) {
        case 'typ':
          return check.status === 'ok' ? 'typ er dpop+jwt.' : `typ er ${text(check.found)}, ikke dpop+jwt: en server avviser dette beviset.`;
        case 'jwk':
          return {
            ok: 'Headeren har en offentlig nøkkel.',
            missing: 'Headeren har ingen brukbar offentlig nøkkel (jwk): ingenting kan sjekke signaturen.',
            private: 'jwk inneholder en privat nøkkel: nøkkelen er lekket, og en server avviser beviset.',
          }[check.status];
        case 'signature':
          return {
            valid: 'Signaturen er gyldig med nøkkelen i headeren: den som laget beviset, har den private halvdelen.',
            invalid: 'Signaturen er ugyldig med nøkkelen i headeren: beviset er endret etter at det ble signert.',
            not_checked: 'Signaturen er ikke sjekket: det finnes ingen brukbar nøkkel å sjekke den med.',
          }[check.status];
        case 'htm':
          return check.status === 'match' ? `htm ${check.expected} stemmer med forespørselens metode.` : `htm er ${text(check.found)}, men forespørselen var en ${check.expected}: en server avviser det.`;
        case 'htu':
          return {
            match: `htu stemmer med forespørselens adresse (${check.expected}).`,
            mismatch: `htu er ${text(check.found)}, men forespørselen gikk til ${check.expected}: en server avviser det.`,
            query: `htu har en spørring eller et fragment (${text(check.found)}); RFC 9449 §4.2 sier de skal utelates.`,
          }[check.status];
        case 'ath':
          return {
            match: 'ath er hashen av tilgangstokenet som ble sendt med: beviset følger bare dette tokenet.',
            mismatch: `ath er ikke hashen av tilgangstokenet som ble sendt med (den er ${check.expected ?? '?'}): en server avviser det.`,
            missing: 'Ingen ath, selv om et tilgangstoken ble sendt med beviset: en server avviser det.',
            token_unknown: 'ath kan ikke sjekkes her: denne siden har ikke lenger tilgangstokenet som ble sendt med.',
            not_needed: 'Ingen tilgangstoken ble sendt med denne forespørselen, så det er ingen ath å sjekke.',
          }[check.status];
        case 'jkt':
          return {
            match: `Nøkkelens avtrykk er lik tokenets cnf.jkt (${check.jkt ?? ''}): tokenet er bundet til denne nøkkelen.`,
            mismatch: `Nøkkelens avtrykk (${check.thumbprint ?? '?'}) er ikke tokenets cnf.jkt (${check.jkt ?? '?'}): tokenet er bundet til en annen nøkkel, og en server avviser det.`,
            not_bound: 'Tokenet har ingen cnf.jkt: det er ikke bundet til denne nøkkelen (et vanlig Bearer-token).',
            token_unknown: 'Tokenets cnf.jkt kan ikke sammenlignes her: denne siden har ikke lenger tokenet.',
          }[check.status];
      }
    },
    signs: { good: '✓', bad: '✗', unknown: '?' },
    statusWords: { good: 'bestått', bad: 'feilet', unknown: 'ikke sjekket' },
  },
});
