import type { Category } from '../../../domain/dataset/schema';

interface LanesProps {
  lanes: readonly Category[];
  /** CSS top of each lane. */
  tops: readonly string[];
}

/** Lane names in a gutter beside the plot (wide screens). */
export function LaneGutter({ lanes, tops, height }: LanesProps & { height: string }) {
  return (
    <div aria-hidden="true" className="relative hidden w-44 shrink-0 sm:block" style={{ height }}>
      {lanes.map((category, lane) => (
        <div
          key={category.id}
          className="absolute inset-x-0 flex items-start gap-1.5 border-t border-stone-300 pt-1 pr-2 text-xs leading-[1.15] font-semibold whitespace-nowrap text-stone-800"
          style={{ top: tops[lane] }}
        >
          <span
            className="mt-1 inline-block size-2.5 shrink-0 rounded-full"
            style={{ background: category.color }}
          />
          <span className="truncate" title={category.label}>
            {category.label}
          </span>
        </div>
      ))}
    </div>
  );
}

/** Lane rules across the plot, with the lane's name above it on narrow screens. */
export function LaneRules({ lanes, tops }: LanesProps) {
  return lanes.map((category, lane) => (
    <div
      key={category.id}
      aria-hidden="true"
      className="pointer-events-none absolute inset-x-0 border-t border-stone-200"
      style={{ top: tops[lane] }}
    >
      {/* Above the grid lines, and above the canvas a gesture is painted on, which draws them. */}
      <span className="relative z-10 ml-1 inline-flex items-center gap-1 bg-stone-50 pr-1 text-xs font-semibold text-stone-800 sm:hidden">
        <span className="inline-block size-2 rounded-full" style={{ background: category.color }} />
        {category.label}
      </span>
    </div>
  ));
}
