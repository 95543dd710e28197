import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { EventIndex } from '../../domain/events/eventIndex';
import type { TimelineItem } from '../../domain/events/items';
import { stepIndex, type Step } from '../../domain/events/order';
import { useI18n } from '../../i18n/useI18n';
import { toggleFullScreen, useIsFullScreen } from './fullScreen';
import type { PresenterCommand } from './presenterKeys';
import { Slide } from './Slide';
import { useAutoplay } from './useAutoplay';
import { usePresenterKeys } from './usePresenterKeys';
import { useSwipe } from './useSwipe';
import './present.css';

export interface PresenterViewProps {
  index: EventIndex;
  datasetTitle: string;
  /** The events to step through, in order, and where the talk is among them. */
  slides: readonly TimelineItem[];
  position: number;
  /** Seconds a slide for autoplay (`play=`), if any. */
  playSeconds?: number;
  /** The overview strip with the current event marked, drawn by the timeline. */
  overview: ReactNode;
  onShow: (eventId: string) => void;
  onLeave: () => void;
}

const control =
  'inline-flex items-center gap-1.5 whitespace-nowrap rounded-md border border-stone-400 bg-white px-2.5 py-1 font-medium text-stone-900 hover:bg-stone-100 aria-disabled:opacity-40';
const stepControl = `${control} present-step px-4 py-2 text-lg`;

/**
 * Presenter mode (`present=1`): one event a slide over the whole page, stepped through with a
 * clicker's keys wherever focus is, the buttons, or a swipe; a black screen, full screen and
 * autoplay. The overview strip keeps the audience's place in time.
 */
