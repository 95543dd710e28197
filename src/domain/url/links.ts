import { patchViewState, serializeViewState, type ViewState } from './viewState';

/**
 * A link to a view, always built by the serializer from the whole current state, so it keeps
 * `dataset` and the view (window, filters, search) and only changes what `patch` says.
 */
export function viewHref(state: ViewState, patch: Partial<ViewState> = {}): string {
  return serializeViewState(patchViewState(state, patch)) || '?';
}

/** The same link as an absolute URL, for sharing or opening in a new tab. */
export function absoluteViewUrl(
  pageUrl: string,
  state: ViewState,
  patch: Partial<ViewState> = {},
): string {
  const url = new URL(pageUrl);
  url.search = serializeViewState(patchViewState(state, patch));
  url.hash = '';
  return url.href;
}
