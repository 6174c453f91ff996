import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { buildSettings, withSandbox } from './build-settings';
import { initialEnvironment, offeredEnvironments } from './environment-choice';
import { builtInEnvironments, customEnvironment, type CustomEnvironment, type Environment, type EnvironmentId } from './environments';
import { loadCustomEnvironment, loadSelectedEnvironment, saveCustomEnvironment, saveSelectedEnvironment } from './saved-environment';

interface EnvironmentContextValue {
  /** The environments this build offers, in menu order. */
  offered: EnvironmentId[];
  selectedId: EnvironmentId;
  /** Null only when "Custom" is chosen and not yet saved. */
  environment: Environment | null;
  custom: CustomEnvironment | null;
  select(id: EnvironmentId): void;
  saveCustom(values: CustomEnvironment): void;
}

const EnvironmentContext = createContext<EnvironmentContextValue | null>(null);
const builtIn = builtInEnvironments(buildSettings);
const offered = offeredEnvironments(withSandbox);

/** The environment a page opens with: the saved choice while this build offers it, else the build's default. */
export const openingId = (): EnvironmentId => initialEnvironment(loadSelectedEnvironment(), buildSettings, withSandbox);
const chosen = (selectedId: EnvironmentId, custom: CustomEnvironment | null): Environment | null =>
  selectedId === 'custom' ? (custom ? customEnvironment(custom) : null) : builtIn[selectedId];

/** The environment a page opens with (the provider's first value), for what starts before React does. */
export const openingEnvironment = (): Environment | null => chosen(openingId(), loadCustomEnvironment());

export function EnvironmentProvider({ children }: { children: ReactNode }) {
  const [selectedId, setSelectedId] = useState<EnvironmentId>(openingId);
  const [custom, setCustom] = useState<CustomEnvironment | null>(loadCustomEnvironment);

  const select = useCallback((id: EnvironmentId) => {
    saveSelectedEnvironment(id);
    setSelectedId(id);
  }, []);

  const saveCustom = useCallback((values: CustomEnvironment) => {
    saveCustomEnvironment(values);
    saveSelectedEnvironment('custom');
    setCustom(values);
    setSelectedId('custom');
  }, []);

  const value = useMemo<EnvironmentContextValue>(() => {
    return { offered, selectedId, environment: chosen(selectedId, custom), custom, select, saveCustom };
  }, [selectedId, custom, select, saveCustom]);

  return <EnvironmentContext.Provider value={value}>{children}</EnvironmentContext.Provider>;
}

export function useEnvironment(): EnvironmentContextValue {
  const value = useContext(EnvironmentContext);
  if (!value) throw new Error('useEnvironment must be used inside <EnvironmentProvider>.');
  return value;
}
