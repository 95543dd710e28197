import { useI18n } from '../../i18n/useI18n';

const button =
  'whitespace-nowrap rounded-md border border-stone-400 bg-white px-2.5 py-1 text-sm font-medium text-stone-900 hover:bg-stone-100';

/** Presenter mode, one event a slide; and the share dialog, where there is one. */
export function PresentAndShare({
  onPresent,
  onShare,
}: {
  onPresent: () => void;
  onShare?: () => void;
}) {
  const { t } = useI18n();
  return (
    <div className="flex shrink-0 gap-1">
      <button type="button" className={button} onClick={onPresent}>
        <span aria-hidden="true">▶</span> {t.toolbar.present}
      </button>
      {onShare && (
        <button type="button" className={button} onClick={onShare} aria-haspopup="dialog">
          {t.toolbar.share}
        </button>
      )}
    </div>
  );
}
