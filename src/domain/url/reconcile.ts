import type { UrlNotice } from './notices';
import type { ViewState } from './viewState';
import { windowBound } from './windowDates';

/** Ids a dataset has: a Set, or the dataset's own index by id (no copy of 100,000 keys). */
type Ids = Pick<ReadonlySet<string>, 'has'>;

/** What the URL may name, as the loaded dataset has it. */
export interface DatasetFacts {
  eventIds: Ids;
  sourceIds: Ids;
  categoryIds: Ids;
  /** The span the timeline can show, UTC ms. */
  extent: readonly [number, number];
}

export interface Reconciled {
  /** The changes that make the URL valid for this dataset; empty when it already is. */
  fixes: Partial<ViewState>;
  notices: UrlNotice[];
}

/**
 * Checks the URL's state against a loaded dataset: ids it does not have are dropped, and a
 * window that lies wholly outside its events is dropped, each with a notice. Pure, so the app
 * runs it again whenever the dataset or the URL changes (Back to a stale link included).
 */
export function reconcileWithDataset(state: ViewState, facts: DatasetFacts): Reconciled {
  const fixes: Partial<ViewState> = {};
  const notices: UrlNotice[] = [];

  for (const key of ['event', 'source'] as const) {
    const id = state[key];
    const known = key === 'event' ? facts.eventIds : facts.sourceIds;
    if (id !== undefined && !known.has(id)) {
      notices.push({ kind: 'unknownIds', param: key, values: [id] });
      fixes[key] = undefined;
    }
  }
  for (const key of ['cat', 'tour'] as const) {
    const ids = state[key];
    const known = key === 'cat' ? facts.categoryIds : facts.eventIds;
    const unknown = ids?.filter((id) => !known.has(id)) ?? [];
    if (unknown.length) {
      notices.push({ kind: 'unknownIds', param: key, values: unknown });
      const kept = ids?.filter((id) => known.has(id)) ?? [];
      fixes[key] = kept.length ? kept : undefined;
    }
  }

  const from = state.from === undefined ? undefined : windowBound(state.from, 'from');
  const to = state.to === undefined ? undefined : windowBound(state.to, 'to');
  const [first, last] = facts.extent;
  if ((from !== undefined && from >= last) || (to !== undefined && to <= first)) {
    notices.push({ kind: 'windowOutsideData', from: state.from, to: state.to });
    fixes.from = undefined;
    fixes.to = undefined;
  }
  return { fixes, notices };
}
