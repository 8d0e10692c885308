// Public surface of ingest/: files, buffers or text → validated PolicyDocument (or a rejection with reasons).
export * from './model.ts';
export { ingestBuffer, ingestFile, expandInputs, type IngestOptions } from './ingest.ts';
export { agencyAliases, knownAgencies, cleanAgencyName } from './agencies.ts';
export { toSimplified, toTraditional } from './chinese.ts';
export { normalizeText } from './normalize.ts';
export { canonicalNumber } from './numbers.ts';
export { titleKey, documentId } from './ids.ts';
