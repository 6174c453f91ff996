import { defineMessages } from '../../../i18n/messages';

/** The topics, in reading order; each is a subsection whose id a link can target (/explorer#implicit). */
export const learnTopics = ['code-pkce', 'implicit', 'password', 'client-credentials', 'refresh-tokens', 'mix-up'] as const;
export type LearnTopic = (typeof learnTopics)[number];

/** The element id of each topic: `implicit` is linked from the sign-in page, so it keeps its plain name. */
export const topicIds: Record<LearnTopic, string> = {
  'code-pkce': 'learn-code-pkce',
  implicit: 'implicit',
  password: 'learn-password',
  'client-credentials': 'learn-client-credentials',
  'refresh-tokens': 'learn-refresh-tokens',
  'mix-up': 'learn-mix-up',
};

interface Topic {
  title: string;
  paragraphs: string[];
}

export const learnMessages = defineMessages({
  en: {
    title: 'Learn',
    intro: 'Each flow in plain words: what happens, what can go wrong, and what the RFCs say about it.',
    contents: 'On this section',
    topics: {
      'code-pkce': {
        title: 'Authorization code + PKCE',
        paragraphs: [
          'The app sends the browser to the identity server’s authorization endpoint. The user signs in there, never in the app, and the server sends the browser back to the app’s registered redirect URI with a short-lived, one-time authorization code. The app then exchanges the code for tokens in a direct request to the token endpoint (RFC 6749 §4.1). The tokens never appear in the address bar, the history or a Referer header.',
          'Why PKCE (RFC 7636): a browser app has no secret with which to prove, at the token endpoint, that it is the one that asked for the code. So before the redirect it makes a random code_verifier, keeps it, and sends only its SHA-256 hash as code_challenge (method S256). With the code it sends the verifier; the server hashes it and compares. Whoever steals or injects a code – from a log, a leaked redirect or a malicious app – cannot redeem it without the verifier.',
          'RFC 9700 §2.1.1 makes PKCE mandatory for public clients, recommends it for confidential ones, and asks for S256 rather than plain. RFC 10017 §6.3.2.1 says browser apps MUST use it and authorization servers MUST enforce it. This explorer uses code + PKCE by default, with state against cross-site request forgery and a nonce bound into the ID token; follow each step in the Timeline.',
        ],
      },
      implicit: {
        title: 'Implicit (legacy)',
        paragraphs: [
          'With implicit the identity server skips the code and puts the access token – here with an ID token – straight into the redirect’s URL fragment: …/callback#access_token=…. It was designed when browsers could not make cross-origin POST requests; CORS removed that reason long ago (RFC 10017 §7.2.1).',
          'Why it is discouraged: a token in a URL leaks. It can stay in the browser history, which is often synced to other devices; it can leak in a Referer header or a log; and every script on the page can read it, third-party scripts included (RFC 9700 §4.2 and §4.3, RFC 10017 §7.2.3). An attacker who can bend the redirect receives the token itself. And a token delivered this way cannot be sender-constrained: nothing binds it to this client or a key it holds, so whoever has it can use it, and the app cannot tell whether a token injected into its URL was issued to it at all.',
          'RFC 9700 §2.1.2: clients SHOULD NOT use implicit, or any response type that issues access tokens in the authorization response, unless token injection is prevented and these leaks are mitigated. RFC 10017 §7.2: browser apps MUST NOT use it. The explorer keeps it only as a labelled legacy demonstration – off for Aritma production unless a build turns it on – and checks the ID token’s signature, nonce and at_hash before believing anything in the fragment.',
        ],
      },
      password: {
        title: 'Resource owner password (password grant)',
        paragraphs: [
          'The app asks the user for their username and password and sends them to the token endpoint itself (RFC 6749 §4.3). It was meant as a bridge for old applications.',
          'RFC 9700 §2.4: it MUST NOT be used. It gives the user’s password to the app, which may keep, log or leak it; it teaches users to type their password outside the identity server’s own page, which is exactly what phishing relies on; and it rules out multi-factor sign-in, passkeys, single sign-on and federated identity, because the identity server never meets the user. RFC 10017 §7.3 says browser apps must use a redirect-based flow instead.',
          'Aritma documents the grant for existing integrations. The explorer shows it as server-side snippets and runs it only against the local sandbox.',
        ],
      },
      'client-credentials': {
        title: 'Client credentials (server to server)',
        paragraphs: [
          'A service gets a token for itself: it authenticates with its client ID and secret, and no user takes part (RFC 6749 §4.4). The token acts for the client, with whatever access the client was granted – the right grant for, say, a back-office job that fetches statements at night.',
          'Only ever on a server. A secret inside a browser app, a mobile app or any code users can download is not a secret (RFC 6749 §2.1, RFC 10017 §6.3.3.1). Keep it in the server’s secret store, rotate it, and prefer key-based client authentication (private_key_jwt, RFC 7523; mutual TLS, RFC 8705) where the identity server supports it. Reuse the access token until it expires instead of asking for a new one per call.',
        ],
      },
      'refresh-tokens': {
        title: 'Refresh tokens and rotation in a browser app',
        paragraphs: [
          'Access tokens are short-lived (an hour at Aritma). A refresh token lets the app get a new one without sending the user to sign in again (RFC 6749 §6). In a browser app it is a bearer credential too, and a more valuable one: a stolen refresh token keeps working long after the access token has expired.',
          'So RFC 9700 §4.14.2 asks authorization servers to either sender-constrain refresh tokens of public clients or rotate them: each refresh returns a new refresh token and invalidates the old one. If an attacker and the app both hold the same refresh token, one of them will present an already-used token, and the server then revokes the whole chain. RFC 10017 §6.3.2.3 adds, for browser apps: rotation must not extend the refresh token’s maximum lifetime, and that lifetime should end with the user’s session at the identity server.',
          'In the app: keep tokens only in memory or storage that ends with the tab (sessionStorage); refresh one tab at a time – two tabs using the same rotated token would look exactly like theft – and treat a refused refresh as signed out. This explorer renews under a Web Lock so that only one tab refreshes at a time.',
        ],
      },
      'mix-up': {
        title: 'Mix-up attacks and the iss parameter (RFC 9207)',
        paragraphs: [
          'A client that talks to more than one identity server – like this explorer, with its sandbox, Aritma development, production and custom environments – can be confused about which one answered. In a mix-up attack a malicious server makes the client send a code or token from the honest server to the attacker (RFC 9700 §4.4).',
          'RFC 9207 lets the identity server name itself in the authorization response with an iss parameter. The client compares it with the issuer from discovery, the one it sent the user to, before it redeems the code (RFC 9207 §2.4); a mismatch means stop. A server that sends iss says so in discovery (authorization_response_iss_parameter_supported), and then a missing iss is an error too. RFC 9700 §4.4.2 recommends this defence, and RFC 10017 §9.3 applies it to browser apps.',
          'In OpenID Connect the ID token’s iss claim does a similar job, but only once the tokens have arrived; iss in the authorization response protects the code before it goes anywhere. The explorer checks both.',
        ],
      },
    } satisfies Record<LearnTopic, Topic>,
  },
  nb: {
    title: 'Lær mer',
    intro: 'Hver flyt med enkle ord: hva som skjer, hva som kan gå galt, og hva RFC-ene sier om det.',
    contents: 'I denne delen',
    topics: {
      'code-pkce': {
        title: 'Autorisasjonskode + PKCE',
        paragraphs: [
          'Appen sender nettleseren til identitetsserverens autorisasjonsendepunkt. Brukeren logger inn der, aldri i appen, og serveren sender nettleseren tilbake til appens registrerte redirect-URI med en kortlivet autorisasjonskode som bare kan brukes én gang. Appen bytter så koden mot tokener i en direkte forespørsel til token-endepunktet (RFC 6749 §4.1). Tokenene vises aldri i adressefeltet, i historikken eller i en Referer-header.',
          'Hvorfor PKCE (RFC 7636): en nettleserapp har ingen hemmelighet som kan bevise overfor token-endepunktet at det var den som ba om koden. Derfor lager den før videresendingen en tilfeldig code_verifier, tar vare på den, og sender bare SHA-256-hashen av den som code_challenge (metode S256). Sammen med koden sender den verifikatoren; serveren hasher den og sammenligner. Den som stjeler eller smugler inn en kode – fra en logg, en lekket videresending eller en ondsinnet app – kan ikke løse den inn uten verifikatoren.',
          'RFC 9700 §2.1.1 gjør PKCE obligatorisk for offentlige klienter, anbefaler det for konfidensielle, og ber om S256 i stedet for plain. RFC 10017 §6.3.2.1 sier at nettleserapper MÅ bruke det og at autorisasjonsservere MÅ kreve det. Denne utforskeren bruker kode + PKCE som standard, med state mot forfalskede forespørsler på tvers av nettsteder og en nonce som bindes inn i ID-tokenet; følg hvert steg i tidslinjen.',
        ],
      },
      implicit: {
        title: 'Implisitt (utdatert)',
        paragraphs: [
          'Med implisitt flyt hopper identitetsserveren over koden og legger tilgangstokenet – her sammen med et ID-token – rett i URL-fragmentet ved videresendingen: …/callback#access_token=…. Den ble laget da nettlesere ikke kunne gjøre POST-forespørsler til andre domener; CORS fjernet den grunnen for lenge siden (RFC 10017 §7.2.1).',
          'Hvorfor den frarådes: et token i en URL lekker. Det kan bli liggende i nettleserhistorikken, som ofte synkroniseres til andre enheter; det kan lekke i en Referer-header eller en logg; og alle skript på siden kan lese det, også tredjepartsskript (RFC 9700 §4.2 og §4.3, RFC 10017 §7.2.3). En angriper som kan bøye videresendingen, får selve tokenet. Og et token levert på denne måten kan ikke bindes til avsenderen: ingenting knytter det til denne klienten eller en nøkkel den har, så den som har det, kan bruke det, og appen kan ikke vite om et token som er smuglet inn i URL-en i det hele tatt ble utstedt til den.',
          'RFC 9700 §2.1.2: klienter BØR IKKE bruke implisitt flyt, eller noen responstype som utsteder tilgangstokener i autorisasjonssvaret, med mindre innsmugling av tokener hindres og disse lekkasjene er tettet. RFC 10017 §7.2: nettleserapper SKAL IKKE bruke den. Utforskeren har den bare som en merket, utdatert demonstrasjon – slått av for Aritma produksjon med mindre en versjon slår den på – og sjekker ID-tokenets signatur, nonce og at_hash før den tror på noe i fragmentet.',
        ],
      },
      password: {
        title: 'Ressurseierens passord (password-grant)',
        paragraphs: [
          'Appen ber brukeren om brukernavn og passord og sender dem selv til token-endepunktet (RFC 6749 §4.3). Den var ment som en overgangsløsning for gamle applikasjoner.',
          'RFC 9700 §2.4: den SKAL IKKE brukes. Den gir brukerens passord til appen, som kan ta vare på, logge eller lekke det; den lærer brukere å skrive passordet utenfor identitetsserverens egen side, som er nettopp det phishing lever av; og den utelukker innlogging med flere faktorer, passnøkler, enkel pålogging (SSO) og føderert identitet, fordi identitetsserveren aldri møter brukeren. RFC 10017 §7.3 sier at nettleserapper i stedet må bruke en flyt med videresending.',
          'Aritma dokumenterer grant-typen for eksisterende integrasjoner. Utforskeren viser den som kodeeksempler for serversiden og kjører den bare mot den lokale sandkassen.',
        ],
      },
      'client-credentials': {
        title: 'Klientlegitimasjon (client credentials, server til server)',
        paragraphs: [
          'En tjeneste henter et token til seg selv: den autentiserer seg med klient-ID og hemmelighet, og ingen bruker er med (RFC 6749 §4.4). Tokenet handler på vegne av klienten, med den tilgangen klienten har fått – riktig grant-type for for eksempel en jobb i bakkant som henter kontoutskrifter om natten.',
          'Bare på en server. En hemmelighet i en nettleserapp, en mobilapp eller annen kode brukere kan laste ned, er ingen hemmelighet (RFC 6749 §2.1, RFC 10017 §6.3.3.1). Oppbevar den i serverens hemmelighetslager, bytt den jevnlig, og foretrekk nøkkelbasert klientautentisering (private_key_jwt, RFC 7523; gjensidig TLS, RFC 8705) der identitetsserveren støtter det. Gjenbruk tilgangstokenet til det utløper i stedet for å be om et nytt for hvert kall.',
        ],
      },
      'refresh-tokens': {
        title: 'Fornyelsestokener og rotasjon i en nettleserapp',
        paragraphs: [
          'Tilgangstokener lever kort (én time hos Aritma). Et fornyelsestoken (refresh token) lar appen hente et nytt uten å sende brukeren til innlogging igjen (RFC 6749 §6). I en nettleserapp er også det et ihendehavertoken, og et mer verdifullt et: et stjålet fornyelsestoken virker lenge etter at tilgangstokenet har utløpt.',
          'Derfor ber RFC 9700 §4.14.2 autorisasjonsservere om enten å binde offentlige klienters fornyelsestokener til avsenderen eller å rotere dem: hver fornyelse gir et nytt fornyelsestoken og gjør det gamle ugyldig. Har både en angriper og appen det samme fornyelsestokenet, vil en av dem vise fram et token som allerede er brukt, og serveren trekker da tilbake hele kjeden. RFC 10017 §6.3.2.3 legger til for nettleserapper: rotasjon skal ikke forlenge fornyelsestokenets lengste levetid, og den levetiden bør ta slutt sammen med brukerens sesjon hos identitetsserveren.',
          'I appen: hold tokener bare i minnet eller i lagring som forsvinner med fanen (sessionStorage); forny i én fane om gangen – to faner som bruker det samme roterte tokenet, ser nøyaktig ut som tyveri – og behandle en avvist fornyelse som utlogging. Denne utforskeren fornyer under en Web Lock, så bare én fane fornyer om gangen.',
        ],
      },
      'mix-up': {
        title: 'Forvekslingsangrep og iss-parameteren (RFC 9207)',
        paragraphs: [
          'En klient som snakker med mer enn én identitetsserver – som denne utforskeren, med sandkasse, Aritma utvikling, produksjon og egendefinerte miljøer – kan bli forvirret om hvilken som svarte. I et forvekslingsangrep (mix-up) får en ondsinnet server klienten til å sende en kode eller et token fra den ærlige serveren til angriperen (RFC 9700 §4.4).',
          'RFC 9207 lar identitetsserveren navngi seg selv i autorisasjonssvaret med en iss-parameter. Klienten sammenligner den med utstederen fra discovery, den den sendte brukeren til, før den løser inn koden (RFC 9207 §2.4); avvik betyr stopp. En server som sender iss, sier fra om det i discovery (authorization_response_iss_parameter_supported), og da er en manglende iss også en feil. RFC 9700 §4.4.2 anbefaler dette forsvaret, og RFC 10017 §9.3 bruker det for nettleserapper.',
          'I OpenID Connect gjør ID-tokenets iss-claim en lignende jobb, men først når tokenene har kommet fram; iss i autorisasjonssvaret beskytter koden før den sendes noe sted. Utforskeren sjekker begge.',
        ],
      },
    } satisfies Record<LearnTopic, Topic>,
  },
});
