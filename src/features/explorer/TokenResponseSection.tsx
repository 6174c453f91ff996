import type { User } from 'oidc-client-ts';
import type { ReactNode } from 'react';
import { useMessages } from '../../i18n/messages';
import { useNow } from '../../components/use-now';
import { explorerMessages } from './messages';
import { Secret } from './Secret';

/** The token response as Aritma documents it (access_token, expires_in, token_type, scope), plus id_token and refresh_token. */
export function TokenResponseSection({ user }: { user: User | null }) {
  const t = useMessages(explorerMessages);
  const now = useNow(1_000);
  const secondsLeft = user?.expires_at === undefined ? null : Math.max(0, user.expires_at - Math.floor(now.getTime() / 1000));
  const rows: { name: string; meaning: string; value: ReactNode }[] = user
    ? [
        { name: 'access_token', meaning: t.accessToken, value: <Secret value={user.access_token} /> },
        {
          name: 'expires_in',
          meaning: t.expiresIn,
          value:
            secondsLeft === null || user.expires_at === undefined ? (
              t.notGiven
            ) : (
              <span role="timer" aria-live="off">
                {secondsLeft === 0 ? t.expired : t.timeLeft(Math.floor(secondsLeft / 60), secondsLeft % 60)} ·{' '}
                {t.expiresAt(new Date(user.expires_at * 1000).toLocaleTimeString())}
              </span>
            ),
        },
        { name: 'token_type', meaning: user.token_type.toLowerCase() === 'dpop' ? t.tokenTypeDpop : t.tokenType, value: <code>{user.token_type}</code> },
        { name: 'scope', meaning: t.scopeMeaning, value: <code>{user.scope ?? t.notGiven}</code> },
        { name: 'id_token', meaning: t.idToken, value: user.id_token ? <Secret value={user.id_token} /> : t.notGiven },
        { name: 'refresh_token', meaning: t.refreshToken, value: user.refresh_token ? <Secret value={user.refresh_token} /> : t.notGiven },
      ]
    : [];
  return (
    <section className="card explorer-section" aria-labelledby="explorer-token-response">
      <h2 id="explorer-token-response">{t.tokenResponse}</h2>
      <p className="muted">{t.tokenIntro}</p>
      {user ? (
        <div className="table-scroll">
          <table className="params">
            <caption className="visually-hidden">{t.tokenResponse}</caption>
            <tbody>
              {rows.map((row) => (
                <tr key={row.name}>
                  <th scope="row">
                    <code>{row.name}</code>
                  </th>
                  <td>{row.value}</td>
                  <td className="muted">{row.meaning}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t.signedOut}</p>
      )}
    </section>
  );
}
