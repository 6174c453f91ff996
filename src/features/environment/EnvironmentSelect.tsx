import { useId } from 'react';
import { useEnvironment } from '../../config/environment-context';
import type { EnvironmentId } from '../../config/environments';
import { useMessages } from '../../i18n/messages';
import { environmentMessages } from './messages';

/** The header's environment choice. `beforeChange` lets the caller sign out of the old environment first. */
export function EnvironmentSelect({ beforeChange }: { beforeChange?: () => Promise<void> }) {
  const { offered, selectedId, select } = useEnvironment();
  const t = useMessages(environmentMessages);
  const id = useId();
  const onChange = async (next: EnvironmentId) => {
    await beforeChange?.();
    select(next);
  };
  return (
    <div className="labelled-select">
      <label htmlFor={id}>{t.environment}</label>
      <select id={id} value={selectedId} onChange={(event) => void onChange(event.target.value as EnvironmentId)}>
        {offered.map((environmentId) => (
          <option key={environmentId} value={environmentId}>
            {t.names[environmentId]}
          </option>
        ))}
      </select>
    </div>
  );
}
