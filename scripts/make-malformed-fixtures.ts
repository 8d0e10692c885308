// Writes tests/fixtures/malformed/*.{txt,html} and manifest.json from scripts/malformed-cases.ts (deterministic).
// Usage: node bin/run-ts.js scripts/make-malformed-fixtures.ts
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { repoRoot, sampleText } from '../tests/support/files.ts';
import { buildCases } from './malformed-cases.ts';

const dir = join(repoRoot, 'tests', 'fixtures', 'malformed');
mkdirSync(dir, { recursive: true });
for (const f of readdirSync(dir)) if (f !== 'README.md') rmSync(join(dir, f));

const cases = buildCases(sampleText());
const names = new Set<string>();
const manifest = cases.map((c) => {
  if (names.has(c.file)) throw new Error(`duplicate fixture name ${c.file}`);
  names.add(c.file);
  writeFileSync(join(dir, c.file), c.bytes);
  const entry: Record<string, unknown> = { file: c.file, category: c.category, note: c.note, expect: c.expect };
  if (c.reason) entry.reason = c.reason;
  if (c.diagnostics) entry.diagnostics = c.diagnostics;
  if (c.diagnosed) entry.diagnosed = true;
  entry.sha256 = createHash('sha256').update(c.bytes).digest('hex');
  return entry;
});
writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
console.log(`wrote ${cases.length} fixtures and manifest.json to ${dir}`);
