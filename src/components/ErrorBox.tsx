import type { ReactNode } from 'react';
import { useI18n } from '../i18n/useI18n';

interface ErrorBoxProps {
  /** A heading, for a whole page's error. */
  heading?: ReactNode;
  children: ReactNode;
  onRetry: () => void;
  /** More ways out beside Retry. */
  actions?: ReactNode;
  className?: string;
}

/** Something could not be loaded: what went wrong, in words, and a Retry button. */
export function ErrorBox({ heading, children, onRetry, actions, className = '' }: ErrorBoxProps) {
  const { t } = useI18n();
  return (
    <div
      role="alert"
      className={`rounded-lg border border-red-300 bg-red-50 text-red-950 ${className}`}
    >
      {heading}
      {children}
      <div className="mt-4 flex flex-wrap gap-3">
        <button
          type="button"
          onClick={onRetry}
          className="rounded-md bg-red-800 px-4 py-1.5 font-medium text-white hover:bg-red-900"
        >
          {t.app.retry}
        </button>
        {actions}
      </div>
    </div>
  );
}
