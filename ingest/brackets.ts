// Bracket balance per line: 《》 〈〉 〔〕 () [] 【】 “” — one diagnostic per line with an unmatched bracket.
import type { Diagnostic } from './model.ts';
import type { Line, Locator } from './spans.ts';

const PAIRS = '《》〈〉〔〕()[]【】“”';
/** Code unit → its closing code unit (for an opening bracket), or -1 for a closing bracket, 0 otherwise. */
const KIND = new Int32Array(0x10000);
for (let i = 0; i < PAIRS.length; i += 2) {
  KIND[PAIRS.charCodeAt(i)] = PAIRS.charCodeAt(i + 1);
  KIND[PAIRS.charCodeAt(i + 1)] = -1;
}

/** Offset of the first unmatched bracket in `text`, or -1. */
export function firstUnmatched(text: string): number {
  const closers: number[] = []; // the closer each open bracket waits for
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const kind = KIND[c]!;
    if (kind === 0) continue;
    if (kind > 0) { closers.push(kind); at.push(i); }
    else if (closers.length > 0 && closers[closers.length - 1] === c) { closers.pop(); at.pop(); }
    else return i;
  }
  return at[0] ?? -1;
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
