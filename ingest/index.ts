// Public surface of ingest/: files, buffers or text → validated PolicyDocument (or a rejection with reasons).
// The ingest helper replaces these declarations with the implementation; the signatures are the contract.
import type { IngestResult } from './model.ts';
export * from './model.ts';

export interface IngestOptions {
  /** The name to record as the document's source (path or upload name). */
  file?: string | null;
  /** A content type hint ('text/html', 'text/plain'); otherwise sniffed from the bytes and the extension. */
  contentType?: string;
}

/** Decode (UTF-8 / GB18030 / HTML), normalize, parse, extract, resolve and validate one input. Never throws on bad input. */
export declare function ingestBuffer(bytes: Uint8Array, options?: IngestOptions): IngestResult;
/** Read one file and ingest it; a missing or unreadable file is a rejection naming the file. */
export declare function ingestFile(path: string): Promise<IngestResult>;
/** Expand files and directories (recursively: .txt .htm .html) into a sorted list of files; missing paths are reported. */
export declare function expandInputs(paths: string[]): Promise<{ files: string[]; missing: string[] }>;
