// Parse throughput through the real ingest, beside a single-pass regex scan of the same bytes (the ceiling).
import { ingestBuffer, type PolicyDocument } from '../ingest/index.ts';
import { fastest, mb, timed } from './measure.ts';
import { regexScan } from './regex-scan.ts';

export interface Input { name: string; bytes: Uint8Array }

export interface ParseFigures {
  documents: number; bytes: number; rejected: number; rejections: string[];
  seconds: number; mbPerSecond: number; ceilingSeconds: number; ceilingMbPerSecond: number; ratio: number;
}

export async function parseStage(inputs: Input[]): Promise<{ figures: ParseFigures; docs: PolicyDocument[] }> {
  const bytes = inputs.reduce((s, d) => s + d.bytes.length, 0);
  const parse = await timed(() => inputs.map((d) => ingestBuffer(d.bytes, { file: d.name, contentType: 'text/plain' })));
  const scan = await fastest(3, () => inputs.reduce((s, d) => s + regexScan(d.bytes), 0));
  const docs: PolicyDocument[] = [];
  const rejections: string[] = [];
  for (const r of parse.value) {
    if (r.ok) docs.push(r.document);
    else rejections.push(`${r.file ?? '?'}: ${r.reason}`);
  }
  const mbPerSecond = mb(bytes) / parse.seconds;
  const ceilingMbPerSecond = mb(bytes) / scan.seconds;
  return {
    docs,
    figures: {
      documents: inputs.length, bytes, rejected: rejections.length, rejections: rejections.slice(0, 5),
      seconds: parse.seconds, mbPerSecond, ceilingSeconds: scan.seconds, ceilingMbPerSecond, ratio: mbPerSecond / ceilingMbPerSecond,
    },
  };
}
