// Hash routes: #/agencies (start), #/ask?q=, #/measures/:id, #/citations, #/targets.
export interface Route { name: string; params: string[]; query: URLSearchParams }

const patterns: [string, RegExp][] = [
  ['agencies', /^\/agencies\/?$/],
  ['ask', /^\/ask\/?$/],
  ['measure', /^\/measures\/(.+)$/],
  ['citations', /^\/citations\/?$/],
  ['targets', /^\/targets\/?$/],
];

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/agencies';
  const q = raw.indexOf('?');
  const path = q >= 0 ? raw.slice(0, q) : raw;
  const query = new URLSearchParams(q >= 0 ? raw.slice(q + 1) : '');
  for (const [name, re] of patterns) {
    const m = re.exec(path);
    if (m) {
      const params = m.slice(1).map((p) => { try { return decodeURIComponent(p); } catch { return p; } });
      return { name, params, query };
    }
  }
  return { name: 'not-found', params: [path], query };
}

export function startRouter(onRoute: (route: Route) => void): void {
  const go = () => onRoute(parseHash(location.hash));
  window.addEventListener('hashchange', go);
  go();
}
