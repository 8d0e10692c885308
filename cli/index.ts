// Public surface of cli/: the program (for embedding and tests) and the ingest runner.
export { buildProgram } from './program.ts';
export { ingestAll, formatSummary, type IngestSummary, type IngestApi } from './ingest.ts';
export { CliError, describeError } from './errors.ts';
