// Temp directories and the sample document, for tests and scripts.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the repository root. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Absolute path of the sample document (鄂府發〔2023〕58號, Traditional, with pinyin annotations). */
export const samplePath = join(repoRoot, 'seeds', 'ordos-efufa-2023-58.txt');

const created = new Set<string>();
let hooked = false;
const MARK = /^pg-.*-p(\d+)-[A-Za-z0-9]{6}$/;

function alive(pid: number): boolean {
  try { process.kill(pid, 0); return true; } catch (e) { return (e as NodeJS.ErrnoException).code === 'EPERM'; }
}

/** Remove temp dirs left by test processes that are gone (vitest ends its workers without running 'exit' hooks). */
function sweep(): void {
  let names: string[] = [];
  try { names = readdirSync(tmpdir()); } catch { return; }
  for (const name of names) {
    const pid = Number(MARK.exec(name)?.[1] ?? NaN);
    if (Number.isInteger(pid) && pid !== process.pid && !alive(pid)) rmSync(join(tmpdir(), name), { recursive: true, force: true });
  }
}

/**
 * A fresh empty directory under the OS temp dir, named `<prefix>p<pid>-XXXXXX`; removed when the process exits, by
 * `removeDir`, or — if the process is killed — by the next process that calls `tempDir` (stale dirs are swept).
 */
export function tempDir(prefix = 'pg-test-'): string {
  if (!hooked) {
    hooked = true;
    sweep();
    process.once('exit', () => { for (const d of created) rmSync(d, { recursive: true, force: true }); });
  }
  const base = (prefix.startsWith('pg-') ? prefix : `pg-${prefix}`).replace(/-?$/, '-');
  const dir = mkdtempSync(join(tmpdir(), `${base}p${process.pid}-`));
  created.add(dir);
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
