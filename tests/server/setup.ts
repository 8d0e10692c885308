// Shared setup for server tests: a real LadybugDB store on a temp dir, loaded with the sample, and createApp over it.
import type { Application } from 'express';
import { createApp, type AppOptions } from '../../server/index.ts';
import type { GraphStore } from '../../graph/types.ts';
import type { PolicyDocument } from '../../ingest/model.ts';
import { loadSample, openTempStore } from '../support/index.ts';

export interface Fixture { app: Application; store: GraphStore; doc: PolicyDocument; db: string }

export async function sampleApp(options: Omit<AppOptions, 'store'> = {}): Promise<Fixture> {
  const { store, db } = await openTempStore();
  const doc = await loadSample(store);
  const app = createApp({ webDist: false, log: () => undefined, ...options, store });
  return { app, store, doc, db };
}

export const enc = encodeURIComponent;
/** Simplified id of the sample's science and technology bureau. */
export const SCI = '市科学技术局';
