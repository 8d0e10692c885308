import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ingestBuffer, type PolicyDocument } from '../../ingest/index.ts';

export const FIXTURES = fileURLToPath(new URL('../fixtures/ingest/', import.meta.url));
export const SAMPLE = fileURLToPath(new URL('../../seeds/ordos-efufa-2023-58.txt', import.meta.url));

export function fixture(name: string): string {
  return FIXTURES + name;
}

/** Ingest text given inline (UTF-8), expecting a document. */
export function doc(text: string, file: string | null = null): PolicyDocument {
  const r = ingestBuffer(new TextEncoder().encode(text), { file });
  if (!r.ok) throw new Error(`expected a document, got rejection: ${r.reason}`);
  return r.document;
}

export function docFromFile(path: string): PolicyDocument {
  const r = ingestBuffer(readFileSync(path), { file: path.replace(FIXTURES, '') });
  if (!r.ok) throw new Error(`expected a document, got rejection: ${r.reason}`);
  return r.document;
}
