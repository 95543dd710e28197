import { useLayoutEffect, useRef } from 'react';

/**
 * Puts the picture's SVG into the page as vector graphics with real text. The markup is read by
 * the browser's strict XML parser (never as HTML) and was built by the export's renderer, which
 * escapes every dataset string; a document that fails to parse is not shown.
 */
export function InlineSvg({ markup, className }: { markup: string; className?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const host = ref.current;
    if (!host) return;
    const parsed = new DOMParser().parseFromString(markup, 'image/svg+xml');
    const svg = parsed.documentElement;
    if (svg.nodeName !== 'svg' || parsed.getElementsByTagName('parsererror').length) return;
    host.replaceChildren(document.importNode(svg, true));
    return () => host.replaceChildren();
  }, [markup]);
  return <div ref={ref} className={className} />;
}
