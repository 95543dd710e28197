import type { Measure } from './svg/textLayout';

/**
 * Measures text with the browser's canvas in the picture's own fonts, once per text and font,
 * rounded up as the screen's label measurer does, so that the picture's layout fits its labels
 * exactly as the screen's does.
 */
export function canvasMeasure(fontFamily: string): Measure {
  const context = document.createElement('canvas').getContext('2d');
  const cache = new Map<string, number>();
  return (text, font) => {
    const css = `${font.bold ? 'bold ' : ''}${font.size}px ${fontFamily}`;
    const key = `${css}\n${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      if (context) {
        context.font = css;
        width = Math.ceil(context.measureText(text).width);
      } else {
        width = Math.ceil(text.length * font.size * 0.6);
      }
      cache.set(key, width);
    }
    return width;
  };
}
