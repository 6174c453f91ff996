import { Link } from 'wouter';
import { useMessages } from '../i18n/messages';
import { appMessages } from './messages';

export function NotFoundPage() {
  const t = useMessages(appMessages);
  return (
    <section className="card">
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFound}</p>
      <Link href="/">{t.backToAccounts}</Link>
    </section>
  );
}
