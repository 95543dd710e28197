import { useRegisterSW } from 'virtual:pwa-register/react';
import { useI18n } from '../i18n/useI18n';

/**
 * The service worker's news, in a polite status line: once the timeline is saved for offline
 * use, and when a new version is waiting ("Update available — Reload"), which never swaps in
 * by itself under a reader. Registration failing (no service workers, a blocked context) leaves
 * the page working online as before. In a frame or on a slide (`quiet`) the "saved" news would
 * cover what the audience looks at, so only a waiting update is announced there.
 */
export function UpdatePrompt({ quiet = false }: { quiet?: boolean }) {
  const { t } = useI18n();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({ onRegisterError: () => {} });
  const dismiss = () => {
    setNeedRefresh(false);
    setOfflineReady(false);
  };
  return (
    <div role="status" className="empty:hidden">
      {(needRefresh || (offlineReady && !quiet)) && (
        <div className="flex flex-wrap items-center gap-x-4 gap-y-1 bg-sky-100 px-4 py-2 text-sm text-sky-950">
          <p>{needRefresh ? t.app.updateAvailable : t.app.offlineReady}</p>
          {needRefresh && (
            <button
              type="button"
              onClick={() => void updateServiceWorker(true)}
              className="rounded-md bg-sky-900 px-3 py-1 font-medium text-white"
            >
              {t.app.reload}
            </button>
          )}
          <button type="button" onClick={dismiss} className="font-medium underline">
            {t.app.dismiss}
          </button>
        </div>
      )}
    </div>
  );
}
