import { defineMessages, useMessages } from '../i18n/messages';

const texts = defineMessages({
  en: {
    title: 'This browser does not let the app keep your sign-in',
    disabled: 'Storage for this site is turned off (site data or cookies are blocked).',
    full: 'Storage for this site is full.',
    why: 'Signing in keeps a one-time secret in this tab’s session storage while you visit the identity server, and your session afterwards. Nothing is kept after you close the tab.',
    fix: 'Allow site data for this address (or free some space), then reload the page.',
    reload: 'Reload',
  },
  nb: {
    title: 'Nettleseren lar ikke appen ta vare på innloggingen',
    disabled: 'Lagring er slått av for dette nettstedet (nettstedsdata eller informasjonskapsler er blokkert).',
    full: 'Lagringen for dette nettstedet er full.',
    why: 'Innloggingen lagrer en engangshemmelighet i fanens øktlagring mens du er hos identitetsserveren, og økten din etterpå. Ingenting beholdes etter at du lukker fanen.',
    fix: 'Tillat nettstedsdata for denne adressen (eller frigjør plass), og last inn siden på nytt.',
    reload: 'Last inn på nytt',
  },
});

/** Shown instead of the app when sessionStorage cannot be used: a reason and a way out, not a blank page. */
export function StoragePage({ problem }: { problem: 'disabled' | 'full' }) {
  const t = useMessages(texts);
  return (
    <main id="main">
      <section className="card" role="alert">
        <h1>{t.title}</h1>
        <p>{problem === 'full' ? t.full : t.disabled}</p>
        <p>{t.why}</p>
        <p>{t.fix}</p>
        <button type="button" onClick={() => window.location.reload()}>
          {t.reload}
        </button>
      </section>
    </main>
  );
}
