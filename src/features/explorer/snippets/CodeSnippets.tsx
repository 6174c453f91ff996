import { useId, useState, type JSX } from 'react';
import { Alert } from '../../../components/Alert';
import { useMessages } from '../../../i18n/messages';
import '../explorer-parts.css';
import { ToggleButton } from '../jwt/ToggleButton';
import { dpopGrants, generateSnippet, snippetGrants, snippetLanguages, type SnippetContext, type SnippetGrant, type SnippetLanguage } from './generate';
import { snippetMessages } from './messages';
import { Tabs } from './Tabs';

export type { SnippetContext } from './generate';

const languageNames: Record<SnippetLanguage, string> = { curl: 'cURL', csharp: 'C#', java: 'Java', javascript: 'JavaScript', python: 'Python' };

type CopyResult = { snippet: string; copied: boolean };

/** Each grant (and the API call) in each language, with secrets hidden until asked for, and a Copy button. */
export function CodeSnippets({ context }: { context: SnippetContext }): JSX.Element {
  const t = useMessages(snippetMessages);
  const id = useId();
  const [grant, setGrant] = useState<SnippetGrant>('client_credentials');
  const [language, setLanguage] = useState<SnippetLanguage>('curl');
  const [revealSecrets, setRevealSecrets] = useState(false);
  const [dpop, setDpop] = useState(false);
  const [copy, setCopy] = useState<CopyResult | null>(null);
  const hasDpopVariant = dpopGrants.includes(grant);
  const snippet = generateSnippet(grant, language, context, { revealSecrets, dpop });
  const copyResult = copy?.snippet === snippet ? copy : null;

  const copySnippet = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopy({ snippet, copied: true });
    } catch {
      setCopy({ snippet, copied: false });
    }
  };

  return (
    <section className="card explorer-part code-snippets" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} lang="en">
        {t.title}
      </h2>
      <p>{t.intro}</p>
      <div className="snippet-controls">
        <fieldset className="choice-group">
          <legend>{t.grant}</legend>
          {snippetGrants.map((value) => (
            <label key={value} className="choice">
              <input type="radio" name={`${id}-grant`} value={value} checked={grant === value} onChange={() => setGrant(value)} />
              <span className={value === 'api' ? undefined : 'mono'}>{t.grantNames[value]}</span>
            </label>
          ))}
        </fieldset>
        <ToggleButton pressed={revealSecrets} onToggle={setRevealSecrets}>
          {t.showSecrets}
        </ToggleButton>
        {hasDpopVariant ? (
          <ToggleButton pressed={dpop} onToggle={setDpop}>
            {t.dpopVariant}
          </ToggleButton>
        ) : null}
      </div>
      <p className="muted">{t.grantNotes[grant]}</p>
      {hasDpopVariant && dpop ? <p className="muted">{t.dpopNote}</p> : null}
      {revealSecrets ? <p className="secrets-warning">{t.secretsWarning}</p> : null}
      <Tabs label={t.programmingLanguage} items={snippetLanguages} names={languageNames} selected={language} onSelect={setLanguage}>
        <div className="snippet-bar">
          <button type="button" onClick={() => void copySnippet()}>
            {t.copy}
          </button>
          <span role="status" className="copy-status">
            {copyResult?.copied ? t.copied : ''}
          </span>
        </div>
        {copyResult && !copyResult.copied ? <Alert>{t.copyFailed}</Alert> : null}
        {/* Focusable, so keyboard users can scroll long lines. */}
        <pre className="snippet" tabIndex={0}>
          <code>{snippet}</code>
        </pre>
      </Tabs>
    </section>
  );
}
