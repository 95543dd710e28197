import { useI18n } from '../../i18n/useI18n';

const base = 'rounded-md border px-2.5 py-1 text-sm font-medium';

/** Timeline or list: the same events, drawn or read (`view=` in the URL). */
export function ViewToggle({
  view,
  onChange,
}: {
  view: 'timeline' | 'list';
  onChange: (view: 'timeline' | 'list') => void;
}) {
  const { t } = useI18n();
  return (
    <div role="group" aria-label={t.toolbar.view} className="flex shrink-0 gap-1">
      {(['timeline', 'list'] as const).map((option) => (
        <button
          key={option}
          type="button"
          aria-pressed={view === option}
          onClick={() => onChange(option)}
          className={`${base} ${view === option ? 'border-stone-900 bg-stone-900 text-white' : 'border-stone-400 bg-white text-stone-900 hover:bg-stone-100'}`}
        >
          {t.toolbar[option]}
        </button>
      ))}
    </div>
  );
}
