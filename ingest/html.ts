// An HTML page as saved from a government site → plain text with its block structure, plus <meta> hints.
// Parsed with cheerio's htmlparser2 backend and walked iteratively (pages may nest thousands of levels deep).
import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { taskTableLines, textOf } from './html-table.ts';

export interface HtmlHints { title: string | null; publishedOn: string | null; issuer: string | null; number: string | null }
export interface HtmlText { text: string; hints: HtmlHints }

const DROP_TAGS = new Set(['script', 'style', 'noscript', 'nav', 'footer', 'iframe', 'form', 'button', 'select', 'template',
  'svg', 'object', 'embed', 'link']);
const DROP_CLASS = /(^|[\s_-])(footer|breadcrumb|share|nav|navbar|menu)([\s_-]|$)/i;
const BLOCK = new Set(['p', 'div', 'li', 'ul', 'ol', 'tr', 'table', 'tbody', 'thead', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'section', 'article', 'header', 'main', 'aside', 'blockquote', 'pre', 'dl', 'dt', 'dd', 'hr',
  'center', 'td', 'th', 'caption', 'figure', 'figcaption', 'address', 'body', 'html']);
const PRE = new Set(['pre', 'textarea', 'listing', 'plaintext', 'xmp']);
const META: Record<string, keyof HtmlHints> = {
  articletitle: 'title', 'og:title': 'title', pubdate: 'publishedOn', publishdate: 'publishedOn',
  firstpublishedtime: 'publishedOn', contentsource: 'issuer', docnumber: 'number', fwzh: 'number',
};

type Item = { node: AnyNode; pre: boolean } | { close: string };

function readMeta(el: Element, hints: HtmlHints, titles: string[]): void {
  if (el.name === 'meta') {
    const key = META[(el.attribs.name ?? el.attribs.property ?? '').toLowerCase()];
    const content = el.attribs.content?.trim();
    if (key && content && hints[key] === null) hints[key] = content;
  } else if (el.name === 'title') {
    titles.push(textOf(el).trim());
  }
}

/** Extract the page text: scripts, styles, navigation and footers dropped, blocks as lines, <pre> kept as is. */
export function htmlToText(html: string): HtmlText {
  const $ = cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true, lowerCaseTags: true } });
  const hints: HtmlHints = { title: null, publishedOn: null, issuer: null, number: null };
  const titles: string[] = [];
  const out: string[] = [];
  const stack: Item[] = [...$.root().contents().toArray()].reverse().map((node) => ({ node, pre: false }));
  while (stack.length > 0) {
    const item = stack.pop()!;
    if ('close' in item) { out.push('\n'); continue; }
    const { node, pre } = item;
    if (node.type === 'text') { out.push(pre ? node.data : node.data.replace(/[ \t\r\n\f]+/g, ' ')); continue; }
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
    const el = node as Element;
    const name = el.name.toLowerCase();
    if (name === 'meta' || name === 'title') { readMeta(el, hints, titles); continue; }
    if (name === 'br') { out.push('\n'); continue; }
    if (DROP_TAGS.has(name)) continue;
    if (DROP_CLASS.test(`${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`)) continue;
    if (name === 'table') {
      const lines = taskTableLines(el);
      if (lines) { out.push('\n', lines.join('\n'), '\n'); continue; }
    }
    const block = BLOCK.has(name);
    if (block) { out.push('\n'); stack.push({ close: name }); }
    const inPre = pre || PRE.has(name);
    for (let i = el.children.length - 1; i >= 0; i--) stack.push({ node: el.children[i]!, pre: inPre });
  }
  hints.title ??= titles.find((t) => t !== '') ?? null;
  const text = out.join('').split('\n').map((l) => l.trim()).filter((l) => l !== '').join('\n');
  return { text, hints };
}
