import { useId, useState } from 'react';
import { wireLogWithSecrets } from '../../../auth/wire-log';
import { Alert } from '../../../components/Alert';
import { useMessages } from '../../../i18n/messages';
import { useExchangeSource } from '../exchange-source';
import { explorerMessages } from '../messages';
import { toHar } from './har-export';
import { exchangesFromHar, HarImportError, parseHar } from './har-import';

const maxFileBytes = 50 * 1024 * 1024;


function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

/** Export HAR (secrets masked unless the user separately chooses otherwise) and import a HAR to view read-only. */
export function HarControls() {
  const t = useMessages(explorerMessages);
  const id = useId();
  const { exchanges, imported, setImported } = useExchangeSource();
  const [includeSecrets, setIncludeSecrets] = useState(false);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // Raw values exist only in this tab's own log (in memory); an imported file is exported as it came.
  const stillMasked = includeSecrets && !imported ? wireLogWithSecrets().stillMasked : 0;

  const exportHar = () => {
    // Masking happens in toHar unless secrets were chosen, so a masked value keeps its true length.
    const source = imported ? exchanges : wireLogWithSecrets().exchanges;
    const har = toHar(source, { includeSecrets: includeSecrets && !imported });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    download(`open-banking-explorer-${stamp}.har`, JSON.stringify(har, null, 2));
    setOutcome(t.exported(source.length, !(includeSecrets && !imported)));
    setIncludeSecrets(false);
  };

  const importHar = async (file: File | undefined) => {
    setProblem(null);
    setOutcome(null);
    if (!file) return;
    try {
      if (file.size > maxFileBytes) throw new HarImportError('not_har', `${Math.round(file.size / 1024 / 1024)} MB`);
      const steps = exchangesFromHar(parseHar(await file.text()));
      if (steps.length === 0) setProblem(t.importedNothing);
      else setImported({ name: file.name, exchanges: steps });
    } catch (error) {
      if (!(error instanceof HarImportError)) throw error;
      setProblem(error.code === 'not_json' ? t.notJson : t.notHar(error.where ?? ''));
    }
  };

  return (
    <div className="har-controls">
      <div className="actions">
        <button type="button" onClick={exportHar} disabled={exchanges.length === 0}>
          {t.exportHar}
        </button>
        {imported ? null : (
          <label className="choice">
            <input type="checkbox" checked={includeSecrets} onChange={(event) => setIncludeSecrets(event.target.checked)} aria-describedby={includeSecrets ? `${id}-warning` : undefined} />
            {t.includeSecrets}
          </label>
        )}
      </div>
      {includeSecrets ? (
        <p id={`${id}-warning`} className="warning-text">
          {t.secretsWarning} {stillMasked > 0 ? t.stillMasked(stillMasked) : null}
        </p>
      ) : null}
      <p role="status" className="muted">
        {outcome ?? ''}
      </p>
      <div className="field">
        <label htmlFor={`${id}-import`}>{t.importHar}</label>
        <input id={`${id}-import`} type="file" accept=".har,application/json" aria-describedby={`${id}-import-hint`} onChange={(event) => void importHar(event.target.files?.[0])} />
        <small id={`${id}-import-hint`} className="muted">
          {t.importHint}
        </small>
      </div>
      {problem ? <Alert>{problem}</Alert> : null}
    </div>
  );
}

/** Says that what is shown came from a file, with the way back to this tab's own exchanges. */
export function ImportedBanner() {
  const t = useMessages(explorerMessages);
  const { imported, setImported } = useExchangeSource();
  if (!imported) return null;
  return (
    <div className="source-banner">
      <span>{t.imported(imported.name, imported.exchanges.length)}</span>
      <button type="button" onClick={() => setImported(null)}>
        {t.backToLive}
      </button>
    </div>
  );
}
