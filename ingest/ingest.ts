// Inputs → IngestResult: bytes (text / HTML, UTF-8 / GB18030), files, directories.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve as resolvePath } from 'node:path';
import type { IngestResult } from './model.ts';
import { decodeBytes, looksHtml, sniffHtmlCharset } from './decode.ts';
import { htmlToText } from './html.ts';
import { buildDocument, reject, sha256 } from './document.ts';

export interface IngestOptions {
  /** The name to record as the document's source (path or upload name). */
  file?: string | null;
  /** A content type hint ('text/html', 'text/plain'); otherwise sniffed from the bytes and the extension. */
  contentType?: string;
}

/** Decode (UTF-8 / GB18030 / HTML), normalize, parse, extract, resolve and validate one input. Never throws on bad input. */
export function ingestBuffer(bytes: Uint8Array, options: IngestOptions = {}): IngestResult {
  const file = options.file ?? null;
  try {
    const html = looksHtml(bytes, options.contentType, file);
    const headerCharset = /charset=([\w-]+)/i.exec(options.contentType ?? '')?.[1] ?? null;
    const declared = (html ? sniffHtmlCharset(bytes) : null) ?? headerCharset;
    const decoded = decodeBytes(bytes, declared);
    if (!decoded.ok) {
      const code = /empty/.test(decoded.reason) ? 'empty' : /binary/.test(decoded.reason) ? 'binary' : 'undecodable';
      return reject(file, code, decoded.reason);
    }
    const page = html ? htmlToText(decoded.text) : null;
    return buildDocument({
      raw: page ? page.text : decoded.text, file, ...(page ? { hints: page.hints } : {}),
      source: { format: html ? 'html' : 'text', encoding: decoded.encoding, sha256: sha256(bytes) },
    });
  } catch (e) {
    return reject(file, 'internal-error', `could not be processed (${e instanceof Error ? e.message : String(e)})`);
  }
}

/** Read one file and ingest it; a missing or unreadable file is a rejection naming the file. */
export async function ingestFile(path: string): Promise<IngestResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a directory, not a file'
      : code === 'EACCES' ? 'permission denied' : `unreadable (${code ?? String(e)})`;
    return reject(path, 'unreadable-file', why);
  }
  return ingestBuffer(bytes, { file: path });
}

const INPUT_EXT = /\.(txt|html?)$/i;

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) { if (!e.name.startsWith('.') && e.name !== 'node_modules') await walk(p, out); }
    else if (e.isFile() && INPUT_EXT.test(e.name)) out.push(p);
  }
}

/**
 * Expand files and directories (recursively: .txt .htm .html; hidden folders and node_modules skipped) into a
 * sorted list of files; missing paths are reported. A file named explicitly is kept whatever its extension.
 */
export async function expandInputs(paths: string[]): Promise<{ files: string[]; missing: string[] }> {
  const files = new Set<string>();
  const missing: string[] = [];
  for (const p of paths) {
    try {
      const s = await stat(p);
      if (s.isDirectory()) {
        const found: string[] = [];
        await walk(p, found);
        found.forEach((f) => files.add(f));
      } else files.add(p);
    } catch {
      missing.push(p);
    }
  }
  return { files: [...files].sort((a, b) => resolvePath(a).localeCompare(resolvePath(b))), missing };
}
