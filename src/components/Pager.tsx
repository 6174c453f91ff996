import { useRef } from 'react';
import { useFormat } from '../i18n/format';
import { defineMessages, useMessages } from '../i18n/messages';

const texts = defineMessages({
  en: {
    pages: 'Pages',
    previous: 'Previous',
    next: 'Next',
    showing: (from: string, to: string, total: string) => `Showing ${from}–${to} of ${total}`,
  },
  nb: {
    pages: 'Sider',
    previous: 'Forrige',
    next: 'Neste',
    showing: (from: string, to: string, total: string) => `Viser ${from}–${to} av ${total}`,
  },
});

/** "Showing 51–100 of 274" with Previous and Next, for the API's `skip`/`take` paging. */
export function Pager({ skip, take, total, shown, onPage }: { skip: number; take: number; total: number; shown: number; onPage: (skip: number) => void }) {
  const t = useMessages(texts);
  const format = useFormat();
  const previousButton = useRef<HTMLButtonElement>(null);
  const nextButton = useRef<HTMLButtonElement>(null);
  const hasPrevious = skip > 0;
  const hasNext = skip + take < total;

  // A button that becomes disabled drops the keyboard focus; hand it to the other one.
  const goPrevious = () => {
    const target = Math.max(0, skip - take);
    onPage(target);
    if (target === 0) nextButton.current?.focus();
  };
  const goNext = () => {
    const target = skip + take;
    onPage(target);
    if (target + take >= total) previousButton.current?.focus();
  };

  return (
    <nav className="pager" aria-label={t.pages}>
      <p role="status" className="pager-range">
        {shown > 0 ? t.showing(format.number(skip + 1), format.number(skip + shown), format.number(total)) : null}
      </p>
      <div className="pager-buttons">
        <button type="button" ref={previousButton} onClick={goPrevious} disabled={!hasPrevious}>
          {t.previous}
        </button>
        <button type="button" ref={nextButton} onClick={goNext} disabled={!hasNext}>
          {t.next}
        </button>
      </div>
    </nav>
  );
}
