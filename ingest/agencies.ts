// Canonical agencies: one id per real body (Simplified full name), with aliases (繁体, abbreviations, without 市, English).
import type { Agency } from './model.ts';
import { toSimplified, toTraditional } from './chinese.ts';
import { foldWidth } from './normalize.ts';
import { AGENCY_TYPOS, KNOWN_AGENCIES, type KnownAgency } from './agency-data.ts';
import { memoize } from './memo.ts';

const byForm = new Map<string, KnownAgency>();
for (const k of KNOWN_AGENCIES) {
  for (const f of [k.name, ...k.abbr]) byForm.set(f, k);
  byForm.set(k.en.toLowerCase(), k);
  byForm.set(`municipal ${k.en.toLowerCase()}`, k);
}
const NATIONAL_TAX = /^国家税务总局(.+?[市州盟])税务局$/;

/** Simplified, width-folded, no spaces, trailing 等 dropped (English names: single spaces). */
export const cleanAgencyName: (raw: string) => string = memoize(20_000, computeClean);

function computeClean(raw: string): string {
  const s = toSimplified(foldWidth(raw)).trim();
  if (/^[A-Za-z][A-Za-z\s,.'&-]*$/.test(s)) return s.replace(/\s+/g, ' ');
  return s.replace(/\s+/g, '').replace(/(等|等单位|等部门)$/, '');
}

function known(s: string): { k: KnownAgency; prefixed: boolean } | null {
  const lower = s.toLowerCase();
  const hit = byForm.get(lower);
  if (hit && /^[a-z]/.test(lower)) return { k: hit, prefixed: true }; // English names are the city bodies
  if (s.startsWith('市')) {
    const k = byForm.get(s.slice(1));
    if (k) return { k, prefixed: true };
  }
  return hit ? { k: hit, prefixed: false } : null;
}

function uniq(xs: string[], except: string): string[] {
  return [...new Set(xs.filter((x) => x && x !== except))];
}

/** id → the agency entry its aliases were computed for, and them (ids are few: 182 in 1,000 generated documents). */
const aliasCache = new Map<string, { k: KnownAgency | null; aliases: string[] }>();

/** Every form that should find agency `id` (besides the id itself); cached, ids repeat across documents. */
function aliasesOf(id: string, k: KnownAgency | null): string[] {
  let entry = aliasCache.get(id);
  if (!entry || entry.k !== k) {
    if (aliasCache.size > 5000) aliasCache.clear();
    entry = { k, aliases: computeAliases(id, k) };
    aliasCache.set(id, entry);
  }
  return [...entry.aliases];
}

function computeAliases(id: string, k: KnownAgency | null): string[] {
  const forms = [id];
  const prefix = id.startsWith('市') ? '市' : '';
  if (prefix) forms.push(id.slice(1));
  if (k) for (const a of k.abbr) forms.push(prefix + a, a);
  const tax = NATIONAL_TAX.exec(id);
  if (tax) forms.push(`${tax[1]}税务局`, '市税务局', '税务局');
  const all = [...forms, ...forms.map((f) => toTraditional(f))];
  if (k) all.push(k.en, ...(prefix && !/Municipal/.test(k.en) ? [`Municipal ${k.en}`] : []));
  if (tax) all.push('Tax Service, State Taxation Administration');
  return uniq(all, id);
}

function englishOf(id: string, k: KnownAgency | null): string | null {
  if (k) return k.en;
  return NATIONAL_TAX.test(id) ? 'Tax Service, State Taxation Administration' : null;
}

export interface Resolved { id: string; typoOf: string | null }

/**
 * What a written name means whatever the document: cleaned, typo fixed, dictionary hit, and the ids it can get
 * (made once per name, so that the same string objects meet the per-document maps).
 */
interface Reading {
  s: string; typoOf: string | null; hit: { k: KnownAgency; prefixed: boolean } | null;
  /** Its id in a city document, elsewhere, and 市+s (a bare name another line of a city document writes with 市). */
  cityId: string; ownId: string; withCity: string;
}
const read = memoize(20_000, (raw: string): Reading => {
  let s = cleanAgencyName(raw);
  let typoOf: string | null = null;
  const bare = s.startsWith('市') ? s.slice(1) : s;
  const fixed = AGENCY_TYPOS[bare];
  if (fixed) { typoOf = s; s = (s.startsWith('市') ? '市' : '') + fixed; }
  const hit = known(s);
  return { s, typoOf, hit, cityId: hit ? `市${hit.k.name}` : s,
    ownId: hit ? (hit.prefixed || hit.k.cityOnly ? '市' : '') + hit.k.name : s, withCity: `市${s}` };
});

/** Resolves the agency names of one document to canonical ids. */
export class AgencyResolver {
  private readonly used = new Map<string, Agency>();
  private readonly special = new Map<string, string>();
  private readonly names: Set<string>;

  /** `city`: the document is a city's (bare names get 市). `names`: every raw name it uses. */
  constructor(private readonly city: boolean, names: string[]) {
    this.names = new Set(names.map(cleanAgencyName));
    for (const n of this.names) {
      const tax = NATIONAL_TAX.exec(n);
      if (tax) for (const f of [`${tax[1]}税务局`, '市税务局', '税务局']) this.special.set(f, n);
    }
  }

  resolve(raw: string): Resolved {
    const r = read(raw);
    let id = this.special.size > 0 ? this.special.get(r.s) ?? null : null;
    let k: KnownAgency | null = null;
    if (id === null) {
      if (r.hit) {
        k = r.hit.k;
        id = this.city ? r.cityId : r.ownId;
      } else if (this.city && !r.s.startsWith('市') && this.names.has(r.withCity)) id = r.withCity;
      else id = r.s;
    }
    if (!this.used.has(id)) {
      this.used.set(id, { id, name: id, nameEn: englishOf(id, k), aliases: aliasesOf(id, k) });
    }
    return { id, typoOf: r.typoOf };
  }

  /** Agencies resolved so far, in order of first use. */
  agencies(): Agency[] {
    return [...this.used.values()];
  }
}

/** The canonical agency for any written form (full, abbreviated, 繁体, without 市, English); null for an empty name. */
export function agencyAliases(name: string): Agency | null {
  if (cleanAgencyName(name) === '') return null;
  const resolver = new AgencyResolver(true, [name]);
  resolver.resolve(name);
  return resolver.agencies()[0]!;
}

/** The known-agency dictionary in its city form (id 市…), for linking questions to agencies. */
export function knownAgencies(): Agency[] {
  return KNOWN_AGENCIES.map((k) => {
    const id = `市${k.name}`;
    return { id, name: id, nameEn: k.en, aliases: aliasesOf(id, k) };
  });
}
