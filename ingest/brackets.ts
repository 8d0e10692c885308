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

/** Every bracket of PAIRS. */
const BRACKETS = new RegExp(`[${PAIRS.replace(/[[\]()]/g, '\\$&')}]`, 'g');

/**
 * Diagnostics for lines with unmatched brackets (as firstUnmatched reads each line), except lines already reported
 * by a more specific check. One sweep over `simp` (the Simplified copy of `text`; `lines` are its lines): the regex
 * engine jumps from bracket to bracket, lines without one cost nothing.
 */
export function bracketDiagnostics(text: string, simp: string, lines: Line[], loc: Locator, existing: Diagnostic[]): Diagnostic[] {
  const reported = new Set(existing.filter((d) => d.code === 'unbalanced-bracket').map((d) => d.line));
  const out: Diagnostic[] = [];
  const closers: number[] = []; // the closer each open bracket waits for
  const at: number[] = [];
  let index = 0; // the line being read
  let mismatch = -1; // a closer with no opener in this line
  const finish = (): void => { // the line `index` is read
    const l = lines[index++];
    const x = mismatch >= 0 ? mismatch : at[0] ?? -1;
    if (x < 0) return;
    closers.length = 0; at.length = 0; mismatch = -1;
    if (!l || reported.has(l.line)) return;
    const orig = text.slice(l.start, l.end);
    const rel = x - l.start;
    out.push(loc.diag('unbalanced-bracket', `unmatched "${orig[rel]}" in "${orig.slice(Math.max(0, rel - 8), rel + 8).trim()}"`, x));
  };
  BRACKETS.lastIndex = 0;
  while (BRACKETS.test(simp)) {
    const i = BRACKETS.lastIndex - 1;
    while (index < lines.length - 1 && i >= lines[index]!.end) finish(); // the lines before this bracket are read
    if (mismatch >= 0) continue; // defensive: the line's answer is known
    const c = simp.charCodeAt(i);
    const kind = KIND[c]!;
    if (kind > 0) { closers.push(kind); at.push(i); }
    else if (closers.length > 0 && closers[closers.length - 1] === c) { closers.pop(); at.pop(); }
    else { // the line's answer is known: on to its end
      mismatch = i;
      BRACKETS.lastIndex = lines[index]!.end;
    }
  }
  while (index < lines.length) finish();
  return out;
}
