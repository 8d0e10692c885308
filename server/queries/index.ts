// Named, parameterized read queries used by the routes. Text from users only ever travels in `params`.
export * from './stats.ts';
export * from './agencies.ts';
export * from './measures.ts';
export * from './documents.ts';
export * from './targets.ts';
export * from './graph.ts';
