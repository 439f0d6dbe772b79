import { parse } from 'parse5';

/** A parsed page, walked the way a browser's parser builds it (parse5 follows the HTML standard). */
export interface El {
  tag: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
}

interface P5Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: P5Node[];
  content?: P5Node;
  value?: string;
}

function convert(n: P5Node): El | null {
  if (n.nodeName === '#text') return { tag: '#text', attrs: {}, children: [], text: n.value ?? '' };
  if (!n.tagName) return null;
  const kids = (n.tagName === 'template' ? n.content?.childNodes : n.childNodes) ?? [];
  const children = kids.map(convert).filter((c): c is El => c !== null);
  return { tag: n.tagName, attrs: Object.fromEntries((n.attrs ?? []).map((a) => [a.name, a.value])), children, text: '' };
}

export function parsePage(html: string): El {
  const doc = parse(html) as unknown as P5Node;
  const root = (doc.childNodes ?? []).map(convert).find((c) => c?.tag === 'html');
  if (!root) throw new Error('no <html> element');
  return root;
}

export function elements(root: El): El[] {
  const out: El[] = [];
  const walk = (e: El) => {
    if (e.tag === '#text') return;
    out.push(e);
    e.children.forEach(walk);
  };
  walk(root);
  return out;
}

export function textOf(e: El): string {
  return e.tag === '#text' ? e.text : e.children.map(textOf).join('');
}

export function byId(root: El, id: string): El {
  const found = elements(root).find((e) => e.attrs.id === id);
  if (!found) throw new Error(`no element #${id}`);
  return found;
}

export const withClass = (root: El, cls: string) => elements(root).filter((e) => (e.attrs.class ?? '').split(' ').includes(cls));

/** The rows of a table as text cells. */
export function tableRows(table: El): string[][] {
  return elements(table)
    .filter((e) => e.tag === 'tr')
    .map((tr) => tr.children.filter((c) => c.tag === 'td' || c.tag === 'th').map((c) => textOf(c).trim()));
}
