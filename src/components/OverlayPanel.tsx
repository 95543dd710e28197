import { useEffect, useId, useRef, type ReactNode } from 'react';

interface OverlayPanelProps {
  title: ReactNode;
  /** Language of the title, when it is not the page's. */
  titleLang?: string;
  /** A small word above the title, such as "Source". */
  eyebrow?: string;
  /** Label of the close button, such as "Close source". */
  closeLabel: string;
  onClose: () => void;
  /** What else the header shows under the title. */
  details?: ReactNode;
  /** Changing this moves focus to the title again (another source opened, say). */
  focusKey?: string;
  children: ReactNode;
}

/**
 * A region over the timeline (the whole screen on a phone) for reading: labelled by its title,
 * which takes focus when it opens, and closed by its button or Escape. The page makes the
 * timeline under it inert.
 */
export function OverlayPanel({
  title,
  titleLang,
  eyebrow,
  closeLabel,
  onClose,
  details,
  focusKey,
  children,
}: OverlayPanelProps) {
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [focusKey]);
  return (
    <section
      aria-labelledby={headingId}
      className="fixed inset-0 z-30 flex flex-col bg-stone-50 sm:absolute sm:z-10"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <header className="border-b border-stone-300 bg-white px-4 py-3">
        <div className="flex items-start justify-between gap-3">
          <div>
            {eyebrow && (
              <p className="text-xs font-semibold tracking-wide text-stone-600 uppercase">
                {eyebrow}
              </p>
            )}
            <h2
              id={headingId}
              ref={headingRef}
              tabIndex={-1}
              lang={titleLang}
              // Room above for the focus ring, which would otherwise cover the eyebrow.
              className={`text-xl leading-tight font-bold ${eyebrow ? 'mt-1.5' : ''}`}
            >
              {title}
            </h2>
          </div>
          <button
            type="button"
            onClick={onClose}
            className="shrink-0 rounded-md border border-stone-400 bg-white px-2.5 py-1 text-sm font-medium"
          >
            {closeLabel}
          </button>
        </div>
        {details}
      </header>
      {children}
    </section>
  );
}
