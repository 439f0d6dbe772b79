/**
 * Text for XML 1.0 attributes and content. Characters XML 1.0 cannot carry at all (most control
 * characters, lone surrogates) are dropped: a rep name pasted from a spreadsheet must not make
 * the whole report unreadable for the CI server.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\n': '&#10;', '\r': '&#13;', '\t': '&#9;' };

/** For attribute values: line breaks become character references so parsers keep them. */
export function xmlAttr(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/[&<>"'\n\r\t]/g, (c) => ENTITIES[c]!);
}

/** For element content: line breaks may stay as they are. */
export function xmlText(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/[&<>]/g, (c) => ENTITIES[c]!);
}
