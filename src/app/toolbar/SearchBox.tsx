import { useId } from 'react';
import { useI18n } from '../../i18n/useI18n';

interface SearchBoxProps {
  query: string;
  matchCount: number;
  total: number;
  onChange: (query: string) => void;
  onNext: () => void;
}

/** Search titles, summaries and names; Enter goes to the next match. */
export function SearchBox({ query, matchCount, total, onChange, onNext }: SearchBoxProps) {
  const { t } = useI18n();
  const statusId = useId();
  return (
    <div className="flex min-w-0 items-center gap-2">
      <input
        type="search"
        aria-label={t.toolbar.search}
        aria-describedby={statusId}
        placeholder={t.toolbar.search}
        value={query}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            onNext();
          }
        }}
        className="w-44 min-w-0 rounded-md border border-stone-400 bg-white px-2.5 py-1 text-sm sm:w-52"
      />
      {/* A status that is not spoken as it changes: the page's live region (LiveRegion) says
          the count once typing pauses, not after every keystroke. */}
      <span
        id={statusId}
        role="status"
        aria-live="off"
        className="text-sm whitespace-nowrap text-stone-700"
      >
        {query.trim() ? t.toolbar.searchMatches(matchCount, total) : ''}
      </span>
    </div>
  );
}
