import { useMemo } from 'react';
import { useLanguage } from '../../../i18n/language';
import { useMessages } from '../../../i18n/messages';
import type { ExplainedClaim, ExplainedEntry, ExplainedHeaderParameter } from './inspect';
import { jwtMessages } from './messages';
import { relativeTime } from './relative-time';

function display(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number')) return value.join(', ');
  return JSON.stringify(value);
}

function TimeValue({ entry }: { entry: ExplainedEntry }) {
  const t = useMessages(jwtMessages);
  const { locale } = useLanguage();
  // The user's own time zone, named, so "14:32" is never mistaken for UTC.
  const format = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'long' }), [locale]);
  const time = entry.time;
  if (!time) return null;
  if (!time.valid) return <span className="claim-warning">{t.notNumericDate}</span>;
  const expired = entry.name === 'exp' && time.secondsFromNow <= 0;
  return (
    <span className="claim-time">
      <time dateTime={time.date.toISOString()}>{format.format(time.date)}</time> ({relativeTime(time.secondsFromNow, locale)})
      {expired ? <strong className="tag tag-danger">{t.expiredTag}</strong> : null}
    </span>
  );
}

/** Each header parameter or claim: its name, its value (times in the user's zone and relative), and what it means. */
export function ClaimList({ entries, meanings }: { entries: ExplainedEntry[]; meanings: Record<ExplainedClaim | ExplainedHeaderParameter, string> }) {
  const t = useMessages(jwtMessages);
  return (
    <dl className="claims">
      {entries.map((entry) => (
        <div className="claim" key={entry.name}>
          <dt>
            <code>{entry.name}</code>
          </dt>
          <dd className="claim-value">
            <code>{display(entry.value)}</code>
            {entry.time ? <TimeValue entry={entry} /> : null}
          </dd>
          <dd className="claim-meaning">{entry.explained ? meanings[entry.explained] : t.privateClaim}</dd>
        </div>
      ))}
    </dl>
  );
}
