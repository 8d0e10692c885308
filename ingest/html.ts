// An HTML page as saved from a government site → plain text with its block structure, plus <meta> hints.
import * as cheerio from 'cheerio';
import type { AnyNode } from 'domhandler';

export interface HtmlHints { title: string | null; publishedOn: string | null; issuer: string | null; number: string | null }
export interface HtmlText { text: string; hints: HtmlHints }

const DROP = 'script, style, noscript, nav, footer, iframe, form, button, select, template, svg, object, embed, head > link, '
  + '[class*="footer"], [id*="footer"], [class*="breadcrumb"], [class*="share"]';
const BLOCK = new Set(['p', 'div', 'li', 'ul', 'ol', 'tr', 'table', 'tbody', 'thead', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'section', 'article', 'header', 'footer', 'main', 'aside', 'blockquote', 'pre', 'dl', 'dt', 'dd', 'hr',
  'center', 'td', 'th', 'caption', 'figure', 'figcaption', 'address', 'body', 'html']);

function walk(node: AnyNode, out: string[]): void {
  if (node.type === 'text') {
    out.push(node.data.replace(/[ \t\r\n\f]+/g, ' '));
    return;
  }
  if (node.type !== 'tag' && node.type !== 'root') return;
  const name = node.type === 'tag' ? node.name.toLowerCase() : '';
  if (name === 'br') { out.push('\n'); return; }
  const block = BLOCK.has(name);
  if (block) out.push('\n');
  for (const child of node.children) walk(child, out);
  if (block) out.push('\n');
}

function meta($: cheerio.CheerioAPI, ...names: string[]): string | null {
  for (const n of names) {
    const v = $(`meta[name="${n}"], meta[name="${n.toLowerCase()}"], meta[property="${n}"]`).attr('content')?.trim();
    if (v) return v;
  }
  return null;
}

/** Extract the page text: scripts, styles and navigation dropped, blocks as lines. */
export function htmlToText(html: string): HtmlText {
  const $ = cheerio.load(html);
  const hints: HtmlHints = {
    title: meta($, 'ArticleTitle', 'og:title') ?? ($('title').first().text().trim() || null),
    publishedOn: meta($, 'PubDate', 'publishdate', 'firstpublishedtime'),
    issuer: meta($, 'ContentSource', 'author'),
    number: meta($, 'DocNumber', 'fwzh'),
  };
  $(DROP).remove();
  $('title, meta').remove();
  const out: string[] = [];
  const root = $.root()[0];
  if (root) walk(root, out);
  const text = out.join('').split('\n').map((l) => l.trim()).filter((l) => l !== '')
    .join('\n').trim();
  return { text, hints };
}
