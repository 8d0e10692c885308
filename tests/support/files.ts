// Temp directories and the sample document, for tests and scripts.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the repository root. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Absolute path of the sample document (鄂府發〔2023〕58號, Traditional, with pinyin annotations). */
export const samplePath = join(repoRoot, 'seeds', 'ordos-efufa-2023-58.txt');

const created = new Set<string>();
let hooked = false;

/** A fresh empty directory under the OS temp dir; removed when the process exits (or earlier by `removeDir`). */
export function tempDir(prefix = 'pg-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.add(dir);
  if (!hooked) {
    hooked = true;
    process.once('exit', () => { for (const d of created) rmSync(d, { recursive: true, force: true }); });
  }
  return dir;
}

/** Remove a directory made by `tempDir` now. */
export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  created.delete(dir);
}

/** The sample document's raw bytes (a fresh copy each call). */
export function sampleBytes(): Uint8Array {
  return new Uint8Array(readFileSync(samplePath));
}

/** The sample document as a string (UTF-8). */
export function sampleText(): string {
  return readFileSync(samplePath, 'utf8');
}

/** Encode a string as UTF-8 bytes. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
