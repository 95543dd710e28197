/**
 * The only way the export writes SVG: elements built from a fixed name, attributes and children,
 * every attribute value and text escaped here. Dataset text (titles, labels, URLs) therefore
 * reaches the markup only as character data, never as markup, and characters that XML 1.0
 * cannot hold at all (control characters, lone surrogates) are dropped so the file always parses.
 */

/** Characters XML 1.0 forbids even when escaped. */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text safe as XML character data or a quoted attribute value. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

/** A six-digit hex colour, or null: anything else from a dataset is refused. */
export function hexColor(value: string): string | null {
  return /^#[0-9a-fA-F]{6}$/.test(value) ? value.toLowerCase() : null;
}

/** The colour drawn when a dataset's colour is refused (the screen's neutral lane colour). */
export const FALLBACK_COLOR = '#57534e';

export function safeColor(value: string): string {
  return hexColor(value) ?? FALLBACK_COLOR;
}

export type AttributeValue = string | number | null | undefined | false;

/** Names are the code's, never the data's: a name that is not a plain SVG name is an error. */
const NAME = /^[a-zA-Z][a-zA-Z0-9:-]*$/;

function checkName(name: string): string {
  if (!NAME.test(name) || /^on/i.test(name)) throw new Error(`Not an SVG name: ${name}`);
  return name;
}

/** A number written short and never in exponent notation. */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/**
 * One element. Attributes that are null, undefined or false are left out; numbers are rounded
 * to hundredths. Children are markup made by `el` or `text`.
 */
export function el(
  name: string,
  attributes: Record<string, AttributeValue> = {},
  ...children: (string | false | null | undefined)[]
): string {
  let markup = `<${checkName(name)}`;
  for (const [key, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    const written = typeof value === 'number' ? num(value) : escapeXml(value);
    markup += ` ${checkName(key)}="${written}"`;
  }
  const inner = children.filter(Boolean).join('');
  return inner ? `${markup}>${inner}</${name}>` : `${markup}/>`;
}

/** Character data. */
export function text(value: string): string {
  return escapeXml(value);
}
