import { useSessionState } from '../../auth';
import { useDocumentTitle } from '../../components/use-document-title';
import { useFormat } from '../../i18n/format';
import { useMessages } from '../../i18n/messages';
import { profileMessages } from './messages';
import '../banking/banking.css';

type ClaimName = keyof (typeof profileMessages)['en']['claims'];

// Known claims first, in an order a person reads them; timestamps are seconds since 1970.
const claimOrder: ClaimName[] = ['name', 'given_name', 'family_name', 'preferred_username', 'email', 'email_verified', 'locale', 'sub', 'iss', 'aud', 'sid', 'auth_time', 'iat', 'exp'];
const timeClaims = new Set(['auth_time', 'iat', 'exp', 'updated_at']);

function isClaimName(name: string): name is ClaimName {
  return (claimOrder as string[]).includes(name);
}

/**
 * The signed-in user as the identity server describes them (ID token and userinfo). The Open Banking
 * API documents no operation that describes the caller, so nothing is asked of it here.
 */
export function ProfilePage() {
  const t = useMessages(profileMessages);
  useDocumentTitle(t.title);
  const { user } = useSessionState();
  const format = useFormat();
  const profile: Record<string, unknown> = user?.profile ?? {};

  const names = Object.keys(profile).sort((a, b) => {
    const rank = (name: string) => (isClaimName(name) ? claimOrder.indexOf(name) : claimOrder.length);
    return rank(a) - rank(b) || a.localeCompare(b);
  });

  const show = (name: string, value: unknown): string => {
    if (typeof value === 'boolean') return value ? t.yes : t.no;
    if (typeof value === 'number' && timeClaims.has(name)) return format.dateTime(new Date(value * 1000));
    if (typeof value === 'string' || typeof value === 'number') return String(value);
    if (Array.isArray(value)) return value.map((item) => show(name, item)).join(', ');
    return JSON.stringify(value);
  };

  return (
    <section aria-labelledby="profile-title" className="banking-page">
      <h1 id="profile-title">{t.title}</h1>
      <section className="card" aria-labelledby="profile-claims-title">
        <h2 id="profile-claims-title">{t.signInTitle}</h2>
        <p className="muted">{t.signInIntro}</p>
        <dl className="details">
          {names.map((name) => (
            <div key={name}>
              <dt>
                {isClaimName(name) ? `${t.claims[name]} ` : null}
                <code>{name}</code>
              </dt>
              <dd>{show(name, profile[name])}</dd>
            </div>
          ))}
        </dl>
      </section>
    </section>
  );
}