export function PresenterView({
  index,
  datasetTitle,
  slides,
  position,
  playSeconds,
  overview,
  onShow,
  onLeave,
}: PresenterViewProps) {
  const { t } = useI18n();
  const regionRef = useRef<HTMLElement>(null);
  const [black, setBlack] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const fullScreen = useIsFullScreen();
  const count = slides.length;
  const current = slides[position];
  const isFirst = position <= 0;
  const isLast = position >= count - 1;

  const go = (step: Step) => {
    setMessage(null);
    const next = slides[stepIndex(count, position, step)];
    if (next && next.id !== current?.id) onShow(next.id);
  };
  const { playing, autoplay } = useAutoplay(playSeconds, position, count, () => go('next'));
  const togglePlay = () => {
    if (!autoplay) return;
    if (playing) return autoplay.pause();
    // Play on the last slide plays the talk again from the start.
    if (isLast) go('first');
    autoplay.play();
  };
  const toggleFull = async () =>
    setMessage((await toggleFullScreen()) === 'refused' ? t.present.fullScreenRefused : null);

  usePresenterKeys((command: PresenterCommand) => {
    // On a black screen every key but F only brings the slide back.
    if (command === 'black' || (black && command !== 'fullScreen')) return setBlack(!black);
    if (command === 'fullScreen') return void toggleFull();
    if (command === 'escape') {
      if (document.fullscreenElement) void document.exitFullscreen();
      else onLeave();
      return;
    }
    go(command);
  });
  const swipe = useSwipe(go);

  // Focus starts on the presenter, whose keys then work at once (the page under it is inert).
  useEffect(() => regionRef.current?.focus(), []);
  // A swipe turns a slide, never goes Back; leaving presenter mode leaves its full screen.
  useEffect(() => {
    const root = document.documentElement;
    root.style.overscrollBehaviorX = 'none';
    return () => {
      root.style.overscrollBehaviorX = '';
      if (document.fullscreenElement) void document.exitFullscreen();
    };
  }, []);

  const event = current ? index.events.get(current.id) : undefined;
  const passage = event?.evidence[0];
  const positionLabel = t.present.positionLabel(position + 1, count);

  return (
    <section
      ref={regionRef}
      tabIndex={-1}
      aria-label={t.present.region}
      className="absolute inset-0 z-40 flex flex-col bg-stone-50 text-stone-950 outline-none"
    >
      <header className="present-bar flex items-center gap-2 border-b border-stone-300 bg-white px-3 py-1.5 text-sm sm:text-base">
        <p className="min-w-0 flex-1 truncate font-semibold text-stone-700">{datasetTitle}</p>
        <p className="hidden text-sm text-stone-600 xl:block">{t.present.keys}</p>
        {autoplay && (
          <button
            type="button"
            data-autoplay-control
            className={control}
            onClick={togglePlay}
            aria-disabled={count < 2}
            aria-label={`${playing ? t.present.pause : t.present.play}, ${t.present.autoplayEvery(playSeconds ?? 0)}`}
          >
            <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
            <span>{playing ? t.present.pause : t.present.play}</span>
            <span className="hidden text-stone-600 sm:inline">
              {t.present.autoplayEvery(playSeconds ?? 0)}
            </span>
          </button>
        )}
        <button
          type="button"
          className={control}
          onClick={() => void toggleFull()}
          aria-keyshortcuts="F"
          aria-label={fullScreen ? t.present.exitFullScreen : t.present.fullScreen}
        >
          <FullScreenIcon />
          <span className="hidden sm:inline">
            {fullScreen ? t.present.exitFullScreen : t.present.fullScreen}
          </span>
        </button>
        <button
          type="button"
          className={control}
          onClick={() => setBlack(true)}
          aria-keyshortcuts="B"
          aria-label={t.present.blackScreen}
        >
          <span aria-hidden="true">■</span>
          <span className="hidden sm:inline">{t.present.blackScreen}</span>
        </button>
        <button
          type="button"
          className={control}
          onClick={onLeave}
          aria-keyshortcuts="Escape"
          aria-label={t.present.leaveLabel}
        >
          <span aria-hidden="true">✕</span>
          <span className="hidden sm:inline">{t.present.leave}</span>
        </button>
      </header>
      <p role="status" className="empty:hidden bg-amber-100 px-3 py-1 text-amber-950">
        {message}
      </p>

      <div className="flex min-h-0 flex-1 flex-col" {...swipe}>
        {event ? (
          <Slide
            event={event}
            category={index.categories.get(event.category)}
            datasetLanguage={index.language}
            source={passage && index.sources.get(passage.source)}
          />
        ) : (
          <p className="m-auto max-w-xl p-6 text-center text-xl">{t.present.noSlides}</p>
        )}
      </div>

      <div className="present-bar present-steps flex flex-wrap items-center gap-x-3 gap-y-1 border-t border-stone-300 bg-white px-3 py-2">
        <button
          type="button"
          className={stepControl}
          onClick={() => go('previous')}
          aria-disabled={isFirst}
          aria-keyshortcuts="PageUp ArrowLeft"
        >
          <span aria-hidden="true">←</span> {t.present.previous}
        </button>
        <div className="present-strip order-last w-full min-w-0 sm:order-none sm:w-auto sm:flex-1">
          {overview}
        </div>
        {count > 0 && (
          <p className="present-position ml-auto text-xl font-semibold text-stone-800 tabular-nums sm:ml-0">
            <span aria-hidden="true">{t.present.position(position + 1, count)}</span>
            <span className="sr-only">{positionLabel}</span>
          </p>
        )}
        <button
          type="button"
          className={stepControl}
          onClick={() => go('next')}
          aria-disabled={isLast}
          aria-keyshortcuts="PageDown ArrowRight Space"
        >
          {t.present.next} <span aria-hidden="true">→</span>
        </button>
      </div>

      <p role="status" className="sr-only">
        {event && t.present.announce(position + 1, count, event.title, event.date.label)}
      </p>
      {black && (
        <button
          type="button"
          className="fixed inset-0 z-50 cursor-default bg-black"
          aria-label={t.present.blackScreenBack}
          onClick={() => setBlack(false)}
        />
      )}
    </section>
  );
}

/** Four corners: the usual sign for full screen (no font has one everywhere). */
function FullScreenIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 16 16"
      className="size-4"
      fill="none"
      stroke="currentColor"
    >
      <path strokeWidth="2" d="M1 5V1h4M11 1h4v4M15 11v4h-4M5 15H1v-4" />
    </svg>
  );
}
