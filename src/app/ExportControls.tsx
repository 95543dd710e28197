import type { RefObject } from 'react';
import type { Category, Dataset } from '../domain/dataset/schema';
import type { EventIndex } from '../domain/events/eventIndex';
import type { TimelineItem } from '../domain/events/items';
import { transformForWindow } from '../domain/stage/viewport';
import type { ViewState } from '../domain/url/viewState';
import type { PictureRequest } from '../features/export/composePicture';
import type { PictureFormat } from '../features/export/downloadPicture';
import type { ZoomController } from '../features/timeline/zoomController';
import { useI18n } from '../i18n/useI18n';
import { DownloadMenu, toolbarButton } from './DownloadMenu';
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

/** The plot width a picture gets when the timeline is not on screen (the list view prints). */
const OFF_SCREEN_WIDTH = 1072;

/** "Download" (SVG, PNG, slide PNG) and "Print": their code loads when first used. */
export function ExportControls(props: ExportControlsProps) {
  const { t, language } = useI18n();
  const words = t.exportPrint;
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
    const { downloadPicture } = await import('../features/export/downloadPicture');
    await downloadPicture(request(), format);
  };

  return (
    <div className="flex shrink-0 gap-1">
      {props.timeline && <DownloadMenu onDownload={download} />}
      <button type="button" className={toolbarButton} aria-label={words.printLabel} onClick={print}>
        {words.print}
      </button>
      {Handout && <Handout request={request()} />}
    </div>
  );
}
