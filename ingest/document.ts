// Normalized text → a validated PolicyDocument, or a rejection. Pure; the stages live in their own modules.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { PolicyDocument, type Diagnostic, type IngestResult, type SourceInfo, type Target } from './model.ts';
import { parallelSimplified } from './chinese.ts';
import { isSpace, normalize } from './normalize.ts';
import { Locator, splitLines } from './spans.ts';
import { parseStructure } from './structure.ts';
import { parseHeader } from './header.ts';
import { buildUnits } from './units.ts';
import { extractReferences } from './references.ts';
import { findTargets } from './targets.ts';
import { bracketDiagnostics } from './brackets.ts';
import { documentId, titleKey } from './ids.ts';
import type { HtmlHints } from './html.ts';

/**
 * The model, compiled once by zod 4 (`z.compile`: generated code for this schema, ~5× faster than the runtime parser;
 * the same answers, and on a failure the runtime parser's issues). Every document is still validated in full.
 */
const COMPILED_DOCUMENT = z.compile(PolicyDocument);

export function reject(file: string | null, code: string, reason: string, diagnostics: Diagnostic[] = []): IngestResult {
  const fatal: Diagnostic = { code, message: reason, line: 0, column: 0, severity: 'fatal' };
  return { ok: false, file, reason: file ? `${file}: ${reason}` : reason, diagnostics: [fatal, ...diagnostics] };
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function fallbackTitle(lines: string[], file: string | null): string {
  const line = lines.map((l) => l.trim()).find((l) => l.length >= 4 && l.length <= 80 && !/[。]/.test(l));
  return line ?? file?.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') ?? 'untitled';
}

export interface BuildInput { raw: string; source: Omit<SourceInfo, 'file'>; file: string | null; hints?: HtmlHints }

export function buildDocument({ raw, source, file, hints }: BuildInput): IngestResult {
  const norm = normalize(raw);
  const text = norm.text;
  if (text.length === 0 || (isSpace(text.charCodeAt(0)) && text.trim() === '')) return reject(file, 'empty', 'empty document (no text)');
  if (norm.garbledChars >= 10 && norm.garbledChars > norm.cjkChars * 0.02) {
    return reject(file, 'undecodable', `undecodable text: ${norm.garbledChars} characters are "?" or replacement marks inside words — the file went through a lossy conversion (Big5/Latin-1?)`, norm.diagnostics);
  }
  const diagnostics: Diagnostic[] = [...norm.diagnostics];
  const simp = parallelSimplified(text);
  const lines = splitLines(simp);
  const loc = new Locator(text, lines); // simp has text's line breaks (only CJK code units are converted)
  const structure = parseStructure(lines, loc, diagnostics);
  if (structure.measures.length === 0) {
    return reject(file, 'not-policy-document', 'not a task-decomposition document: no numbered measures ((一)(二)…) found', diagnostics);
  }
  const headLines = splitLines(text.slice(0, structure.bodyStart)).map((l) => l.text);
  const header = parseHeader(headLines, headLines.map((_, i) => lines[i]?.text ?? ''), hints);
  const title = header.title ?? fallbackTitle(headLines, file);
  const id = documentId(header.number, title);
  const city = /市/.test(header.issuer ?? '') || /市(人民政府|委)/.test(title);
  const units = buildUnits(text, simp, structure, id, city, loc);
  diagnostics.push(...units.diagnostics);

  const skipLines = lines.filter((l) => l.start < structure.bodyStart && /^\s*(标题|概述)/.test(l.text));
  const refs = extractReferences({ orig: text, simp, loc, documentId: id, regions: units.regions,
    selfKeys: [titleKey(title)], selfNumber: header.number,
    skip: (o) => skipLines.some((l) => o >= l.start && o <= l.end) });
  diagnostics.push(...refs.diagnostics);

  const targets: Target[] = [];
  const addTargets = (owner: string, measureId: string, actionId: string | null, start: number, end: number): void => {
    findTargets(simp.slice(start, end)).forEach((t, i) => {
      targets.push({ id: `${owner}/t${i + 1}`, measureId, actionId, year: t.year, value: t.value, unit: t.unit,
        comparator: t.comparator, text: text.slice(start + t.start, start + t.end), span: loc.span(start + t.start, start + t.end) });
    });
  };
  for (const m of units.measures) addTargets(m.id, m.id, null, m.span.start, m.span.end);
  for (const a of units.actions) addTargets(a.id, a.measureId, a.id, a.span.start, a.span.end);

  diagnostics.push(...bracketDiagnostics(text, simp, lines, loc, diagnostics));
  diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  const candidate = {
    id, title, number: header.number, issuer: header.issuer, writtenOn: header.writtenOn,
    publishedOn: header.publishedOn, indexNumber: header.indexNumber, text,
    source: { file, ...source }, chapters: units.chapters, measures: units.measures, actions: units.actions,
    agencies: units.resolver.agencies(), references: refs.references, citations: refs.citations, targets, diagnostics,
  };
  const parsed = COMPILED_DOCUMENT.safeParse(candidate);
  if (!parsed.success) {
    return reject(file, 'invalid-model', `the parsed document does not fit the model: ${parsed.error.issues[0]?.message ?? 'unknown'}`, diagnostics);
  }
  return { ok: true, file, document: parsed.data, diagnostics: parsed.data.diagnostics };
}
