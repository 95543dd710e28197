import { useLayoutEffect, useState, type RefObject } from 'react';

/** The element's content width in whole pixels, kept up to date as it resizes (0 until known). */
export function useElementWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    // Read once before the first paint, so that what depends on the width is drawn in the same
    // frame instead of one paint later, when the observer first reports.
    setWidth(contentWidth(element));
    const observer = new ResizeObserver(([entry]) =>
      setWidth(Math.round(entry?.contentRect.width ?? 0)),
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

function contentWidth(element: HTMLElement): number {
  const style = getComputedStyle(element);
  const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
  return Math.round(element.getBoundingClientRect().width - padding - borders(style));
}

function borders(style: CSSStyleDeclaration): number {
  return parseFloat(style.borderLeftWidth) + parseFloat(style.borderRightWidth);
}
