import { useI18n } from '../i18n/useI18n';
import { PresentAndShare } from './toolbar/PresentAndShare';
import { ZoomControls } from './toolbar/ZoomControls';

interface EmbedHeaderProps {
  title: string;
  /** This view in the full app: same dataset and view, without `embed`. */
  fullViewUrl: string;
  /** The zoom buttons, where the timeline is shown. */
  zoom: { onZoomIn: () => void; onZoomOut: () => void; onShowAll: () => void } | null;
  onPresent: () => void;
  /** An overlay lies over the header: its controls are inert, its heading stays. */
  covered?: boolean;
}

/**
 * The only chrome of an embedded timeline (`embed=1`): the dataset's title, zoom, presenter
 * mode, and the way out to the full timeline, in a new tab since the frame is someone else's page.
 */
export function EmbedHeader({ title, fullViewUrl, zoom, onPresent, covered }: EmbedHeaderProps) {
  const { t } = useI18n();
  return (
    <header className="@container flex flex-wrap items-center gap-x-1.5 gap-y-1 px-2 py-1.5 @lg:gap-x-2 @lg:px-3">
      <h1 title={title} tabIndex={-1} className="min-w-32 flex-1 truncate font-bold @lg:text-lg">
        {title}
      </h1>
      <div inert={covered} className="contents">
        {zoom && <ZoomControls {...zoom} compact />}
        <PresentAndShare onPresent={onPresent} />
        <a
          href={fullViewUrl}
          target="_blank"
          rel="noopener noreferrer"
          className="text-sm font-medium whitespace-nowrap text-blue-800 underline"
        >
          {t.toolbar.openFullTimeline}
          <span className="sr-only"> {t.toolbar.opensInNewTab}</span> ↗
        </a>
      </div>
    </header>
  );
}
