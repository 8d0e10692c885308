// Pure web modules, without a browser: CSV export and hash routes.
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../web/src/csv.ts';
import { parseHash } from '../../web/src/router.ts';

describe('toCsv', () => {
  it('starts with a UTF-8 BOM, uses CRLF and quotes commas, quotes, newlines', () => {
    const csv = toCsv({ name: 't', columns: ['a', 'b'], rows: [{ a: '市科学技术局, 市财政局', b: 'say "hi"\nnext' }, { a: 1.5, b: null }] });
    expect(csv).toBe('\uFEFFa,b\r\n"市科学技术局, 市财政局","say ""hi""\nnext"\r\n1.5,\r\n');
  });

  it('joins arrays, serializes objects and defuses formula-looking cells but not negative numbers', () => {
    const csv = toCsv({ name: 't', columns: ['x'], rows: [{ x: ['甲', '乙'] }, { x: { k: 1 } }, { x: '=HYPERLINK("x")' }, { x: '-3' }, { x: -3 }] });
    expect(csv.split('\r\n').slice(1, 6)).toEqual(['甲、乙', '"{""k"":1}"', '"\'=HYPERLINK(""x"")"', '-3', '-3']);
  });
});

describe('parseHash', () => {
  it('defaults to the agency graph', () => {
    expect(parseHash('').name).toBe('agencies');
    expect(parseHash('#/').name).toBe('not-found');
    expect(parseHash('#/agencies?agency=%E5%B8%82%E8%B4%A2%E6%94%BF%E5%B1%80').query.get('agency')).toBe('市财政局');
  });

  it('decodes measure ids with # and Chinese brackets', () => {
    const id = 'number:鄂府发〔2023〕58号#1.2';
    const r = parseHash(`#/measures/${encodeURIComponent(id)}`);
    expect(r).toMatchObject({ name: 'measure', params: [id] });
  });

  it('keeps the question of #/ask?q=', () => {
    const r = parseHash(`#/ask?q=${encodeURIComponent('哪些措施涉及市科学技术局?')}`);
    expect(r.name).toBe('ask');
    expect(r.query.get('q')).toBe('哪些措施涉及市科学技术局?');
  });

  it('survives a malformed escape', () => {
    expect(parseHash('#/measures/%E5%').params).toEqual(['%E5%']);
  });
});
