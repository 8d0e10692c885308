// Offsets in the normalized text → Spans (1-based lines) and diagnostics at a position.
import type { Diagnostic, Severity, Span } from './model.ts';

export interface Line { start: number; end: number; text: string; line: number }

export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  let n = 1;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    out.push({ start, end, text: text.slice(start, end), line: n++ });
    if (nl < 0) return out;
    start = nl + 1;
  }
}

/** Maps offsets to line numbers with a binary search over line starts. */
export class Locator {
  private readonly starts: number[];
  constructor(text: string, lines?: Line[]) {
    if (lines) { this.starts = lines.map((l) => l.start); return; } // the lines of a text with the same line breaks
    const starts = [0];
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) starts.push(nl + 1);
    this.starts = starts;
  }
  line(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid; else hi = mid - 1;
    }
    return lo + 1;
  }
  span(start: number, end: number): Span {
    return { start, end, line: this.line(start) };
  }
  diag(code: string, message: string, offset: number, severity: Severity = 'warning'): Diagnostic {
    const line = this.line(offset);
    return { code, message, line, column: offset - this.starts[line - 1]! + 1, severity };
  }
}
