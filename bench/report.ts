// Results → target checks and a Markdown table (one column per corpus size).
import type { LoadFigures } from './load-stage.ts';
import type { ParseFigures } from './parse-stage.ts';
import type { ServeResult } from './serve.ts';
import type { LoadResult } from './http-load.ts';

export interface ScaleResult { documents: number; parse: ParseFigures; load: LoadFigures; serve: ServeResult | null }
export interface Machine { nproc: number; memGb: number; cpu: string; node: string; platform: string }
export interface BenchReport { date: string; mode: 'quick' | 'full'; seed: number; machine: Machine; scales: ScaleResult[]; targets: TargetCheck[] }
export interface TargetCheck { target: string; value: string; met: boolean | null }

const f = (x: number | undefined, d = 1): string => (x === undefined || !Number.isFinite(x) ? '–' : x.toFixed(d));
const pct = (x: number | undefined): string => (x === undefined || !Number.isFinite(x) ? '–' : `${(x * 100).toFixed(1)}%`);
const route = (s: ScaleResult, name: string): LoadResult | undefined => s.serve?.loads.find((l) => l.name === name);

export function checkTargets(scales: ScaleResult[]): TargetCheck[] {
  const last = scales.at(-1);
  if (!last) return [];
  const ingest = last.parse.seconds + last.load.seconds;
  const at10k = (ingest / last.documents) * 10_000;
  const ask = route(last, 'ask');
  const graph = route(last, 'agency graph');
  const n = last.documents;
  return [
    { target: '10,000 documents ingested < 5 min', met: at10k < 300,
      value: n >= 10_000 ? `${f(ingest, 0)} s` : `${f(at10k, 0)} s (linear from ${n}; growth is not linear, see load)` },
    { target: 'parse ≥ 25% of the regex-scan ceiling', value: pct(last.parse.ratio), met: last.parse.ratio >= 0.25 },
    { target: 'load ≥ 30% of the COPY ceiling', value: pct(last.load.ratio), met: last.load.ratio >= 0.3 },
    { target: `POST /api/ask p99 < 50 ms (20 clients, ${n} docs)`, value: ask ? `${ask.p99} ms` : 'not run', met: ask ? ask.p99 < 50 : null },
    { target: `agency graph p99 < 100 ms (20 clients, ${n} docs)`, value: graph ? `${graph.p99} ms` : 'not run', met: graph ? graph.p99 < 100 : null },
    { target: 'server memory < 1.5 GB', value: last.serve ? `${f(last.serve.peakRssMb, 0)} MB peak RSS` : 'not run', met: last.serve ? last.serve.peakRssMb < 1536 : null },
  ];
}

export function markdown(report: BenchReport): string {
  const cols = report.scales;
  const row = (label: string, cell: (s: ScaleResult) => string): string => `| ${label} | ${cols.map(cell).join(' | ')} |`;
  const lat = (name: string) => (s: ScaleResult): string => {
    const r = route(s, name);
    return r ? `${r.p50} / ${r.p99} ms, ${f(r.rps, 0)} req/s${r.non2xx || r.errors ? ` (${r.non2xx} non-2xx, ${r.errors} errors)` : ''}` : '–';
  };
  const ratio = (name: string, ceiling: string) => (s: ScaleResult): string => {
    const a = route(s, name);
    const c = route(s, ceiling);
    return a && c ? `${pct(a.rps / c.rps)} of req/s, p99 ×${f(a.p99 / Math.max(c.p99, 1), 1)}` : '–';
  };
  const lines = [
    `| figure | ${cols.map((s) => `${s.documents} docs`).join(' | ')} |`,
    `|---|${cols.map(() => '---').join('|')}|`,
    row('corpus size', (s) => `${f(s.parse.bytes / 1e6, 1)} MB, ${s.parse.rejected} rejected`),
    row('parse (ingestBuffer)', (s) => `${f(s.parse.mbPerSecond, 2)} MB/s (${f(s.parse.seconds, 1)} s)`),
    row('regex-scan ceiling', (s) => `${f(s.parse.ceilingMbPerSecond, 1)} MB/s`),
    row('**parse / ceiling**', (s) => `**${pct(s.parse.ratio)}**`),
    row('load (store.loadDocument)', (s) => `${f(s.load.docsPerSecond, 1)} docs/s, ${f(s.load.rowsPerSecond, 0)} rows/s (${f(s.load.seconds, 1)} s)`),
    row('load: first → last tenth', (s) => `${f(s.load.firstTenthSeconds, 2)} s → ${f(s.load.lastTenthSeconds, 2)} s`),
    row('store rows (nodes + rels)', (s) => `${s.load.nodes} + ${s.load.relationships}`),
    row('COPY ceiling', (s) => `${f(s.load.copy.rowsPerSecond, 0)} rows/s (${f(s.load.copy.copySeconds, 2)} s; ${s.load.copy.nodes} + ${s.load.copy.relationships})`),
    row('**load / COPY**', (s) => `**${pct(s.load.ratio)}**`),
    row('ingest total (parse + load)', (s) => `${f(s.parse.seconds + s.load.seconds, 1)} s`),
    row('server startup', (s) => (s.serve ? `${f(s.serve.startupMs, 0)} ms` : '–')),
    row('ping ceiling p50 / p99', lat('ping')),
    row('POST /api/ask p50 / p99', lat('ask')),
    row('**ask vs ping**', ratio('ask', 'ping')),
    row('GET /api/graph/agencies p50 / p99', lat('agency graph')),
    row('**agency graph vs ping**', ratio('agency graph', 'ping')),
    row('server peak RSS', (s) => (s.serve ? `${f(s.serve.peakRssMb, 0)} MB` : '–')),
  ];
  const targets = report.targets.map((t) => `| ${t.target} | ${t.value} | ${t.met === null ? 'not measured' : t.met ? 'met' : '**missed**'} |`);
  return [
    `Bench ${report.date} (${report.mode}, seed ${report.seed}) on ${report.machine.nproc} × ${report.machine.cpu}, ` +
      `${report.machine.memGb} GB RAM, Node ${report.machine.node}`,
    '', ...lines, '', '| target | value | status |', '|---|---|---|', ...targets,
  ].join('\n');
}
