// Public surface of bench/: the corpus generator and the measuring pieces `run.ts` (npm run bench) puts together.
export { generateCorpus, generateDocument, type CorpusOptions, type DocumentTruth, type GeneratedDocument } from './corpus.ts';
export type { TruthCitation, TruthMeasure, TruthTarget } from './corpus-body.ts';
export { truthDocument } from './truth-doc.ts';
export { createRng, deriveSeed, type Rng } from './prng.ts';
export { regexScan } from './regex-scan.ts';
export { collectRows, copyCeiling, ddl, type CopyResult, type CopyRows } from './copy-ceiling.ts';
export { parseStage, type ParseFigures } from './parse-stage.ts';
export { loadStage, type LoadFigures } from './load-stage.ts';
export { runLoad, type LoadResult, type LoadSpec } from './http-load.ts';
export { serveAndLoad, type ServeResult } from './serve.ts';
export { questionMix } from './questions.ts';
export { checkTargets, markdown, type BenchReport, type ScaleResult } from './report.ts';
