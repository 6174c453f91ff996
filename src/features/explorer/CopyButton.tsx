import { useState } from 'react';
import { useMessages } from '../../i18n/messages';
import { explorerMessages } from './messages';

/** Copies `text`, and says so (or that it failed) to screen readers too. */
export function CopyButton({ text, label }: { text: string; label?: string }) {
  const t = useMessages(explorerMessages);
  const [outcome, setOutcome] = useState<{ text: string; ok: boolean } | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setOutcome({ text, ok: true });
    } catch {
      setOutcome({ text, ok: false });
    }
  };
  const shown = outcome?.text === text ? outcome : null;
  return (
    <span className="copy">
      <button type="button" onClick={() => void copy()}>
        {label ?? t.copy}
      </button>
      <span role="status" className="muted">
        {shown ? (shown.ok ? t.copied : t.copyFailed) : ''}
      </span>
    </span>
  );
}
