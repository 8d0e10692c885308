// Builds the web app with Vite's build API when web/dist/index.html is missing (fresh clone).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, WEB_DIST } from './static.ts';

export interface WebBuildResult { built: boolean; dist: string | null; reason?: string }

let inFlight: Promise<WebBuildResult> | null = null;

/** Returns the dist folder, building it first if needed; null (with a reason) when it cannot be built. */
export function ensureWebBuilt(log: (line: string) => void = console.log): Promise<WebBuildResult> {
  inFlight ??= build(log).finally(() => { inFlight = null; });
  return inFlight;
}

async function build(log: (line: string) => void): Promise<WebBuildResult> {
  if (existsSync(join(WEB_DIST, 'index.html'))) return { built: false, dist: WEB_DIST };
  const configFile = join(REPO_ROOT, 'web', 'vite.config.ts');
  if (!existsSync(configFile)) return { built: false, dist: null, reason: 'web/vite.config.ts is missing' };
  log('Building the web app (web/dist is missing)…');
  try {
    const vite = await import('vite');
    await vite.build({ configFile, logLevel: 'warn' });
  } catch (err) {
    return { built: false, dist: null, reason: `vite build failed: ${(err as Error).message}` };
  }
  if (!existsSync(join(WEB_DIST, 'index.html'))) return { built: false, dist: null, reason: 'vite build produced no index.html' };
  return { built: true, dist: WEB_DIST };
}
