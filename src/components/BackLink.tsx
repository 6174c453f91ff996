import type { ReactNode } from 'react';
import { Link } from 'wouter';

/** "← Back to …" above a page's heading; the arrow is decoration, the words are the link's name. */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p>
      <Link href={href} className="back-link">
        <span aria-hidden="true">← </span>
        {children}
      </Link>
    </p>
  );
}
