// Shared test helpers (public surface). Stable: other suites import these.
//   tempDir(), removeDir(), sampleBytes(), sampleText(), samplePath, repoRoot, utf8()
//   openTempStore() → {store, db}; sampleDocument(); loadSample(store)
//   snapshotStore(store), exportHash(store), storeCounts(store), documentCounts(snapshot, documentId)
//   runCli(args, {env, timeoutMs}), spawnCli(args, env), collect(child), cliEnv(extra), cliPath
//   mulberry32(seed) — a small deterministic PRNG for fixtures and fuzz loops
export * from './files.ts';
export * from './store.ts';
export * from './cli.ts';
export * from './random.ts';
