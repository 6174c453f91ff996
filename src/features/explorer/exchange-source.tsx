import { createContext, useContext, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { subscribeWireLog, wireLog, type Exchange } from '../../auth/wire-log';

export interface ImportedLog {
  name: string;
  exchanges: Exchange[];
}

interface ExchangeSource {
  /** What the timeline, diagram and scorecard show: an imported file, else this tab's wire log. */
  exchanges: Exchange[];
  imported: ImportedLog | null;
  setImported: (log: ImportedLog | null) => void;
}

const SourceContext = createContext<ExchangeSource | null>(null);

/** Holds an imported HAR beside the live log, so viewing a file never touches this tab's session. */
export function ExchangeSourceProvider({ children }: { children: ReactNode }) {
  const live = useSyncExternalStore(subscribeWireLog, wireLog);
  const [imported, setImported] = useState<ImportedLog | null>(null);
  const value = useMemo(() => ({ exchanges: imported?.exchanges ?? live, imported, setImported }), [live, imported]);
  return <SourceContext value={value}>{children}</SourceContext>;
}

export function useExchangeSource(): ExchangeSource {
  const source = useContext(SourceContext);
  if (!source) throw new Error('useExchangeSource needs an ExchangeSourceProvider.');
  return source;
}
