import type { UrlNotice } from '../domain/url/notices';
import { useI18n } from '../i18n/useI18n';
import { describeNotice } from './describeNotice';

/** Problems with the URL, shown once and never blocking the page. */
export function Notices({ notices, onDismiss }: { notices: UrlNotice[]; onDismiss: () => void }) {
  const { t } = useI18n();
  if (notices.length === 0) return null;
  return (
    <section
      aria-label={t.app.noticesLabel}
      className="flex items-start justify-between gap-4 bg-amber-100 px-4 py-2 text-amber-950"
    >
      <ul role="status" className="min-w-0 space-y-0.5 text-sm break-words">
        {notices.map((notice) => {
          const text = describeNotice(notice, t.notices);
          return <li key={text}>{text}</li>;
        })}
      </ul>
      <button
        type="button"
        onClick={onDismiss}
        className="shrink-0 rounded px-2 py-0.5 text-sm font-medium underline"
      >
        {t.app.dismiss}
      </button>
    </section>
  );
}
