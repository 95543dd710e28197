import { useI18n } from '../../i18n/useI18n';

const button =
  'whitespace-nowrap rounded-md border border-stone-400 bg-white px-2.5 py-1 text-sm font-medium text-stone-900 hover:bg-stone-100';

interface ZoomControlsProps {
  onZoomIn: () => void;
  onZoomOut: () => void;
  onShowAll: () => void;
  /**
   * For a small embed: + and − as symbols (named for screen readers); Show all only where the
   * nearest `@container` is wide enough (the 0 key shows everything anyway).
   */
  compact?: boolean;
}

/** For people without a wheel or a pinch: the same zoom the keys + - 0 give. */
export function ZoomControls({ onZoomIn, onZoomOut, onShowAll, compact }: ZoomControlsProps) {
  const label = compact ? 'hidden' : 'hidden sm:inline';
  const { t } = useI18n();
  return (
    <div role="group" aria-label={t.toolbar.zoom} className="flex shrink-0 gap-1">
      <button
        type="button"
        className={button}
        onClick={onZoomIn}
        aria-keyshortcuts="+"
        aria-label={t.toolbar.zoomIn}
      >
        <span aria-hidden="true">+</span> <span className={label}>{t.toolbar.zoomIn}</span>
      </button>
      <button
        type="button"
        className={button}
        onClick={onZoomOut}
        aria-keyshortcuts="-"
        aria-label={t.toolbar.zoomOut}
      >
        <span aria-hidden="true">−</span> <span className={label}>{t.toolbar.zoomOut}</span>
      </button>
      <button
        type="button"
        className={`${button} ${compact ? 'hidden @xl:block' : ''}`}
        onClick={onShowAll}
        aria-keyshortcuts="0"
      >
        {t.toolbar.showAll}
      </button>
    </div>
  );
}
