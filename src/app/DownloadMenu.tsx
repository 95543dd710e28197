import { useEffect, useId, useRef, useState } from 'react';
import type { PictureFormat } from '../features/export/downloadPicture';
import { useI18n } from '../i18n/useI18n';

export const toolbarButton =
  'whitespace-nowrap rounded-md border border-stone-400 bg-white px-2.5 py-1 text-sm font-medium text-stone-900 hover:bg-stone-100';
const FORMATS: PictureFormat[] = ['svg', 'png', 'slide'];

/**
 * "Download" and its three formats (SVG, PNG, a 1920×1080 slide): a disclosure whose buttons
 * follow it in the tab order; Escape or a click elsewhere closes it. Says when the picture is
 * being made, and why it could not be.
 */
export function DownloadMenu({
  onDownload,
}: {
  onDownload: (format: PictureFormat) => Promise<void>;
}) {
  const { t } = useI18n();
  const words = t.exportPrint;
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<{ working: true } | { error: string } | null>(null);
  const menuId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, [open]);

  const choose = async (format: PictureFormat) => {
    setOpen(false);
    toggleRef.current?.focus();
    setStatus({ working: true });
    try {
      await onDownload(format);
      setStatus(null);
    } catch (error) {
      setStatus({ error: words.failed(error instanceof Error ? error.message : String(error)) });
    }
  };

  return (
    <div
      ref={rootRef}
      className="relative"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        event.stopPropagation();
        setOpen(false);
        toggleRef.current?.focus();
      }}
    >
      <button
        ref={toggleRef}
        type="button"
        className={toolbarButton}
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={words.downloadLabel}
        onClick={() => {
          setOpen(!open);
          setStatus(null);
        }}
      >
        {words.download} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div
          id={menuId}
          role="group"
          aria-label={words.downloadLabel}
          className="absolute top-full right-0 z-30 mt-1 flex w-max flex-col gap-1 rounded-md border border-stone-300 bg-white p-2 shadow-lg"
        >
          {FORMATS.map((format) => (
            <button
              key={format}
              type="button"
              className={`${toolbarButton} text-left`}
              onClick={() => void choose(format)}
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
    </div>
  );
}
