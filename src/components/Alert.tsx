import type { ReactNode } from 'react';

/** A failure the user should notice at once; screen readers announce it. */
export function Alert({ title, children, action }: { title?: string; children: ReactNode; action?: ReactNode }) {
  return (
    <div role="alert" className="alert">
      {title ? <strong className="alert-title">{title} </strong> : null}
      <span>{children}</span>
      {action ? <div className="alert-action">{action}</div> : null}
    </div>
  );
}
