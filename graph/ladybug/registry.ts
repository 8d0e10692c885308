// Databases open in this process (the OS file lock only keeps other processes out).
import { StoreError } from '../types.ts';

/**
 * Open databases of this process. The file lock only keeps other processes out; a second read-write Database on
 * the same file inside one process would corrupt it, so it is refused here in the same words.
 */
const opened = new Map<string, { rw: number; ro: number }>();

export function claim(file: string, readOnly: boolean): void {
  const n = opened.get(file) ?? { rw: 0, ro: 0 };
  if (n.rw > 0 || (!readOnly && n.ro > 0)) {
    throw new StoreError('locked', `The database ${file} is in use by another store in this process (is \`policy-graph serve\` ` +
      'running here? Use the API or the open store instead).');
  }
  if (readOnly) n.ro++; else n.rw++;
  opened.set(file, n);
}

export function release(file: string, readOnly: boolean): void {
  const n = opened.get(file);
  if (!n) return;
  if (readOnly) n.ro--; else n.rw--;
  if (n.rw <= 0 && n.ro <= 0) opened.delete(file);
}
