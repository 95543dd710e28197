import type { ReactNode } from 'react';
import { useI18n } from '../i18n/useI18n';

/** A link that opens in a new tab, says so to screen readers, and leaks nothing to the page. */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      className="font-medium text-blue-800 underline"
    >
      {children}
      <span className="sr-only"> {t.common.opensInNewTab}</span> ↗
    </a>
  );
}
