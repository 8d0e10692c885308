// Results → target checks and a Markdown table (one column per corpus size).
import type { LoadFigures } from './load-stage.ts';
import type { ParseFigures } from './parse-stage.ts';
import type { ServeResult } from './serve.ts';
import type { LoadResult } from './http-load.ts';

export interface ScaleResult {
  documents: number; parse: ParseFigures; load: LoadFigures; serve: ServeResult | null;
  /** Which store the server ran on: the loader's, or (when the load ran out of budget) a COPY of the same rows. */
  servedFrom: 'loader' | 'copy'; error?: string;
}
export interface Machine {
  nproc: number; memGb: number; cpu: string; node: string; platform: string;
  /** 1/5/15-minute load averages at the start (and end) of the run: other work on the machine skews absolute figures. */
  loadAverage: number[]; loadAverageEnd?: number[];
}
export interface BenchReport { date: string; mode: 'quick' | 'full'; seed: number; machine: Machine; scales: ScaleResult[]; targets: TargetCheck[] }
export interface TargetCheck { target: string; value: string; met: boolean | null }

const f = (x: number | undefined, d = 1): string => (x === undefined || !Number.isFinite(x) ? '–' : x.toFixed(d));
const pct = (x: number | undefined): string => (x === undefined || !Number.isFinite(x) ? '–' : `${(x * 100).toFixed(1)}%`);
const route = (s: ScaleResult, name: string): (LoadResult & { singleMs: number; cut?: boolean; coldMs?: number[] }) | undefined => s.serve?.loads.find((l) => l.name === name);

export function checkTargets(scales: ScaleResult[]): TargetCheck[] {
  const last = scales.at(-1);
  if (!last) return [];
  // per-document load cost at the end of the run (it grows with the store), extrapolated to 10,000 when not measured
  const loadAt10k = last.load.seconds + (10_000 - last.load.loaded) * (last.load.lastTenthMsPerDoc / 1000);
  const at10k = (last.parse.seconds / last.documents) * 10_000 + loadAt10k;
  const measured = last.documents >= 10_000 && !last.load.partial;
  const ask = route(last, 'ask');
  const graph = route(last, 'agency graph');
  const n = last.documents;
  return [
    { target: '10,000 documents ingested < 5 min', met: at10k < 300,
      value: measured ? `${f(at10k, 0)} s` : `≥ ${f(at10k, 0)} s (extrapolated at the last measured ms/doc; a lower bound when cost grows)` },
    { target: 'parse ≥ 25% of the regex-scan ceiling', value: pct(last.parse.ratio), met: last.parse.ratio >= 0.25 },
    { target: 'load ≥ 30% of the COPY ceiling',
      value: last.load.partial ? `${pct(last.load.ratio)} over the first ${last.load.loaded} docs; ≤ ${pct(last.load.projectedRatio)} for all ${n}` : pct(last.load.ratio),
      met: Math.min(last.load.ratio, last.load.projectedRatio) >= 0.3 },
    { target: `POST /api/ask p99 < 50 ms (20 clients, ${n} docs)`, value: ask ? `${ask.cut ? '> ' : ''}${ask.p99} ms` : 'not run', met: ask ? ask.p99 < 50 : null },
    { target: `agency graph p99 < 100 ms (20 clients, ${n} docs)`, value: graph ? `${graph.cut ? '> ' : ''}${graph.p99} ms` : 'not run', met: graph ? graph.p99 < 100 : null },
    { target: 'server memory < 1.5 GB', value: last.serve ? `${f(last.serve.peakRssMb, 0)} MB peak RSS` : 'not run', met: last.serve ? last.serve.peakRssMb < 1536 : null },
  ];
}

