/**
 * Measures label text the way the browser will draw it, once per text and font, so the layout
 * can decide which labels fit without touching the DOM.
 */
export function createLabelMeasurer(font: string): (text: string) => number {
  const context = document.createElement('canvas').getContext('2d');
  const cache = new Map<string, number>();
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      if (context) {
        context.font = font;
        width = Math.ceil(context.measureText(text).width);
      } else {
        width = text.length * 8;
      }
      cache.set(text, width);
    }
    return width;
  };
}
