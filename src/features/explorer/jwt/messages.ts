import { defineMessages } from '../../../i18n/messages';
import type { AtHashCheck, DecodeProblem, ExplainedClaim, ExplainedHeaderParameter, JwtPart, SignatureCheck, Validity } from './inspect';
import type { PastedKeyProblem } from './pasted-key';

type Found = Extract<DecodeProblem, { code: 'not_object' }>['found'];

const enParts: Record<JwtPart, string> = { header: 'The header (part 1)', payload: 'The payload (part 2)', signature: 'The signature (part 3)' };
const enFound: Record<Found, string> = { array: 'an array', string: 'a string', number: 'a number', boolean: 'true or false', null: 'null' };
const enPart = (part: JwtPart) => enParts[part];

const nbParts: Record<JwtPart, string> = { header: 'Headeren (del 1)', payload: 'Nyttelasten (payload, del 2)', signature: 'Signaturen (del 3)' };
const nbFound: Record<Found, string> = { array: 'en liste (array)', string: 'en streng', number: 'et tall', boolean: 'true eller false', null: 'null' };
const nbPart = (part: JwtPart) => nbParts[part];

export const jwtMessages = defineMessages({
  en: {
    title: 'JWT inspector',
    intro:
      'A JWT (RFC 7519) is three base64url parts: a header, a payload of claims, and a signature over both. Anyone can read the first two; only the signature, checked against the identity server’s public keys, says whether to believe them. Decoding happens in your browser: only the public keys are fetched.',
    noTokens: 'No tokens: you are signed out. Sign in to inspect yours, or paste a token below.',
    token: 'Token',
    reveal: 'Reveal',
    hidden: (length: string) => `Hidden (${length} characters). A token is a password for the API: reveal it only when nobody is watching.`,
    header: 'Header',
    payload: 'Payload',
    signature: 'Signature',
    json: 'JSON',
    algorithm: 'Algorithm',
    signatureBytes: (bytes: string) => `${bytes} bytes`,
    checkedAgainst: 'Checked against',
    pastedKeyName: 'the key you pasted',
    checking: 'Checking the signature…',
    privateClaim: 'Not a registered claim: its meaning is agreed between the issuer and the API.',
    notNumericDate: 'Not a NumericDate (seconds since 1970-01-01 UTC), so this time cannot be read.',
    expiredTag: 'expired',
    pasteTitle: 'Paste a token',
    jwtLabel: 'JWT',
    jwtHint: 'A JWT, with or without “Bearer ”. It stays in this page.',
    keyLabel: 'Key',
    keyHint: 'Optional: a JWK, a JWKS, or a PEM public key (SPKI) or X.509 certificate. Empty: the environment’s JWKS is used.',
    privatePartsRemoved: 'This key contained private parts. Only its public part is used here, but treat the private key as leaked: never paste one anywhere.',
    keyUnusable: 'Not verified: the pasted key cannot be used (see above).',
    binding: {
      title: 'Bound to a key (cnf.jkt)',
      jkt: (jkt: string) =>
        `This token is sender-constrained (RFC 9449 §6.1): it is bound to the key whose JWK SHA-256 thumbprint (RFC 7638) is ${jkt}. A resource server refuses it unless the request also carries a DPoP proof signed with that key, so a stolen copy is useless without the key.`,
      match: 'It matches the key that signed the DPoP proofs this page recorded: this browser holds the key the token is bound to.',
      mismatch: (thumbprints: string) => `It does not match the key that signed the DPoP proofs this page recorded (${thumbprints}): requests made here with this token would be refused.`,
      unknown: 'This page has recorded no DPoP proof, so it cannot tell whether it holds that key.',
      otherMethod: (members: string) => `cnf binds this token by another method than DPoP (${members}), e.g. x5t#S256 for a TLS client certificate (RFC 8705).`,
      idToken: 'cnf in an ID token is not expected: DPoP binds access and refresh tokens, which are sent to servers. An ID token is read by the app and never presented to an API, so there is nothing to bind.',
      proof:
        'This is a DPoP proof (typ dpop+jwt, RFC 9449 §4.2), not a token: the browser makes a fresh one for each request, signed with its own key, whose public half is the jwk in the header. htm and htu name the one request it is for, ath the access token sent with it, jti makes a replay detectable, and iat limits how long a server accepts it.',
      proofKey: 'the key in its own header (jwk)',
    },
    notReadable: 'Not a readable JWT.',
    validity: (validity: Validity, relative: (seconds: number) => string): string => {
      switch (validity.state) {
        case 'valid':
          return `Not expired: expires ${relative(validity.secondsFromNow)}.`;
        case 'expired':
          return `Expired ${relative(validity.secondsFromNow)}.`;
        case 'not_yet_valid':
          return `Not valid yet: valid ${relative(validity.secondsFromNow)} (nbf).`;
        case 'no_expiry':
          return 'No exp claim: nothing in the token makes it expire.';
        case 'bad_time':
          return 'exp or nbf is not a NumericDate, so nobody can tell whether this token is valid now.';
      }
    },
    problem: (problem: DecodeProblem): string => {
      switch (problem.code) {
        case 'empty':
          return 'Paste a JWT: three base64url parts separated by dots.';
        case 'encrypted':
          return 'This looks like an encrypted JWE (5 parts): it cannot be read without the key.';
        case 'part_count':
          return problem.parts === 1
            ? 'A JWT has 3 parts separated by dots; this has 1. It may be an opaque token, which only the server that issued it can read.'
            : `A JWT has 3 parts separated by dots; this has ${problem.parts}.`;
        case 'empty_part':
          return `${enPart(problem.part)} is empty.`;
        case 'base64url_character':
          return `${enPart(problem.part)} is not valid base64url: “${problem.character}” at position ${problem.position} is not allowed (base64url has letters, digits, “-” and “_” only).`;
        case 'base64url_padding':
          return `${enPart(problem.part)} is not valid base64url: it ends in “=” padding, which a JWT leaves out (RFC 7515 §2).`;
        case 'base64url_length':
          return `${enPart(problem.part)} is not valid base64url: no encoded text is ${problem.length} characters long. Was it cut off?`;
        case 'utf8':
          return `${enPart(problem.part)} is not UTF-8 text once decoded.`;
        case 'json':
          return `${enPart(problem.part)} is not valid JSON (${problem.detail}).`;
        case 'not_object':
          return `${enPart(problem.part)} is not a JSON object: it is ${enFound[problem.found]}.`;
        case 'alg_missing':
          return 'The header (part 1) has no “alg”, which RFC 7515 §4.1.1 requires: there is no telling how it was signed.';
      }
    },
    keyProblem: (problem: PastedKeyProblem): string => {
      switch (problem.code) {
        case 'private_pem':
          return 'This is a private key. It is not used. Verifying needs only the public key; treat this private key as leaked.';
        case 'pkcs1_pem':
          return 'This is a PKCS#1 “RSA PUBLIC KEY”. Paste it as SPKI (“BEGIN PUBLIC KEY”), e.g. converted with: openssl rsa -RSAPublicKey_in -pubout';
        case 'unknown_pem':
          return `A PEM “${problem.label}” is not a key this inspector reads: paste a “PUBLIC KEY” or a “CERTIFICATE”.`;
        case 'json':
          return `The key is not valid JSON (${problem.detail}).`;
        case 'not_a_key':
          return 'This is not a key: paste a JWK ({"kty": …}), a JWKS ({"keys": […]}), or a PEM text starting with “-----BEGIN”.';
        case 'symmetric':
          return 'This is a symmetric (oct) key, a shared secret: a token checked with it could have been made by anyone holding it. Not used.';
        case 'jwks_empty':
          return 'This JWKS has no public keys.';
      }
    },
    signatureCheck: (check: SignatureCheck): string => {
      switch (check.status) {
        case 'valid':
          return check.kid ? `Signature valid: verified with the key “${check.kid}” (${check.alg}).` : `Signature valid (${check.alg}): verified with a key that has no kid.`;
        case 'invalid':
          return 'Signature invalid: the token was changed after it was signed, or it was signed with another key. Do not trust it.';
        case 'alg_none':
          return 'Not verifiable, unsafe: alg is “none”, so the token is unsigned and anyone could have written it.';
        case 'alg_hmac':
          return `Not verifiable here, unsafe for this use: ${check.alg} is an HMAC with a shared secret, so whoever can check it can also forge it. Identity servers sign with a private key (RS256, ES256…).`;
        case 'alg_unsupported':
          return `Not verifiable: “${check.alg}” is not an algorithm this inspector accepts (RSA, RSA-PSS, ECDSA, EdDSA).`;
        case 'no_keys':
          return 'Not verified: the environment’s key set (jwks_uri) is unknown. Paste a key to check the signature.';
        case 'no_matching_key':
          return check.kid
            ? `Not verified: no key has the kid “${check.kid}”. The keys may have been rotated, or the token comes from another issuer.`
            : 'Not verified: no key fits this token.';
        case 'several_matching_keys':
          return 'Not verified: the token has no kid and several keys could fit.';
        case 'keys_unavailable':
          return `Not verified: the key set could not be fetched (${check.detail}).`;
        case 'key_unusable':
          return `Not verified: this key cannot check an ${check.alg} signature (${check.detail}).`;
      }
    },
    atHash: (check: AtHashCheck): string => {
      switch (check.status) {
        case 'match':
          return 'at_hash matches the access token: this ID token was issued together with it.';
        case 'mismatch':
          return `at_hash does not match the access token (expected ${check.expected}): they were not issued together.`;
        case 'not_a_string':
          return 'at_hash is not a string, so it cannot match any access token.';
        case 'no_access_token':
          return 'at_hash cannot be checked: there is no access token to compare it with.';
        case 'alg_unsupported':
          return `at_hash cannot be checked: no hash is defined for ${check.alg}.`;
      }
    },
    headerParameters: {
      alg: 'Algorithm: how the token is signed (RFC 7515 §4.1.1). RS256 is an RSA signature over SHA-256, made with the identity server’s private key. “none” or HS256 are unsafe for tokens from an identity server.',
      typ: 'Type (RFC 7515 §4.1.9): “at+jwt” marks an OAuth access token (RFC 9068 §2.1), “JWT” a generic one such as an ID token, so one kind cannot pass as the other.',
      kid: 'Key ID (RFC 7515 §4.1.4): which key of the identity server’s JWKS signed the token, so keys can be rotated.',
      x5t: 'X.509 thumbprint (RFC 7515 §4.1.7): SHA-1 thumbprint of the certificate of the signing key.',
      cty: 'Content type (RFC 7515 §4.1.10): set only when the payload is itself a JWT (nested).',
      jwk: 'JSON Web Key (RFC 7515 §4.1.3): the public key that checks this JWT’s signature, carried in it. In a DPoP proof (RFC 9449 §4.2) it is the browser’s own key.',
    } satisfies Record<ExplainedHeaderParameter, string>,
    claims: {
      iss: 'Issuer (RFC 7519 §4.1.1): the identity server that made the token. It must equal the issuer in discovery.',
      sub: 'Subject (RFC 7519 §4.1.2): who the token is about, unique at this issuer: a user, or the client itself with client_credentials.',
      aud: 'Audience (RFC 7519 §4.1.3): who the token is for. An API must refuse a token whose aud does not name it; an ID token’s aud is the client ID.',
      exp: 'Expiration time (RFC 7519 §4.1.4): the token must not be accepted at or after this moment.',
      nbf: 'Not before (RFC 7519 §4.1.5): the token must not be accepted before this moment.',
      iat: 'Issued at (RFC 7519 §4.1.6): when the identity server made the token.',
      jti: 'JWT ID (RFC 7519 §4.1.7): a unique identifier, which lets a server notice a replayed token.',
      scope: 'Scope (RFC 9068 §2.2.3, RFC 8693 §4.2): the permissions granted, separated by spaces. bankservice gives access to the Open Banking API.',
      client_id: 'Client ID (RFC 9068 §2.2, RFC 8693 §4.3): the application the token was issued to.',
      auth_time: 'Authentication time (OpenID Connect Core §2): when the user last actually signed in, e.g. typed their password.',
      amr: 'Authentication methods (RFC 8176): how the user signed in, e.g. “pwd” (password), “otp” (one-time code), “mfa” (several factors).',
      sid: 'Session ID (OpenID Connect Front-Channel and Back-Channel Logout): the user’s session at the identity server, so a sign-out can end it everywhere.',
      nonce: 'Nonce (OpenID Connect Core §2): the random value the app sent with the authorization request. A match proves this ID token answers that request and is not replayed.',
      at_hash: 'Access token hash (OpenID Connect Core §3.2.2.9): the left half of the SHA-256 hash of the access token, in base64url. It binds the ID token to the access token issued with it.',
      azp: 'Authorized party (OpenID Connect Core §2): the client the ID token was issued to; it must be that client when there are several audiences.',
      acr: 'Authentication context class (OpenID Connect Core §2): how strong the sign-in was, on the identity server’s own scale.',
      cnf: 'Confirmation (RFC 7800, RFC 9449): the key the token is bound to. A thief without that key cannot use the token.',
      htm: 'HTTP method (RFC 9449 §4.2): the method of the one request this DPoP proof is for.',
      htu: 'HTTP URL (RFC 9449 §4.2): the URL of that request, without query and fragment.',
      ath: 'Access token hash (RFC 9449 §4.2): base64url(SHA-256(access token)), so the proof goes with that token only.',
      email: 'The user’s e-mail address (OpenID Connect Core §5.1).',
      name: 'The user’s full name (OpenID Connect Core §5.1).',
    } satisfies Record<ExplainedClaim, string>,
  },
  nb: {
    title: 'JWT inspector',
    intro:
      'En JWT (RFC 7519) består av tre base64url-deler: en header, en nyttelast (payload) med påstander (claims), og en signatur over begge. Alle kan lese de to første; bare signaturen, sjekket mot identitetsserverens offentlige nøkler, sier om de er til å stole på. Dekodingen skjer i nettleseren din: bare de offentlige nøklene hentes.',
    noTokens: 'Ingen tokener: du er logget ut. Logg inn for å se dine, eller lim inn et token nedenfor.',
    token: 'Token',
    reveal: 'Vis',
    hidden: (length: string) => `Skjult (${length} tegn). Et token er et passord til API-et: vis det bare når ingen ser på.`,
    header: 'Header',
    payload: 'Nyttelast (payload)',
    signature: 'Signatur',
    json: 'JSON',
    algorithm: 'Algoritme',
    signatureBytes: (bytes: string) => `${bytes} byte`,
    checkedAgainst: 'Sjekket mot',
    pastedKeyName: 'nøkkelen du limte inn',
    checking: 'Sjekker signaturen …',
    privateClaim: 'Ikke en registrert claim: betydningen er avtalt mellom utstederen og API-et.',
    notNumericDate: 'Ikke en NumericDate (sekunder siden 1970-01-01 UTC), så tidspunktet kan ikke leses.',
    expiredTag: 'utløpt',
    pasteTitle: 'Lim inn et token',
    jwtLabel: 'JWT',
    jwtHint: 'En JWT, med eller uten «Bearer ». Den blir på denne siden.',
    keyLabel: 'Nøkkel',
    keyHint: 'Valgfritt: en JWK, et JWKS, eller en offentlig PEM-nøkkel (SPKI) eller et X.509-sertifikat. Tomt: miljøets JWKS brukes.',
    privatePartsRemoved: 'Denne nøkkelen inneholdt private deler. Bare den offentlige delen brukes her, men regn den private nøkkelen som lekket: lim aldri inn en slik noe sted.',
    keyUnusable: 'Ikke verifisert: nøkkelen du limte inn kan ikke brukes (se over).',
    binding: {
      title: 'Bundet til en nøkkel (cnf.jkt)',
      jkt: (jkt: string) =>
        `Dette tokenet er avsenderbundet (RFC 9449 §6.1): det er bundet til nøkkelen med JWK SHA-256-avtrykk (RFC 7638) ${jkt}. En ressursserver avviser det med mindre forespørselen også har et DPoP-bevis signert med den nøkkelen, så en stjålet kopi er ubrukelig uten nøkkelen.`,
      match: 'Det stemmer med nøkkelen som signerte DPoP-bevisene denne siden tok opp: denne nettleseren har nøkkelen tokenet er bundet til.',
      mismatch: (thumbprints: string) => `Det stemmer ikke med nøkkelen som signerte DPoP-bevisene denne siden tok opp (${thumbprints}): forespørsler herfra med dette tokenet ville blitt avvist.`,
      unknown: 'Denne siden har ikke tatt opp noe DPoP-bevis, så den kan ikke si om den har den nøkkelen.',
      otherMethod: (members: string) => `cnf binder dette tokenet på en annen måte enn DPoP (${members}), for eksempel x5t#S256 for et TLS-klientsertifikat (RFC 8705).`,
      idToken: 'cnf i et ID-token er ikke forventet: DPoP binder tilgangs- og fornyelsestokener, som sendes til servere. Et ID-token leses av appen og vises aldri fram for et API, så det er ingenting å binde.',
      proof:
        'Dette er et DPoP-bevis (typ dpop+jwt, RFC 9449 §4.2), ikke et token: nettleseren lager et nytt for hver forespørsel, signert med sin egen nøkkel, der den offentlige halvdelen er jwk i headeren. htm og htu sier hvilken forespørsel det gjelder, ath hvilket tilgangstoken som sendes med, jti gjør gjenbruk synlig, og iat begrenser hvor lenge en server godtar det.',
      proofKey: 'nøkkelen i sin egen header (jwk)',
    },
    notReadable: 'Ikke en lesbar JWT.',
    validity: (validity: Validity, relative: (seconds: number) => string): string => {
      switch (validity.state) {
        case 'valid':
          return `Ikke utløpt: utløper ${relative(validity.secondsFromNow)}.`;
        case 'expired':
          return `Utløpt ${relative(validity.secondsFromNow)}.`;
        case 'not_yet_valid':
          return `Ikke gyldig ennå: gyldig ${relative(validity.secondsFromNow)} (nbf).`;
        case 'no_expiry':
          return 'Ingen exp-claim: ingenting i tokenet får det til å utløpe.';
        case 'bad_time':
          return 'exp eller nbf er ikke en NumericDate, så ingen kan si om tokenet er gyldig nå.';
      }
    },
    problem: (problem: DecodeProblem): string => {
      switch (problem.code) {
        case 'empty':
          return 'Lim inn en JWT: tre base64url-deler skilt med punktum.';
        case 'encrypted':
          return 'Dette ser ut som en kryptert JWE (5 deler): den kan ikke leses uten nøkkelen.';
        case 'part_count':
          return problem.parts === 1
            ? 'En JWT har 3 deler skilt med punktum; denne har 1. Det kan være et ugjennomsiktig (opaque) token, som bare serveren som utstedte det kan lese.'
            : `En JWT har 3 deler skilt med punktum; denne har ${problem.parts}.`;
        case 'empty_part':
          return `${nbPart(problem.part)} er tom.`;
        case 'base64url_character':
          return `${nbPart(problem.part)} er ikke gyldig base64url: «${problem.character}» på plass ${problem.position} er ikke tillatt (base64url har bare bokstaver, sifre, «-» og «_»).`;
        case 'base64url_padding':
          return `${nbPart(problem.part)} er ikke gyldig base64url: den slutter med «=»-utfylling, som en JWT utelater (RFC 7515 §2).`;
        case 'base64url_length':
          return `${nbPart(problem.part)} er ikke gyldig base64url: ingen kodet tekst er ${problem.length} tegn lang. Ble den kuttet?`;
        case 'utf8':
          return `${nbPart(problem.part)} er ikke UTF-8-tekst etter dekoding.`;
        case 'json':
          return `${nbPart(problem.part)} er ikke gyldig JSON (${problem.detail}).`;
        case 'not_object':
          return `${nbPart(problem.part)} er ikke et JSON-objekt: den er ${nbFound[problem.found]}.`;
        case 'alg_missing':
          return 'Headeren (del 1) mangler «alg», som RFC 7515 §4.1.1 krever: det er umulig å vite hvordan den er signert.';
      }
    },
    keyProblem: (problem: PastedKeyProblem): string => {
      switch (problem.code) {
        case 'private_pem':
          return 'Dette er en privat nøkkel. Den brukes ikke. Verifisering trenger bare den offentlige nøkkelen; regn denne private nøkkelen som lekket.';
        case 'pkcs1_pem':
          return 'Dette er en PKCS#1 «RSA PUBLIC KEY». Lim den inn som SPKI («BEGIN PUBLIC KEY»), for eksempel konvertert med: openssl rsa -RSAPublicKey_in -pubout';
        case 'unknown_pem':
          return `En PEM «${problem.label}» er ikke en nøkkel denne inspektøren leser: lim inn en «PUBLIC KEY» eller et «CERTIFICATE».`;
        case 'json':
          return `Nøkkelen er ikke gyldig JSON (${problem.detail}).`;
        case 'not_a_key':
          return 'Dette er ikke en nøkkel: lim inn en JWK ({"kty": …}), et JWKS ({"keys": […]}), eller en PEM-tekst som starter med «-----BEGIN».';
        case 'symmetric':
          return 'Dette er en symmetrisk (oct) nøkkel, en delt hemmelighet: et token sjekket med den kan være laget av hvem som helst som har den. Brukes ikke.';
        case 'jwks_empty':
          return 'Dette JWKS-et har ingen offentlige nøkler.';
      }
    },
    signatureCheck: (check: SignatureCheck): string => {
      switch (check.status) {
        case 'valid':
          return check.kid
            ? `Signaturen er gyldig: verifisert med nøkkelen «${check.kid}» (${check.alg}).`
            : `Signaturen er gyldig (${check.alg}): verifisert med en nøkkel uten kid.`;
        case 'invalid':
          return 'Signaturen er ugyldig: tokenet er endret etter at det ble signert, eller det er signert med en annen nøkkel. Ikke stol på det.';
        case 'alg_none':
          return 'Kan ikke verifiseres, utrygt: alg er «none», så tokenet er usignert og hvem som helst kan ha skrevet det.';
        case 'alg_hmac':
          return `Kan ikke verifiseres her, utrygt til dette formålet: ${check.alg} er en HMAC med en delt hemmelighet, så den som kan sjekke den, kan også forfalske den. Identitetsservere signerer med en privat nøkkel (RS256, ES256 …).`;
        case 'alg_unsupported':
          return `Kan ikke verifiseres: «${check.alg}» er ikke en algoritme denne inspektøren godtar (RSA, RSA-PSS, ECDSA, EdDSA).`;
        case 'no_keys':
          return 'Ikke verifisert: miljøets nøkkelsett (jwks_uri) er ukjent. Lim inn en nøkkel for å sjekke signaturen.';
        case 'no_matching_key':
          return check.kid
            ? `Ikke verifisert: ingen nøkkel har kid «${check.kid}». Nøklene kan være byttet ut, eller tokenet kommer fra en annen utsteder.`
            : 'Ikke verifisert: ingen nøkkel passer til dette tokenet.';
        case 'several_matching_keys':
          return 'Ikke verifisert: tokenet har ingen kid, og flere nøkler kan passe.';
        case 'keys_unavailable':
          return `Ikke verifisert: nøkkelsettet kunne ikke hentes (${check.detail}).`;
        case 'key_unusable':
          return `Ikke verifisert: denne nøkkelen kan ikke sjekke en ${check.alg}-signatur (${check.detail}).`;
      }
    },
    atHash: (check: AtHashCheck): string => {
      switch (check.status) {
        case 'match':
          return 'at_hash stemmer med tilgangstokenet: dette ID-tokenet ble utstedt sammen med det.';
        case 'mismatch':
          return `at_hash stemmer ikke med tilgangstokenet (forventet ${check.expected}): de ble ikke utstedt sammen.`;
        case 'not_a_string':
          return 'at_hash er ikke en streng, så den kan ikke stemme med noe tilgangstoken.';
        case 'no_access_token':
          return 'at_hash kan ikke sjekkes: det finnes ikke noe tilgangstoken å sammenligne med.';
        case 'alg_unsupported':
          return `at_hash kan ikke sjekkes: ingen hashfunksjon er definert for ${check.alg}.`;
      }
    },
    headerParameters: {
      alg: 'Algoritme: hvordan tokenet er signert (RFC 7515 §4.1.1). RS256 er en RSA-signatur over SHA-256, laget med identitetsserverens private nøkkel. «none» eller HS256 er utrygt for tokener fra en identitetsserver.',
      typ: 'Type (RFC 7515 §4.1.9): «at+jwt» merker et OAuth-tilgangstoken (RFC 9068 §2.1), «JWT» et generelt token, for eksempel et ID-token, så den ene typen ikke kan gi seg ut for den andre.',
      kid: 'Nøkkel-ID (RFC 7515 §4.1.4): hvilken nøkkel i identitetsserverens JWKS som signerte tokenet, slik at nøkler kan byttes ut.',
      x5t: 'X.509-tommelavtrykk (RFC 7515 §4.1.7): SHA-1-avtrykket av sertifikatet til signeringsnøkkelen.',
      cty: 'Innholdstype (RFC 7515 §4.1.10): settes bare når nyttelasten selv er en JWT (nøstet).',
      jwk: 'JSON Web Key (RFC 7515 §4.1.3): den offentlige nøkkelen som sjekker signaturen til denne JWT-en, sendt med i den. I et DPoP-bevis (RFC 9449 §4.2) er det nettleserens egen nøkkel.',
    } satisfies Record<ExplainedHeaderParameter, string>,
    claims: {
      iss: 'Utsteder (RFC 7519 §4.1.1): identitetsserveren som laget tokenet. Den må være lik utstederen (issuer) i discovery.',
      sub: 'Subjekt (RFC 7519 §4.1.2): hvem tokenet gjelder, unikt hos denne utstederen: en bruker, eller klienten selv ved client_credentials.',
      aud: 'Mottaker (audience, RFC 7519 §4.1.3): hvem tokenet er ment for. Et API må avvise et token der aud ikke nevner det; i et ID-token er aud klient-ID-en.',
      exp: 'Utløpstid (RFC 7519 §4.1.4): tokenet skal ikke godtas fra og med dette tidspunktet.',
      nbf: 'Ikke før (RFC 7519 §4.1.5): tokenet skal ikke godtas før dette tidspunktet.',
      iat: 'Utstedt (RFC 7519 §4.1.6): når identitetsserveren laget tokenet.',
      jti: 'JWT-ID (RFC 7519 §4.1.7): en unik identifikator, som lar en server oppdage et token som brukes om igjen.',
      scope: 'Scope (RFC 9068 §2.2.3, RFC 8693 §4.2): tillatelsene som er gitt, skilt med mellomrom. bankservice gir tilgang til Open Banking-API-et.',
      client_id: 'Klient-ID (RFC 9068 §2.2, RFC 8693 §4.3): applikasjonen tokenet ble utstedt til.',
      auth_time: 'Autentiseringstid (OpenID Connect Core §2): når brukeren sist faktisk logget inn, for eksempel skrev passordet sitt.',
      amr: 'Autentiseringsmetoder (RFC 8176): hvordan brukeren logget inn, for eksempel «pwd» (passord), «otp» (engangskode), «mfa» (flere faktorer).',
      sid: 'Sesjons-ID (OpenID Connect Front-Channel og Back-Channel Logout): brukerens sesjon hos identitetsserveren, slik at en utlogging kan avslutte den overalt.',
      nonce: 'Nonce (OpenID Connect Core §2): den tilfeldige verdien appen sendte med autorisasjonsforespørselen. Samsvar beviser at ID-tokenet svarer på den forespørselen og ikke er gjenbrukt.',
      at_hash: 'Hash av tilgangstokenet (OpenID Connect Core §3.2.2.9): venstre halvdel av SHA-256-hashen av tilgangstokenet, i base64url. Den binder ID-tokenet til tilgangstokenet som ble utstedt sammen med det.',
      azp: 'Autorisert part (OpenID Connect Core §2): klienten ID-tokenet ble utstedt til; den må være denne klienten når det er flere mottakere.',
      acr: 'Autentiseringsnivå (OpenID Connect Core §2): hvor sterk innloggingen var, etter identitetsserverens egen skala.',
      cnf: 'Bekreftelse (RFC 7800, RFC 9449): nøkkelen tokenet er bundet til. En tyv uten den nøkkelen kan ikke bruke tokenet.',
      htm: 'HTTP-metode (RFC 9449 §4.2): metoden til den ene forespørselen dette DPoP-beviset gjelder.',
      htu: 'HTTP-adresse (RFC 9449 §4.2): adressen til den forespørselen, uten spørring (query) og fragment.',
      ath: 'Hash av tilgangstokenet (RFC 9449 §4.2): base64url(SHA-256(tilgangstoken)), så beviset bare følger det tokenet.',
      email: 'Brukerens e-postadresse (OpenID Connect Core §5.1).',
      name: 'Brukerens fulle navn (OpenID Connect Core §5.1).',
    } satisfies Record<ExplainedClaim, string>,
  },
});
