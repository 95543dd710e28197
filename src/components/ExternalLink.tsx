import type { ReactNode } from 'react';

/** A link that opens in a new tab, says so to screen readers, and leaks nothing to the page. */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      className="font-medium text-blue-800 underline"
    >
      {children}
      <span className="sr-only"> (opens in a new tab)</span> ↗
    </a>
  );
}
