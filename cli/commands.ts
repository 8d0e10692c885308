// The read and maintenance commands: export, stats, remove, ask, serve.
import { writeFile } from 'node:fs/promises';
import { exportGraphml, exportJson, stats, type GraphStore } from '../graph/index.ts';
import { CliError } from './errors.ts';
import { openForRead, openForWrite, withStore } from './store.ts';

const print = (text: string): void => void process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);

export async function exportCommand(db: string, format: string, out: string | undefined): Promise<void> {
  if (format !== 'json' && format !== 'graphml') throw new CliError(`unknown format "${format}": use json or graphml`, 2);
  const text = await withStore(openForRead(db), async (s) =>
    format === 'json' ? `${JSON.stringify(await exportJson(s), null, 2)}\n` : exportGraphml(s));
  if (out) {
    await writeFile(out, text, 'utf8');
    process.stderr.write(`Wrote ${format} export to ${out}\n`);
  } else {
    print(text);
  }
}

export async function statsCommand(db: string, json: boolean): Promise<void> {
  const counts = await withStore(openForRead(db), (s) => stats(s));
  if (json) return print(JSON.stringify(counts, null, 2));
  const width = Math.max(...Object.keys(counts).map((k) => k.length));
  print(Object.entries(counts).map(([k, n]) => `${k.padEnd(width)}  ${n}`).join('\n'));
}

/** Accept the id, the 发文字号 or the exact title of an ingested document. */
async function resolveDocument(store: GraphStore, key: string): Promise<string[]> {
  const rows = await store.run({
    cypher: 'MATCH (d:Document) WHERE d.ingested = true AND (d.id = $key OR d.number = $key OR d.title = $key) RETURN d.id AS id',
    params: { key },
  }, { readOnly: true });
  return rows.map((r) => String(r.id)).sort();
}

export async function removeCommand(db: string, key: string): Promise<void> {
  await withStore(openForWrite(db), async (s) => {
    const ids = await resolveDocument(s, key);
    if (ids.length === 0) throw new CliError(`no ingested document "${key}" (list them with policy-graph export or GET /api/documents)`);
    if (ids.length > 1) throw new CliError(`"${key}" matches several documents: ${ids.join(', ')}; give the id`);
    await s.removeDocument(ids[0]!);
    print(`Removed ${ids[0]!}.`);
  });
}

type AnswerQuestion = (store: GraphStore, question: string) => Promise<unknown>;

export async function askCommand(db: string, question: string, json: boolean): Promise<void> {
  if (!question.trim()) throw new CliError('the question is empty', 2);
  const spec = '../server/ask/index.ts';
  const mod = (await import(spec).catch(() => ({}))) as { answerQuestion?: AnswerQuestion };
  if (typeof mod.answerQuestion !== 'function') throw new CliError('the question engine (server/ask) is not available in this build');
  const answer = await withStore(openForRead(db), (s) => mod.answerQuestion!(s, question));
  if (json) return print(JSON.stringify(answer, null, 2));
  const a = (answer ?? {}) as { answer?: unknown; columns?: unknown; rows?: unknown };
  print(typeof a.answer === 'string' ? a.answer : JSON.stringify(answer, null, 2));
  if (Array.isArray(a.rows) && a.rows.length > 0 && Array.isArray(a.columns)) {
    const cols = a.columns.map(String);
    const cell = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));
    print(['', cols.join('\t'), ...a.rows.slice(0, 50).map((r) => cols.map((c) => cell((r as Record<string, unknown>)[c])).join('\t'))].join('\n'));
    if (a.rows.length > 50) print(`… ${a.rows.length - 50} more row(s) (use --json)`);
  }
}

export async function serveCommand(db: string, port: number | undefined, host: string | undefined): Promise<void> {
  const { startServer } = await import('../server/index.ts');
  await startServer({ db, port, host });
}
