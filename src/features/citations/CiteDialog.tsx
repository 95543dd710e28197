import { useEffect, useRef, useState } from 'react';
import type { Source, TimelineEvent } from '../../domain/dataset/schema';
import { useI18n } from '../../i18n/useI18n';
import {
  citationText,
  cslJson,
  cslJsonFileName,
  formatApa,
  formatChicago,
  type CitationPart,
} from './formatCitation';

const STYLES = [
  { name: 'APA', format: formatApa },
  { name: 'Chicago', format: formatChicago },
] as const;

function Citation({ parts }: { parts: CitationPart[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.italic ? <i key={i}>{part.text}</i> : <span key={i}>{part.text}</span>,
      )}
    </>
  );
}

/** Citations of an event's sources, ready to copy, and CSL-JSON for reference managers. */
export function CiteDialog({
  event,
  sources,
  onClose,
}: {
  event: TimelineEvent;
  sources: Source[];
  onClose: () => void;
}) {
  const { t } = useI18n();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [copied, setCopied] = useState<{ style: string; refused: boolean } | null>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    dialog?.showModal();
    return () => dialog?.close();
  }, []);

  const copy = async (style: string, text: string, list: HTMLElement | null) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied({ style, refused: false });
    } catch {
      // Where the clipboard is refused (an iframe, an old browser), select the text instead.
      if (list) window.getSelection()?.selectAllChildren(list);
      setCopied({ style, refused: true });
    }
  };

  const download = () => {
    const blob = new Blob([`${JSON.stringify(cslJson(sources), null, 2)}\n`], {
      type: 'application/vnd.citationstyles.csl+json',
    });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = cslJsonFileName(event.id);
    link.click();
    URL.revokeObjectURL(url);
  };

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby="cite-heading"
      onClose={onClose}
      className="m-auto w-[min(40rem,calc(100vw-2rem))] rounded-lg border border-stone-300 p-5 text-stone-900 backdrop:bg-black/40"
    >
      <h2 id="cite-heading" className="text-lg font-bold">
        {t.cite.heading(event.title)}
      </h2>
      {STYLES.map(({ name, format }) => {
        const citations = sources.map((source) => format(source.csl));
        const text = citations.map(citationText).join('\n');
        return (
          <section key={name} aria-label={t.cite.style(name)} className="mt-4">
            <div className="flex items-center justify-between">
              <h3 className="font-semibold">{t.cite.style(name)}</h3>
              <button
                type="button"
                onClick={(click) =>
                  void copy(
                    name,
                    text,
                    click.currentTarget.closest('section')?.querySelector('ul') ?? null,
                  )
                }
                className="rounded-md border border-stone-400 px-2.5 py-0.5 text-sm font-medium"
              >
                {t.cite.copy(name)}
              </button>
            </div>
            <ul lang="en" className="mt-1 space-y-1 text-sm">
              {citations.map((parts, i) => (
                <li key={i} className="rounded bg-stone-100 p-2 break-words">
                  <Citation parts={parts} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <p role="status" className="mt-2 min-h-5 text-sm text-stone-700">
        {copied && (copied.refused ? t.cite.copyRefused : t.cite.copied(copied.style))}
      </p>
      <div className="mt-3 flex flex-wrap justify-between gap-2">
        <button
          type="button"
          onClick={download}
          className="rounded-md border border-stone-400 px-2.5 py-1 text-sm font-medium"
        >
          {t.cite.download}
        </button>
        <button
          type="button"
          onClick={() => dialogRef.current?.close()}
          className="rounded-md bg-stone-800 px-3 py-1 text-sm font-medium text-white"
        >
          {t.common.close}
        </button>
      </div>
    </dialog>
  );
}
