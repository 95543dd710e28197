export interface ZoomOptions {
  /** Animate the move (never when the reader prefers reduced motion). Default: true. */
  animate?: boolean;
  /** A move that follows the URL (Back, Forward) and must not write it again. */
  quiet?: boolean;
}

/**
 * What anyone may ask of the timeline's view, whoever draws it: the toolbar, the keyboard, the
 * URL, presenter mode. Times are UTC milliseconds.
 */
export interface ZoomCommands {
  /** Zoom in around a time (the focused event), or the centre. */
  zoomIn(anchorTime?: number): void;
  zoomOut(anchorTime?: number): void;
  showAll(options?: ZoomOptions): void;
  showWindow(start: number, end: number, options?: ZoomOptions): void;
  /** Pan so that a span starting at `start` is comfortably on screen; no move when it is. */
  bringIntoView(start: number, end: number, options?: Pick<ZoomOptions, 'animate'>): void;
}
