// Deterministic generator of realistic 分解方案 documents (modeled on seeds/ordos-efufa-2023-58.txt).
// CLI: node bin/run-ts.js bench/corpus.ts --count 1000 --seed 1 --out dir
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { createRng, deriveSeed } from './prng.ts';
import { docHead, type DocHead } from './corpus-head.ts';
import { renderBody, type BodyTruth } from './corpus-body.ts';

export interface DocumentTruth extends BodyTruth {
  number: string; title: string; issuer: string; writtenOn: string; publishedOn: string; traditional: boolean;
}
export interface GeneratedDocument { name: string; text: string; truth: DocumentTruth }
export interface CorpusOptions { count: number; seed: number; /** first index (documents are independent of count) */ start?: number }

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
/** Pinyin the sample's converter inserted after some Traditional characters. */
const PINYIN: Array<[string, string]> = [['發', '發(fā)'], ['區', '區(qū)'], ['業', '業(yè)'], ['創', '創(chuàng)'], ['態', '態(tài)'], ['節', '節(jié)']];

function header(h: DocHead): string {
  const item = (k: string, v: string): string => `  • ${k}\n  • ${v}`;
  return [
    `标题 ${h.title.slice(0, 30)}...`,
    item('索 引 号', h.indexNumber), item('发文字号', h.number), item('成文日期', h.writtenOn),
    item('发文机关', h.issuer), item('公开日期', h.publishedOn),
    '', h.title, '',
    `发布时间:${h.publishedOn} 00:00      作者:      来源:${h.issuer}`, '',
    `各旗区人民政府,市人民政府各部门,各直属单位:`, '',
    `  《${h.plan}》已经市人民政府同意,现印发给你们,请结合实际,认真组织实施。`, '',
    `  ${h.issuer}`, '',
    `  ${h.writtenOn.slice(0, 4)}年${Number(h.writtenOn.slice(5, 7))}月${Number(h.writtenOn.slice(8))}日`, '',
    h.plan, '',
  ].join('\n');
}

/** Document `index` of the corpus seeded with `seed`; it cites only documents with a smaller index. */
export function generateDocument(seed: number, index: number): GeneratedDocument {
  const head = docHead(seed, index);
  const rng = createRng(deriveSeed(seed ^ 0x5bd1e995, index));
  const traditional = rng.chance(0.25);
  const pinyin = traditional && rng.chance(0.5);
  const earlier = (): DocHead | null => (index === 0 ? null : docHead(seed, rng.int(Math.max(0, index - 300), index - 1)));
  const body = renderBody({ rng, head, earlier, malformed: rng.chance(0.08), fullWidth: rng.chance(0.3) });
  let text = header(head) + '\n' + body.text;
  if (traditional) text = toTraditional(text);
  if (pinyin) for (const [from, to] of PINYIN) text = text.replaceAll(from, to);
  const truth: DocumentTruth = {
    ...body.truth, number: head.number, title: head.title, issuer: head.issuer,
    writtenOn: head.writtenOn, publishedOn: head.publishedOn, traditional,
  };
  return { name: `doc-${String(index).padStart(5, '0')}.txt`, text, truth };
}

export function generateCorpus(options: CorpusOptions): GeneratedDocument[] {
  const start = options.start ?? 0;
  return Array.from({ length: options.count }, (_, i) => generateDocument(options.seed, start + i));
}

function parseArgs(argv: string[]): { count: number; seed: number; out: string } {
  const get = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const count = Number(get('count') ?? 100);
  const seed = Number(get('seed') ?? 1);
  const out = get('out');
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed) || !out) {
    throw new Error('usage: node bin/run-ts.js bench/corpus.ts --count <n ≥ 1> --seed <integer> --out <dir>');
  }
  return { count, seed, out: resolve(out) };
}

async function main(): Promise<void> {
  const { count, seed, out } = parseArgs(process.argv.slice(2));
  await mkdir(out, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const doc = generateDocument(seed, i);
    const buf = Buffer.from(doc.text, 'utf8');
    bytes += buf.length;
    await writeFile(join(out, doc.name), buf);
  }
  console.log(`wrote ${count} documents (${(bytes / 1e6).toFixed(1)} MB) to ${out}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(2);
  });
}
