// zod schemas for every input the API accepts: strict objects, bounded lengths.
import { z } from 'zod';

const id = z.string().trim().min(1).max(300);
const optionalId = id.optional();

export const IdParams = z.object({ id }).strict();

/** A query string value: express may give a string or (for repeated keys) an array; only single strings are accepted. */
const intString = (min: number, max: number) =>
  z.string().regex(/^\d{1,6}$/, 'must be a whole number').transform(Number).pipe(z.number().int().min(min).max(max));

export const TargetsQuery = z.object({
  year: intString(1900, 2200).optional(),
  agency: optionalId,
}).strict();

export const Role = z.enum(['lead', 'cooperating', 'responsible', 'all']);
export type Role = z.infer<typeof Role>;

export const AgencyGraphQuery = z.object({
  chapter: intString(1, 999).optional(),
  role: Role.default('all'),
  document: optionalId,
}).strict();

export const CitationGraphQuery = z.object({ document: optionalId }).strict();

/** A question, and optionally which page of its answer's rows (server/ask/page.ts bounds: limit ≤ 1000). */
export const AskBody = z.object({
  question: z.string().trim().min(1).max(500),
  offset: z.number().int().min(0).max(1_000_000).optional(),
  limit: z.number().int().min(1).max(1_000).optional(),
}).strict();
