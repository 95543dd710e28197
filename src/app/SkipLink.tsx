import { firstFocusable, tryFocus } from './focus/focusTargets';

/**
 * The first thing Tab reaches: straight past the toolbar to the timeline's focusable event (or
 * the list's first entry). A link, as people expect; it moves focus itself rather than through
 * `#main`, which would add a hash to the URL that holds the view.
 */
export function SkipLink({ targetId, label }: { targetId: string; label: string }) {
  return (
    <a
      href={`#${targetId}`}
      onClick={(click) => {
        click.preventDefault();
        const target = document.getElementById(targetId);
        if (target && !tryFocus(firstFocusable(target))) tryFocus(target);
      }}
      className="sr-only z-50 rounded-md bg-white px-3 py-2 font-medium text-blue-800 underline shadow-lg focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
    >
      {label}
    </a>
  );
}
