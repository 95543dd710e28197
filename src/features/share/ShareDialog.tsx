import { useEffect, useId, useRef, useState } from 'react';
import { absoluteViewUrl } from '../../domain/url/links';
import { PLAY_SECONDS, type ViewState } from '../../domain/url/viewState';
import { useI18n } from '../../i18n/useI18n';
import { CopyField } from './CopyField';
import {
  clampPlaySeconds,
  embedUrl,
  iframeCode,
  SIZE_PRESETS,
  type SizePreset,
} from './iframeCode';

interface ShareDialogProps {
  state: ViewState;
  datasetTitle: string;
  onClose: () => void;
}

const DEFAULT_PLAY_SECONDS = 10;

/**
 * Share this view: its link, and the `<iframe>` code that embeds it in a page (size, presenter
 * mode, autoplay), with a word for slide tools that take no iframes. A modal dialog: Escape and
 * Close close it, and focus returns to the button that opened it.
 */
export function ShareDialog({ state, datasetTitle, onClose }: ShareDialogProps) {
  const { t } = useI18n();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const [size, setSize] = useState<SizePreset>('slide');
  const [present, setPresent] = useState(!!state.present);
  const [autoplay, setAutoplay] = useState(state.play !== undefined);
  const [seconds, setSeconds] = useState(String(state.play ?? DEFAULT_PLAY_SECONDS));
  const [status, setStatus] = useState('');

  useEffect(() => {
    const dialog = dialogRef.current;
    dialog?.showModal();
    return () => dialog?.close();
  }, []);

  const pageUrl = window.location.href;
  const link = absoluteViewUrl(pageUrl, state, { embed: undefined });
  const src = embedUrl(pageUrl, state, {
    size,
    present,
    play: autoplay ? clampPlaySeconds(Number(seconds)) : null,
  });
  const code = iframeCode({ src, title: t.share.frameTitle(datasetTitle), size });
  const onCopy = (outcome: 'copied' | 'refused') =>
    setStatus(outcome === 'copied' ? t.share.copied : t.share.copyRefused);

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={headingId}
      onClose={onClose}
      className="m-auto max-h-[calc(100dvh-2rem)] w-[min(44rem,calc(100vw-2rem))] overflow-y-auto rounded-lg border border-stone-300 p-5 text-stone-900 backdrop:bg-black/40"
    >
      <h2 id={headingId} className="text-xl font-bold">
        {t.share.heading}
      </h2>
      <CopyField label={t.share.link} value={link} copyLabel={t.share.copyLink} onCopy={onCopy} />

      <h3 className="mt-5 text-lg font-bold">{t.share.embed}</h3>
      <fieldset className="mt-1">
        <legend className="font-semibold">{t.share.size}</legend>
        <div className="flex flex-wrap gap-x-5 gap-y-1">
          {(Object.keys(SIZE_PRESETS) as SizePreset[]).map((preset) => (
            <label key={preset} className="inline-flex items-center gap-1.5">
              <input
                type="radio"
                name="share-size"
                checked={size === preset}
                onChange={() => setSize(preset)}
                className="size-4"
              />
              {t.share.presets[preset]}{' '}
              <span className="text-sm text-stone-600">
                ({SIZE_PRESETS[preset].width}×{SIZE_PRESETS[preset].height})
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="mt-2 flex flex-wrap items-center gap-x-5 gap-y-1">
        <label className="inline-flex items-center gap-1.5">
          <input
            type="checkbox"
            checked={present}
            onChange={(event) => setPresent(event.target.checked)}
            className="size-4"
          />
          {t.share.startPresenting}
        </label>
        <span className="inline-flex items-center gap-1.5">
          <input
            id={`${headingId}-autoplay`}
            type="checkbox"
            checked={present && autoplay}
            disabled={!present}
            onChange={(event) => setAutoplay(event.target.checked)}
            className="size-4"
          />
          <label htmlFor={`${headingId}-autoplay`} className={present ? '' : 'text-stone-500'}>
            {t.share.autoplay}
          </label>
          <input
            type="number"
            inputMode="numeric"
            min={PLAY_SECONDS.min}
            max={PLAY_SECONDS.max}
            value={seconds}
            disabled={!present || !autoplay}
            onChange={(event) => setSeconds(event.target.value)}
            onBlur={() => setSeconds(String(clampPlaySeconds(Number(seconds))))}
            aria-label={`${t.share.autoplay} (${t.share.seconds})`}
            className="w-16 rounded-md border border-stone-400 px-1.5 py-0.5 disabled:bg-stone-100 disabled:text-stone-500"
          />
          <span className={present ? '' : 'text-stone-500'}>{t.share.seconds}</span>
        </span>
      </div>
      <CopyField
        label={t.share.code}
        value={code}
        copyLabel={t.share.copyCode}
        multiline
        onCopy={onCopy}
      />
      <p className="mt-4 rounded-md bg-stone-100 p-3 text-sm text-stone-800">
        {t.share.slideTools}
      </p>
      <div className="mt-3 flex items-center justify-between gap-3">
        <p role="status" className="min-h-5 text-sm text-stone-800">
          {status}
        </p>
        <button
          type="button"
          onClick={() => dialogRef.current?.close()}
          className="shrink-0 rounded-md border border-stone-400 px-3 py-1 font-medium"
        >
          {t.share.close}
        </button>
      </div>
    </dialog>
  );
}
