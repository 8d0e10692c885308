// Bracket balance per line: 《》 〈〉 〔〕 () [] 【】 “” — one diagnostic per line with an unmatched bracket.
import type { Diagnostic } from './model.ts';
import type { Line, Locator } from './spans.ts';

const OPEN: Record<string, string> = { '《': '》', '〈': '〉', '〔': '〕', '(': ')', '[': ']', '【': '】', '“': '”' };
const CLOSE = new Map(Object.entries(OPEN).map(([o, c]) => [c, o]));
const IS_BRACKET = new Uint8Array(0x10000);
for (const ch of '《》〈〉〔〕()[]【】“”') IS_BRACKET[ch.charCodeAt(0)] = 1;

/** Offset of the first unmatched bracket in `text`, or -1. */
export function firstUnmatched(text: string): number {
  const stack: { ch: string; at: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    if (IS_BRACKET[text.charCodeAt(i)] !== 1) continue;
    const ch = text[i]!;
    if (OPEN[ch]) stack.push({ ch, at: i });
    else if (CLOSE.has(ch)) {
      const top = stack.at(-1);
      if (top && OPEN[top.ch] === ch) stack.pop();
      else return i;
    }
  }
  return stack[0]?.at ?? -1;
}

/** Diagnostics for lines (of the Simplified copy of `text`) with unmatched brackets, except lines already reported by a more specific check. */
export function bracketDiagnostics(text: string, lines: Line[], loc: Locator, existing: Diagnostic[]): Diagnostic[] {
  const reported = new Set(existing.filter((d) => d.code === 'unbalanced-bracket').map((d) => d.line));
  const out: Diagnostic[] = [];
  for (const l of lines) {
    if (reported.has(l.line)) continue;
    const at = firstUnmatched(l.text);
    if (at < 0) continue;
    const orig = text.slice(l.start, l.end);
    out.push(loc.diag('unbalanced-bracket', `unmatched "${orig[at]}" in "${orig.slice(Math.max(0, at - 8), at + 8).trim()}"`, l.start + at));
  }
  return out;
}
