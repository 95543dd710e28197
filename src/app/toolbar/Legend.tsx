import type { Category } from '../../domain/dataset/schema';
import { useI18n } from '../../i18n/useI18n';

interface LegendProps {
  categories: Category[];
  shown: ReadonlySet<string>;
  counts: ReadonlyMap<string, number>;
  onToggle: (id: string) => void;
  onShowAll: () => void;
}

/** The lanes' key, which doubles as a filter: each category is a toggle button. */
export function Legend({ categories, shown, counts, onToggle, onShowAll }: LegendProps) {
  const { t } = useI18n();
  const allShown = categories.every((c) => shown.has(c.id));
  return (
    <div
      role="group"
      aria-label={t.toolbar.categoriesShown}
      // Room around the buttons inside the phone's scrolling row, so focus rings are not cut off.
      className="-mx-1.5 flex min-w-0 items-center gap-1.5 overflow-x-auto px-1.5 py-1.5 sm:flex-wrap sm:overflow-visible"
    >
      {categories.map((category) => {
        const on = shown.has(category.id);
        return (
          <button
            key={category.id}
            type="button"
            aria-pressed={on}
            title={category.description}
            onClick={() => onToggle(category.id)}
            // Off: struck through and dashed, not only paler (colour is never the only cue).
            className={`inline-flex min-h-6 shrink-0 items-center gap-1.5 rounded-full border px-2 py-0.5 text-xs transition-colors sm:text-sm ${
              on
                ? 'border-stone-400 bg-white text-stone-900'
                : 'border-dashed border-stone-500 bg-stone-100 text-stone-700 line-through'
            }`}
          >
            <span
              aria-hidden="true"
              className="inline-block size-3 rounded-full"
              style={{
                background: on ? category.color : 'transparent',
                border: `2px solid ${category.color}`,
              }}
            />
            {category.label}
            <span className="text-xs text-stone-600">
              {t.toolbar.categoryCount(counts.get(category.id) ?? 0)}
            </span>
          </button>
        );
      })}
      {!allShown && (
        <button
          type="button"
          onClick={onShowAll}
          className="min-h-6 shrink-0 px-2 py-0.5 text-sm font-medium text-blue-800 underline"
        >
          {t.toolbar.showAllCategories}
        </button>
      )}
    </div>
  );
}
