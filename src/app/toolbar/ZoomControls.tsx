const button =
  'whitespace-nowrap rounded-md border border-stone-400 bg-white px-2.5 py-1 text-sm font-medium text-stone-900 hover:bg-stone-100';

interface ZoomControlsProps {
  onZoomIn: () => void;
  onZoomOut: () => void;
  onShowAll: () => void;
}

/** For people without a wheel or a pinch: the same zoom the keys + - 0 give. */
export function ZoomControls({ onZoomIn, onZoomOut, onShowAll }: ZoomControlsProps) {
  return (
    <div role="group" aria-label="Zoom" className="flex shrink-0 gap-1">
      <button
        type="button"
        className={button}
        onClick={onZoomIn}
        aria-keyshortcuts="+"
        aria-label="Zoom in"
      >
        <span aria-hidden="true">+</span> <span className="hidden sm:inline">Zoom in</span>
      </button>
      <button
        type="button"
        className={button}
        onClick={onZoomOut}
        aria-keyshortcuts="-"
        aria-label="Zoom out"
      >
        <span aria-hidden="true">−</span> <span className="hidden sm:inline">Zoom out</span>
      </button>
      <button type="button" className={button} onClick={onShowAll} aria-keyshortcuts="0">
        Show all
      </button>
    </div>
  );
}
