import { useId } from 'react';
import { useEnvironment } from '../../config/environment-context';
import { environmentIds, environmentLabels, type EnvironmentId } from '../../config/environments';

/** The header's environment choice. `beforeChange` lets the caller sign out of the old environment first. */
export function EnvironmentSelect({ beforeChange }: { beforeChange?: () => Promise<void> }) {
  const { selectedId, select } = useEnvironment();
  const id = useId();
  const onChange = async (next: EnvironmentId) => {
    await beforeChange?.();
    select(next);
  };
  return (
    <div className="environment-select">
      <label htmlFor={id}>Environment</label>
      <select id={id} value={selectedId} onChange={(event) => void onChange(event.target.value as EnvironmentId)}>
        {environmentIds.map((environmentId) => (
          <option key={environmentId} value={environmentId}>
            {environmentLabels[environmentId]}
          </option>
        ))}
      </select>
    </div>
  );
}
