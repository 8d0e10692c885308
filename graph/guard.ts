// The read-only allow-list: every readOnly run and every LLM-written query passes through `checkReadOnly`.
import { StoreError } from './types.ts';

/** Words that may never appear as keywords in a read-only query. */
const FORBIDDEN = new Set([
  'CREATE', 'MERGE', 'SET', 'DELETE', 'DETACH', 'REMOVE', 'DROP', 'ALTER', 'LOAD', 'COPY', 'CALL', 'INSTALL',
  'ATTACH', 'IMPORT', 'EXPORT', 'CHECKPOINT', 'BEGIN', 'COMMIT', 'ROLLBACK', 'USE', 'FOREACH',
  'TRANSACTION', 'GRANT', 'REVOKE', 'DENY', 'INSERT',
]);
const STARTS = new Set(['MATCH', 'OPTIONAL', 'WITH', 'UNWIND', 'RETURN']);
/** Upper bound allowed on variable-length relationship patterns. */
export const MAX_PATH_LENGTH = 6;
/** Largest literal range(a, b) allowed. */
export const MAX_RANGE = 100_000;

export interface GuardVerdict { ok: boolean; code?: 'read-only-violation' | 'multi-statement'; reason?: string }

/** Replace string literals, backtick identifiers and comments by neutral placeholders (same statement structure). */
export function maskCypher(input: string): string {
  let out = '';
  let i = 0;
  while (i < input.length) {
    const ch = input[i]!;
    const next = input[i + 1];
    if (ch === '/' && next === '/') {
      while (i < input.length && input[i] !== '\n') i++;
      out += ' ';
    } else if (ch === '/' && next === '*') {
      const end = input.indexOf('*/', i + 2);
      if (end < 0) throw new SyntaxError('unterminated comment');
      i = end + 2;
      out += ' ';
    } else if (ch === "'" || ch === '"' || ch === '`') {
      let j = i + 1;
      for (; j < input.length; j++) {
        if (input[j] === '\\' && ch !== '`') { j++; continue; }
        if (input[j] === ch) {
          if (input[j + 1] === ch) { j++; continue; }   // doubled quote escapes itself
          break;
        }
      }
      if (j >= input.length) throw new SyntaxError('unterminated string or identifier');
      out += ch === '`' ? ' _ident_ ' : " '' ";
      i = j + 1;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

/** Check the upper bound of every variable-length relationship pattern `-[…*…]-`. */
function checkPathBounds(masked: string): string | null {
  const relPattern = /\[([^\[\]]*)\]/g;
  for (const m of masked.matchAll(relPattern)) {
    const body = m[1]!;
    const star = body.indexOf('*');
    if (star < 0) continue;
    const before = masked.slice(0, m.index).trimEnd();
    if (!before.endsWith('-') && !before.endsWith('<')) continue;   // a list, not a relationship
    let rest = body.slice(star + 1).trim();
    rest = rest.replace(/^(?:ALL\s+)?(?:SHORTEST|WSHORTEST\s*\([^)]*\)|ASP|TRAIL|ACYCLIC|WALK)\s*/i, '');
    const bounds = /^(\d+)?\s*(\.\.\s*(\d+)?)?/.exec(rest)!;
    const [, low, range, high] = bounds;
    if (!low && !range) return 'a variable-length path needs an upper bound (e.g. *1..3)';
    const upper = range ? high : low;
    if (upper === undefined) return 'a variable-length path needs an upper bound (e.g. *1..3)';
    if (Number(upper) > MAX_PATH_LENGTH) return `variable-length paths are limited to ${MAX_PATH_LENGTH} hops`;
  }
  return null;
}

/** Decide whether `cypher` is exactly one read-only statement. Never throws. */
export function inspectReadOnly(cypher: string): GuardVerdict {
  const refuse = (reason: string, code: GuardVerdict['code'] = 'read-only-violation'): GuardVerdict => ({ ok: false, code, reason });
  let masked: string;
  try {
    masked = maskCypher(cypher.normalize('NFKC'));
  } catch (e) {
    return refuse(`the query is malformed: ${(e as Error).message}`);
  }
  const semi = masked.indexOf(';');
  if (semi >= 0 && masked.slice(semi + 1).trim() !== '') return refuse('only one statement is allowed', 'multi-statement');
  const body = semi >= 0 ? masked.slice(0, semi) : masked;
  if (body.trim() === '') return refuse('the query is empty');
  const words = [...body.matchAll(/[\p{L}_][\p{L}\p{N}_]*/gu)];
  const first = words[0]?.[0].toUpperCase();
  if (!first || !STARTS.has(first) || body.trimStart()[0]!.toUpperCase() !== first[0]) {
    return refuse('a read-only query must start with MATCH, OPTIONAL MATCH, WITH, UNWIND or RETURN');
  }
  for (const w of words) {
    const prev = body.slice(0, w.index).trimEnd().slice(-1);
    if (prev === '.' || prev === '$' || prev === ':') continue;   // property, parameter or label/type name
    const word = w[0].toUpperCase();
    if (FORBIDDEN.has(word)) return refuse(`${word} is not allowed in a read-only query`);
  }
  if (/[\p{L}_][\p{L}\p{N}_]*\s*\.\s*[\p{L}_][\p{L}\p{N}_.]*\s*\(/u.test(body)) {
    return refuse('namespaced procedures and functions are not allowed in a read-only query');
  }
  // a huge literal range is materialized at once and cannot be interrupted by the query timeout
  for (const m of body.matchAll(/\brange\s*\(\s*(-?\d+)\s*,\s*(-?\d+)/gi)) {
    if (Math.abs(Number(m[2]) - Number(m[1])) > MAX_RANGE) return refuse(`range() is limited to ${MAX_RANGE} values`);
  }
  const bound = checkPathBounds(body);
  if (bound) return refuse(bound);
  return { ok: true };
}

/** Throw StoreError('read-only-violation' | 'multi-statement') unless the query is one read-only statement. */
export function checkReadOnly(cypher: string): void {
  const verdict = inspectReadOnly(cypher);
  if (!verdict.ok) throw new StoreError(verdict.code ?? 'read-only-violation', `Query refused: ${verdict.reason}.`);
}

/** For write-capable runs: refuse more than one statement (a connection would run them all). */
export function checkSingleStatement(cypher: string): void {
  let masked: string;
  try { masked = maskCypher(cypher); } catch { return; }   // let the engine report the syntax error
  const semi = masked.indexOf(';');
  if (semi >= 0 && masked.slice(semi + 1).trim() !== '') {
    throw new StoreError('multi-statement', 'Query refused: only one statement is allowed.');
  }
}
