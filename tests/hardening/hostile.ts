// The hostile inputs (tests/fixtures/hostile.json) and a document with prompt-injection text planted in it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestBuffer } from '../../ingest/index.ts';
import type { PolicyDocument } from '../../ingest/model.ts';
import { miniDoc } from '../../scripts/malformed-cases.ts';
import type { GraphStore } from '../../graph/types.ts';
import { exportHash, loadSample, openTempStore, repoRoot, utf8 } from '../support/index.ts';

export interface HostileCypher { id: string; cypher: string; guard: 'refuse' | 'any'; why: string }
export interface Hostile { cypher: HostileCypher[]; questions: Array<{ id: string; question: string }>; planted: Array<{ id: string; text: string }> }

export const hostile = JSON.parse(readFileSync(join(repoRoot, 'tests', 'fixtures', 'hostile.json'), 'utf8')) as Hostile;

const planted = (id: string): string => {
  const p = hostile.planted.find((x) => x.id === id);
  if (!p) throw new Error(`no planted text ${id}`);
  return p.text;
};

/** A document of the genre whose measure and action texts, an agency name and a cited title carry injection text. */
export function plantedDocument(): PolicyDocument {
  const text = miniDoc()
    .replace('某府发〔2024〕1号', '某府发〔2024〕66号')
    .replace('(一)建设创新平台,', `(一)建设创新平台,${planted('action-text')},`)
    .replace('1.制定《创新平台建设实施方案》。(市科学技术局)', `1.${planted('action-text')}。(市科学技术局)`)
    .replace('2.到2025年建成10个创新平台。(市财政局)', `2.到2025年建成10个创新平台。(${planted('agency-name')})`)
    .replace('《国务院关于同意某某市建设示范区的批复》', planted('title'));
  const r = ingestBuffer(utf8(text), { file: 'planted.txt' });
  if (!r.ok) throw new Error(`planted document rejected: ${r.reason}`);
  return r.document;
}

/** A temp store holding the sample and the planted document, with its export hash before any hostile input. */
export async function openHostileStore(): Promise<{ store: GraphStore; db: string; before: string }> {
  const { store, db } = await openTempStore();
  await loadSample(store);
  await store.loadDocument(plantedDocument());
  return { store, db, before: await exportHash(store) };
}

/** Text that must never reach a user: stack frames, engine internals, lock messages. */
export const LEAK = /\n\s+at |node:internal|\.[cm]?[jt]s:\d+|\block(ed)?\b|lbug_native|\.node\b|IO exception/i;
