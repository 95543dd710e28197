import { useId, useRef } from 'react';

interface CopyFieldProps {
  label: string;
  value: string;
  copyLabel: string;
  /** Multi-line, for code. */
  multiline?: boolean;
  /** Reports how copying went: copied, or refused (the text is then selected for the reader). */
  onCopy: (outcome: 'copied' | 'refused') => void;
}

/**
 * Read-only text with a Copy button. Copying uses the Clipboard API; where the page may not
 * (an iframe without the permission, a page not served securely), the text is selected so a
 * reader can copy it by hand, and the caller says so.
 */
export function CopyField({ label, value, copyLabel, multiline = false, onCopy }: CopyFieldProps) {
  const id = useId();
  const fieldRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      onCopy('copied');
    } catch {
      fieldRef.current?.focus();
      fieldRef.current?.select();
      onCopy('refused');
    }
  };
  const fieldClass =
    'min-w-0 flex-1 basis-64 rounded-md border border-stone-400 bg-stone-50 px-2 py-1 font-mono text-sm text-stone-900';
  return (
    <div className="mt-1">
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      <div className="mt-1 flex flex-wrap items-start gap-2">
        {multiline ? (
          <textarea
            id={id}
            ref={fieldRef}
            readOnly
            rows={4}
            value={value}
            className={`${fieldClass} resize-none break-all`}
            onFocus={(event) => event.currentTarget.select()}
          />
        ) : (
          <input
            id={id}
            ref={fieldRef}
            readOnly
            type="text"
            value={value}
            className={fieldClass}
            onFocus={(event) => event.currentTarget.select()}
          />
        )}
        <button
          type="button"
          onClick={() => void copy()}
          className="shrink-0 rounded-md bg-stone-800 px-3 py-1 text-sm font-medium text-white hover:bg-stone-900"
        >
          {copyLabel}
        </button>
      </div>
    </div>
  );
}
