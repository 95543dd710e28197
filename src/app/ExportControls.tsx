import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import type { Category, Dataset } from '../domain/dataset/schema';
import type { EventIndex } from '../domain/events/eventIndex';
import type { TimelineItem } from '../domain/events/items';
import { transformForWindow } from '../domain/stage/viewport';
import type { ViewState } from '../domain/url/viewState';
import type { PictureRequest } from '../features/export/composePicture';
import type { PictureFormat } from '../features/export/downloadPicture';
import type { ZoomController } from '../features/timeline/zoomController';
import { useI18n } from '../i18n/useI18n';
import { requestedWindow } from './useDatasetView';
import { usePrintHandout } from './usePrintHandout';

interface ExportControlsProps {
  dataset: Dataset;
  index: EventIndex;
  view: {
    lanes: readonly Category[];
    items: readonly TimelineItem[];
    matches: ReadonlySet<string> | null;
    selectedId: string | null;
  };
  state: ViewState;
  controller: ZoomController;
  /** The screen's label size in px, as the timeline last measured it. */
  labelSize: RefObject<number>;
  /** Whether the timeline is the view shown (a picture is offered of the timeline only). */
  timeline: boolean;
}

const button =
  'whitespace-nowrap rounded-md border border-stone-400 bg-white px-2.5 py-1 text-sm font-medium text-stone-900 hover:bg-stone-100';
const FORMATS: PictureFormat[] = ['svg', 'png', 'slide'];
/** The plot width a picture gets when the timeline is not on screen (the list view prints). */
const OFF_SCREEN_WIDTH = 1072;

/** "Download" (SVG, PNG, slide PNG) and "Print": their code loads when first used. */
export function ExportControls(props: ExportControlsProps) {
  const { t, language } = useI18n();
  const words = t.exportPrint;
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<{ working: true } | { error: string } | null>(null);
  const menuId = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const { print, Handout } = usePrintHandout();

  // The screen's view as it is now: the zoom's viewport and transform, else the URL's window.
  const request = (): PictureRequest => {
    const { dataset, index, view, state, controller } = props;
    const extent = index.model.extent;
    const attached = controller.viewport();
    const viewport = attached ?? { extent, width: OFF_SCREEN_WIDTH };
    const window = requestedWindow(state, extent);
    const transform = attached
      ? controller.store.get()
      : window
        ? transformForWindow(viewport, window[0], window[1])
        : { k: 1, x: 0 };
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    return {
      ...view,
      dataset,
      index,
      state,
      viewport,
      transform,
      language,
      t,
      pageUrl: location.href,
      labelSize: props.labelSize.current,
      rem,
    };
  };

  const download = async (format: PictureFormat) => {
    setOpen(false);
    toggleRef.current?.focus();
    setStatus({ working: true });
    try {
      const { downloadPicture } = await import('../features/export/downloadPicture');
      await downloadPicture(request(), format);
      setStatus(null);
    } catch (error) {
      setStatus({ error: words.failed(error instanceof Error ? error.message : String(error)) });
    }
  };

  useEffect(() => {
    if (!open) return;
    const close = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !toggleRef.current?.contains(target))
        setOpen(false);
    };
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, [open]);

  return (
    <div className="relative flex shrink-0 gap-1">
      {props.timeline && (
        <button
          ref={toggleRef}
          type="button"
          className={button}
          aria-expanded={open}
          aria-controls={menuId}
          aria-label={words.downloadLabel}
          onClick={() => {
            setOpen(!open);
            setStatus(null);
          }}
        >
          {words.download} <span aria-hidden="true">▾</span>
        </button>
      )}
      <button type="button" className={button} aria-label={words.printLabel} onClick={print}>
        {words.print}
      </button>
      {open && props.timeline && (
        <div
          ref={menuRef}
          id={menuId}
          role="group"
          aria-label={words.downloadLabel}
          className="absolute top-full right-0 z-30 mt-1 flex w-max flex-col gap-1 rounded-md border border-stone-300 bg-white p-2 shadow-lg"
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            event.stopPropagation();
            setOpen(false);
            toggleRef.current?.focus();
          }}
        >
          {FORMATS.map((format) => (
            <button
              key={format}
              type="button"
              className={`${button} text-left`}
              onClick={() => void download(format)}
            >
              {words[format]}
            </button>
          ))}
        </div>
      )}
      <p role="status" className="sr-only">
        {status && 'working' in status ? words.working : ''}
      </p>
      {status && 'error' in status && (
        <p
          role="alert"
          className="absolute top-full right-0 z-30 mt-1 w-64 rounded-md border border-red-300 bg-red-50 p-2 text-sm text-red-900"
        >
          {status.error}
        </p>
      )}
      {Handout && <Handout request={request()} />}
    </div>
  );
}
