// The web app in the real Chromium against the real server and store (sample + one hostile document).
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gotoGraph, shot, skipReason, start, type Harness } from './harness.ts';
import { XSS_AGENCY, xssDocument } from './xss-doc.ts';

if (skipReason) console.warn(`[tests/web] ${skipReason}`);

/** Pairs of nodes whose boxes (node + label) intersect in the current graph. */
const overlaps = (page: Page) => page.evaluate(() => {
  const boxes = window.cy!.nodes().map((n) => n.boundingBox({ includeLabels: true, includeOverlays: false }));
  let count = 0;
  boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => {
    if (Math.min(a.x2, b.x2) > Math.max(a.x1, b.x1) && Math.min(a.y2, b.y2) > Math.max(a.y1, b.y1)) count++;
  }));
  return count;
});

interface GraphJson { nodes: { data: { id: string } }[]; edges: { data: { source: string; target: string } }[] }

describe.skipIf(!!skipReason)('web app in Chromium', () => {
  let h: Harness;
  const api = async <T>(path: string, init?: RequestInit): Promise<T> => {
    const res = await fetch(`${h.base}${path}`, init);
    expect(res.ok, `${path} → ${res.status}`).toBe(true);
    return (await res.json()) as T;
  };

  beforeAll(async () => { h = await start([xssDocument()]); }, 120_000);
  afterAll(async () => { await h?.close(); });

  it('start page draws the agency graph the API describes, without overlapping labels', async () => {
    const { page } = h;
    await gotoGraph(page, `${h.base}/`);
    const expected = await api<GraphJson>('/api/graph/agencies');
    const shown = await page.evaluate(() => ({
      nodes: window.cy!.nodes().map((n) => n.id()).sort(),
      edges: window.cy!.edges().map((e) => `${e.source().id()}→${e.target().id()}`).sort(),
    }));
    expect(shown.nodes).toEqual(expected.nodes.map((n) => n.data.id).sort());
    expect(shown.edges).toEqual(expected.edges.map((e) => `${e.data.source}→${e.data.target}`).sort());
    expect(shown.nodes).toContain('市科学技术局');
    expect(shown.nodes.length).toBeGreaterThanOrEqual(15);
    expect(await overlaps(page)).toBe(0);
    expect(await page.locator('.legend li').count()).toBeGreaterThanOrEqual(2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    await shot(page, 'agencies-1280');
    // Clicking an agency highlights its neighbourhood and lists its measures.
    await page.evaluate(() => { window.cy!.getElementById('市科学技术局').emit('tap'); });
    await page.locator('.panel .agency-name').waitFor();
    expect(await page.locator('.panel .agency-name').textContent()).toBe('市科学技术局');
    expect(await page.locator('.panel tbody tr').count()).toBeGreaterThan(0);
    const faded = await page.evaluate(() => window.cy!.nodes('.faded').length);
    expect(faded).toBeGreaterThan(0);
    await shot(page, 'agencies-selected');
    // The document filter: only the sample's agencies (the README screenshot).
    const sampleId = (await api<{ id: string; number: string | null }[]>('/api/documents')).find((d) => d.number === '鄂府发〔2023〕58号')?.id ?? '';
    const sampleGraph = await api<GraphJson>(`/api/graph/agencies?document=${encodeURIComponent(sampleId)}`);
    await gotoGraph(page, `${h.base}/#/agencies?document=${encodeURIComponent(sampleId)}`);
    expect(await page.evaluate(() => window.cy!.nodes().length)).toBe(sampleGraph.nodes.length);
    expect(await page.evaluate((x) => window.cy!.getElementById(x).empty(), XSS_AGENCY)).toBe(true);
    expect(await overlaps(page)).toBe(0);
    await page.waitForFunction(() => document.querySelectorAll('select[name="chapter"] option').length > 1);
    await shot(page, 'agencies-sample');
    // Chapter filter: options carry the chapter titles; choosing one redraws the API's filtered graph.
    const chapter = page.locator('select[name="chapter"]');
    expect(await chapter.locator('option[value="1"]').textContent()).toMatch(/^一、\S{4,}/);
    const chapterGraph = await api<GraphJson>(`/api/graph/agencies?document=${encodeURIComponent(sampleId)}&chapter=1`);
    await page.evaluate(() => { delete document.body.dataset.graphReady; });
    await chapter.selectOption('1');
    await page.waitForFunction(() => !!document.body.dataset.graphReady);
    expect(await page.evaluate(() => window.cy!.nodes().map((n) => n.id()).sort())).toEqual(chapterGraph.nodes.map((n) => n.data.id).sort());
    expect(chapterGraph.nodes.length).toBeLessThan(sampleGraph.nodes.length);
  });

  it('asks 哪些措施涉及市科学技术局? and shows rows, Cypher and the answer graph', async () => {
    const { page } = h;
    const q = '哪些措施涉及市科学技术局?';
    const expected = await api<{ rows: unknown[]; graph?: GraphJson }>('/api/ask', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: q }),
    });
    expect(expected.rows.length).toBeGreaterThan(0);
    await gotoGraph(page, `${h.base}/#/ask?q=${encodeURIComponent(q)}`);
    await page.locator('.answer').waitFor();
    expect((await page.locator('.answer').textContent())?.length).toBeGreaterThan(0);
    expect(await page.locator('.ask-out tbody tr').count()).toBe(expected.rows.length);
    expect(await page.evaluate(() => window.cy!.nodes().length)).toBe(expected.graph?.nodes.length);
    expect(await page.locator('.ask-out tbody a[href^="#/measures/"]').count()).toBeGreaterThan(0);
    expect(await page.locator('details.cypher code').textContent()).toMatch(/MATCH/i);
    await shot(page, 'ask');
  });

  it('opens a measure from the answer and highlights its source position', async () => {
    const { page } = h;
    // A measure of the sample (鄂府发〔2023〕58号), not of the small hostile document.
    const link = page.locator(`.ask-out tbody a[href^="#/measures/"][href*="${encodeURIComponent('鄂府')}"]`).first();
    const href = (await link.getAttribute('href')) ?? '';
    await link.click();
    await page.locator('.measure-text').waitFor();
    const id = decodeURIComponent(href.replace('#/measures/', ''));
    const m = await api<{ measure: { ref: string; start: number; end: number; documentId: string }; actions: unknown[]; lead: unknown[] }>(`/api/measures/${encodeURIComponent(id)}`);
    expect(await page.locator('h1').textContent()).toContain(m.measure.ref);
    expect(await page.locator('ol.actions > li').count()).toBe(m.actions.length);
    await page.locator('.measure-text .source-link').click();
    await page.locator('#source-mark').waitFor();
    const { text } = await api<{ text: string }>(`/api/documents/${encodeURIComponent(m.measure.documentId)}/text`);
    const marked = await page.locator('#source-mark').textContent();
    expect(marked?.length).toBe(m.measure.end - m.measure.start);
    expect(text.slice(m.measure.start, m.measure.end).length).toBe(marked?.length);
    expect(await page.locator('#source-mark').isVisible()).toBe(true);
    await shot(page, 'measure');
  });

  it('switches 简/繁: document text changes script and back', async () => {
    const { page } = h;
    await page.locator('button[data-script="hans"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-Hans');
    const hans = (await page.locator('.measure-text').textContent()) ?? '';
    await page.waitForFunction(() => !!window.cy && window.cy.nodes().length > 0);
    const labels = () => page.evaluate(() => window.cy!.nodes().map((n) => String(n.data('label'))).join('|'));
    const hansLabels = await labels();
    await page.locator('button[data-script="hant"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-Hant');
    const hant = (await page.locator('.measure-text').textContent()) ?? '';
    expect(hant).not.toBe(hans);
    expect(await labels()).not.toBe(hansLabels);
    expect(hans.length).toBe(hant.length);
    expect(await page.locator('#nav').textContent()).toContain('部門');
    await shot(page, 'measure-hant');
    await page.locator('button[data-script="hans"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-Hans');
    expect(await page.locator('.measure-text').textContent()).toBe(hans);
    expect(await page.locator('#nav').textContent()).toContain('部门');
  });

  it('links every measure ref of a list answer (哪些文件还待制定?) and each document title', async () => {
    const { page } = h;
    const q = '哪些文件还待制定?';
    const expected = await api<{ rows: { measureIds?: string[] }[] }>('/api/ask', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: q }),
    });
    const ids = expected.rows.flatMap((r) => r.measureIds ?? []);
    expect(ids.length).toBeGreaterThan(0);
    await page.goto(`${h.base}/#/ask?q=${encodeURIComponent(q)}`);
    await page.locator('.ask-out tbody tr').first().waitFor();
    const hrefs = await page.locator('.ask-out tbody a[href^="#/measures/"]').evaluateAll((as) => as.map((a) => decodeURIComponent(a.getAttribute('href')!.slice('#/measures/'.length))));
    expect(hrefs.sort()).toEqual([...ids].sort());
    expect(await page.locator('.ask-out tbody a[href^="#/citations?document="]').count()).toBe(expected.rows.length);
  });

  it('shows a hostile agency name as text and runs nothing', async () => {
    const { page } = h;
    await gotoGraph(page, `${h.base}/#/agencies`);
    await page.locator('.panel tbody tr').first().waitFor();
    expect(await page.evaluate((name) => window.cy!.getElementById(name).nonempty(), XSS_AGENCY)).toBe(true);
    await page.getByRole('button', { name: XSS_AGENCY, exact: true }).click();
    await page.locator('.panel .agency-name').waitFor();
    expect(await page.locator('.panel .agency-name').textContent()).toBe(XSS_AGENCY);
    await page.evaluate((name) => { window.cy!.getElementById(name).emit('mouseover'); }, XSS_AGENCY);
    expect(await page.locator('.tooltip').textContent()).toContain(XSS_AGENCY);
    await page.evaluate((name) => { window.cy!.getElementById(name).connectedEdges().first().emit('mouseover'); }, XSS_AGENCY);
    expect(await page.locator('.tooltip').textContent()).toMatch(new RegExp(`^${XSS_AGENCY.replace(/[()]/g, '\\$&')} → `));
    const measure = page.locator('.panel tbody a[href^="#/measures/"]').first();
    await measure.click();
    await page.locator('.measure-text').waitFor();
    expect(await page.locator('dd[data-role="lead"]').textContent()).toContain(XSS_AGENCY);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
    expect(h.dialogs).toEqual([]);
    expect(h.pageErrors).toEqual([]);
    await shot(page, 'xss');
    // The agency link of the measure view preselects the agency on the start page.
    await page.evaluate(() => { delete document.body.dataset.graphReady; });
    await page.locator('dd[data-role="lead"] a').first().click();
    await page.waitForFunction(() => !!document.body.dataset.graphReady);
    await page.locator('.panel .agency-name').waitFor();
    expect(await page.locator('.panel .agency-name').textContent()).toBe(XSS_AGENCY);
    expect(await page.evaluate((name) => window.cy!.getElementById(name).hasClass('focus'), XSS_AGENCY)).toBe(true);
    expect(await page.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
    expect(h.dialogs).toEqual([]);
  });

  it('draws the citation graph with planned documents styled apart, and lists the measures citing a document', async () => {
    const { page } = h;
    await gotoGraph(page, `${h.base}/#/citations`);
    const expected = await api<{ nodes: { data: { id: string; status: string | null; ingested: boolean } }[]; edges: { data: { kind: string } }[] }>('/api/graph/citations');
    expect(await page.evaluate(() => window.cy!.nodes().map((n) => n.id()).sort())).toEqual(expected.nodes.map((n) => n.data.id).sort());
    expect(await page.evaluate(() => window.cy!.edges().length)).toBe(expected.edges.length);
    const planned = expected.nodes.find((n) => n.data.status === 'planned');
    const cited = expected.nodes.find((n) => !n.data.ingested && n.data.status !== 'planned');
    if (!planned || !cited) throw new Error('the sample cites planned and in-force/mentioned documents');
    const borders = await page.evaluate((ids) => ids.map((id) => window.cy!.getElementById(id).style('border-style')), [planned.data.id, cited.data.id]);
    expect(borders).toEqual(['dashed', 'solid']);
    await shot(page, 'citations');
    // A document cited by measures/actions of the sample (not only by its preamble).
    const sample = expected.nodes.find((n) => n.data.ingested && n.data.id.includes('鄂府'))!;
    const detail = await api<{ cites: { document: { id: string }; by: string[] }[] }>(`/api/documents/${encodeURIComponent(sample.data.id)}`);
    const byMeasure = detail.cites.find((c) => c.by.some((r) => /^\d+\.\d+/.test(r)))!;
    await page.evaluate((id) => { window.cy!.getElementById(id).emit('tap'); }, byMeasure.document.id);
    await page.locator('.panel .doc-title').waitFor();
    const citing = byMeasure.by.filter((r) => /^\d+\.\d+/.test(r)).length;
    expect(await page.locator('.panel tbody a[href^="#/measures/"]').count()).toBe(citing);
    // The measure view links here with ?document= (preselected).
    await gotoGraph(page, `${h.base}/#/citations?document=${encodeURIComponent(byMeasure.document.id)}`);
    await page.locator('.panel .doc-title').waitFor();
    expect(await page.locator('.panel tbody a[href^="#/measures/"]').count()).toBe(citing);
    expect(await page.evaluate((id) => window.cy!.getElementById(id).hasClass('focus'), byMeasure.document.id)).toBe(true);
  });

  it('exports the current graph as PNG and its elements as JSON', async () => {
    const { page } = h;
    await gotoGraph(page, `${h.base}/#/agencies`);
    const [png] = await Promise.all([page.waitForEvent('download'), page.locator('#export-png').click()]);
    const bytes = readFileSync((await png.path())!);
    expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const [json] = await Promise.all([page.waitForEvent('download'), page.locator('#export-json').click()]);
    const elements = JSON.parse(readFileSync((await json.path())!, 'utf8')) as { nodes: { data: { id: string; label: string } }[]; edges: unknown[] };
    expect(elements.nodes.length).toBe(await page.evaluate(() => window.cy!.nodes().length));
    expect(elements.edges.length).toBe(await page.evaluate(() => window.cy!.edges().length));
    expect(elements.nodes.find((n) => n.data.id === XSS_AGENCY)?.data.label).toBe(XSS_AGENCY);
  });

  it('shows an error state for a measure that does not exist', async () => {
    const { page } = h;
    await page.goto(`${h.base}/#/measures/${encodeURIComponent('number:无此文件#9.9')}`);
    const error = page.locator('#app [role="alert"]');
    await error.waitFor();
    expect(await error.textContent()).toContain('404');
  });

  it('stacks the layout on a narrow screen', async () => {
    const { page } = h;
    await page.setViewportSize({ width: 400, height: 800 });
    try {
      await gotoGraph(page, `${h.base}/#/agencies`);
      await page.locator('.panel tbody tr').first().waitFor();
      const graph = await page.locator('#graph').boundingBox();
      const panel = await page.locator('.panel').boundingBox();
      expect(graph && panel && panel.y >= graph.y + graph.height).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
      await shot(page, 'agencies-narrow');
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  it('is keyboard usable: Tab to the ask box, type, Enter', async () => {
    const { page } = h;
    await page.goto(`${h.base}/#/ask`);
    await page.locator('#ask-input').waitFor();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    let focused = '';
    for (let i = 0; i < 30 && focused !== 'ask-input'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.id ?? '');
    }
    expect(focused).toBe('ask-input');
    await page.keyboard.type('哪些措施涉及市科学技术局?');
    await page.keyboard.press('Enter');
    await page.locator('.ask-out tbody tr').first().waitFor();
    expect(page.url()).toContain('#/ask?q=');
    await page.locator('.ask-out tbody tr').first().focus();
    await page.keyboard.press('Enter');
    await page.locator('.measure-text').waitFor();
  });

  it('exports the targets table as CSV with a BOM and draws the per-year chart', async () => {
    const { page } = h;
    await page.goto(`${h.base}/#/targets`);
    await page.locator('.targets-table tbody tr').first().waitFor();
    const targets = await api<unknown[]>('/api/targets');
    expect(await page.locator('.targets-table tbody tr').count()).toBe(targets.length);
    expect(await page.locator('svg.chart .bar').count()).toBeGreaterThan(0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-csv').click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFFyear,')).toBe(true);
    expect(csv.trim().split('\r\n').length).toBeGreaterThanOrEqual(targets.length + 1);
    await shot(page, 'targets');
    // Sorting: year descending puts the latest year first; a bar filters the table to its year.
    const years = (targets as { year: number | null }[]).map((t) => t.year).filter((y): y is number => y !== null);
    const yearHeader = page.locator('th button.sort[data-col="year"]');
    await yearHeader.click();
    await yearHeader.click();
    expect(await page.locator('.targets-table th[aria-sort="descending"]').count()).toBe(1);
    expect(Number(await page.locator('.targets-table tbody tr').first().locator('td[data-col="year"]').textContent())).toBe(Math.max(...years));
    const first = Math.min(...years);
    await page.locator(`svg.chart .bar[data-key="${first}"]`).click();
    expect(await page.locator('.targets-table tbody tr').count()).toBe(years.filter((y) => y === first).length);
  });
});
