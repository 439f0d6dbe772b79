/**
 * The one way a data string (rep, week, file name, warning) enters an HTML page or its inline SVG.
 * Control characters go (a terminal escape or NUL has no business in a page); the five characters
 * HTML gives meaning to become references, so `<script>` or `"><img onerror=…>` read as text, in
 * element content and in quoted attributes alike.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const REFERENCES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function html(text: string): string {
  return text.replace(CONTROL, '').replace(/[&<>"']/g, (c) => REFERENCES[c]!);
}
