import type { ReactNode } from 'react';

/** Progress that is announced politely: redirects, loading, background work. */
export function Status({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="status">
      <span className="spinner" aria-hidden="true" />
      {children}
    </p>
  );
}