export function markdown(report: BenchReport): string {
  const cols = report.scales;
  const row = (label: string, cell: (s: ScaleResult) => string): string => `| ${label} | ${cols.map(cell).join(' | ')} |`;
  const lat = (name: string) => (s: ScaleResult): string => {
    const r = route(s, name);
    if (!r) return '–';
    if (r.seconds === 0) return `one request alone takes ${r.cut ? '> ' : ''}${r.singleMs} ms${r.non2xx ? ' and fails (non-2xx)' : ''}: not loaded`;
    if (r.saturated) return `no response within ${f(r.seconds, 0)} s at ${r.connections} clients (alone ${r.singleMs} ms)`;
    return `${r.p50} / ${r.p99} ms, ${f(r.rps, 0)} req/s (alone ${r.singleMs} ms)${r.non2xx || r.errors ? `, ${r.non2xx} non-2xx, ${r.errors} errors` : ''}`;
  };
  const ratio = (name: string, ceiling: string) => (s: ScaleResult): string => {
    const a = route(s, name);
    const c = route(s, ceiling);
    return a && c ? `${pct(a.rps / c.rps)} of req/s, p99 ×${f(a.p99 / Math.max(c.p99, 1), 1)}` : '–';
  };
  const cold = (name: string) => (s: ScaleResult): string => {
    const ms = [...(route(s, name)?.coldMs ?? [])].sort((a, b) => a - b);
    return ms.length ? `${ms[Math.floor((ms.length - 1) / 2)]} / ${ms.at(-1)} ms over ${ms.length} questions` : '–';
  };
  const lines = [
    `| figure | ${cols.map((s) => `${s.documents} docs`).join(' | ')} |`,
    `|---|${cols.map(() => '---').join('|')}|`,
    row('corpus size', (s) => `${f(s.parse.bytes / 1e6, 1)} MB, ${s.parse.rejected} rejected`),
    row('parse (ingestBuffer)', (s) => `${f(s.parse.mbPerSecond, 2)} MB/s (${f(s.parse.seconds, 1)} s)`),
    row('regex-scan ceiling', (s) => `${f(s.parse.ceilingMbPerSecond, 1)} MB/s`),
    row('**parse / ceiling**', (s) => `**${pct(s.parse.ratio)}**`),
    row('load (store.loadDocument)', (s) => `${f(s.load.docsPerSecond, 1)} docs/s, ${f(s.load.rowsPerSecond, 0)} rows/s (${s.load.loaded}${s.load.partial ? ` of ${s.load.documents}, budget hit` : ''} in ${f(s.load.seconds, 1)} s)${s.load.error ? `; stopped by an error: ${s.load.error.slice(0, 120)}` : ''}`),
    row('load ms/doc: first → last tenth', (s) => `${f(s.load.firstTenthMsPerDoc, 0)} → ${f(s.load.lastTenthMsPerDoc, 0)} ms`),
    row('store rows (nodes + rels)', (s) => `${s.load.nodes} + ${s.load.relationships}`),
    row('COPY ceiling (all documents)', (s) => `${f(s.load.copy.rowsPerSecond, 0)} rows/s (${f(s.load.copy.copySeconds, 2)} s; ${s.load.copy.nodes} + ${s.load.copy.relationships})`),
    row('**load / COPY**', (s) => `**${pct(s.load.ratio)}**${s.load.partial ? ` (all docs, projected: ≤ ${pct(s.load.projectedRatio)})` : ''}`),
    row('ingest total (parse + load)', (s) => `${s.load.partial ? '≥ ' : ''}${f(s.parse.seconds + s.load.projectedSeconds, 1)} s`),
    row('server store / startup + ask warm-up', (s) => (s.serve ? `${s.servedFrom === 'copy' ? 'COPY-built' : 'loader-built'}, ${f(s.serve.startupMs, 0)} ms + ${f(s.serve.warmMs, 0)} ms` : s.error ?? '–')),
    row('ping ceiling p50 / p99', lat('ping')),
    row('POST /api/ask p50 / p99', lat('ask')),
    row('ask, each question once alone (cold): median / max', cold('ask')),
    row('**ask vs ping**', ratio('ask', 'ping')),
    row('GET /api/graph/agencies p50 / p99', lat('agency graph')),
    row('**agency graph vs ping**', ratio('agency graph', 'ping')),
    row('server peak RSS', (s) => (s.serve ? `${f(s.serve.peakRssMb, 0)} MB` : '–')),
  ];
  const targets = report.targets.map((t) => `| ${t.target} | ${t.value} | ${t.met === null ? 'not measured' : t.met ? 'met' : '**missed**'} |`);
  return [
    `Bench ${report.date} (${report.mode}, seed ${report.seed}) on ${report.machine.nproc} × ${report.machine.cpu}, ` +
      `${report.machine.memGb} GB RAM, Node ${report.machine.node}, load average ${report.machine.loadAverage.join(' ')}` +
      (report.machine.loadAverageEnd ? ` → ${report.machine.loadAverageEnd.join(' ')}` : ''),
    '', ...lines, '', '| target | value | status |', '|---|---|---|', ...targets,
  ].join('\n');
}
