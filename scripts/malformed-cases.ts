// The malformed-input cases: each a name, bytes, and what ingest must do with it. Deterministic (seeded PRNG).
import iconv from 'iconv-lite';
import { mulberry32, randInt, shuffled } from '../tests/support/random.ts';

export interface Case {
  file: string;
  category: string;
  note: string;
  bytes: Uint8Array;
  expect: 'rejected' | 'accepted';
  /** Rejections: a substring of the reason (case-insensitive). */
  reason?: string;
  /** Acceptances: diagnostic codes that must be reported. */
  diagnostics?: string[];
  /** Acceptances: at least one diagnostic must be reported (the input is malformed even if no specific code is required). */
  diagnosed?: boolean;
}

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const cat = (...parts: Uint8Array[]): Uint8Array => new Uint8Array(Buffer.concat(parts));
const BOM8 = Uint8Array.of(0xef, 0xbb, 0xbf);

/** A small well-formed Simplified document of the genre; `parts` override its body. */
export function miniDoc(body?: string): string {
  return [
    '某某市人民政府关于印发测试工作分解方案的通知',
    '发文字号:某府发〔2024〕1号',
    '成文日期:2024-01-02',
    '',
    body ?? [
      '一、推进科技创新',
      '(一)建设创新平台,落实《国务院关于同意某某市建设示范区的批复》(国函〔2022〕68号)。(牵头单位:市科学技术局,配合单位:市财政局)',
      '具体落实举措:',
      '1.制定《创新平台建设实施方案》。(市科学技术局)',
      '2.到2025年建成10个创新平台。(市财政局)',
      '(二)加强人才引进。(牵头单位:市人力资源和社会保障局)',
      '1.2024年引进人才300人。(市人力资源和社会保障局)',
      '二、加强组织保障',
      '(一)加强组织领导。(牵头单位:市人民政府办公室)',
    ].join('\n'),
  ].join('\n') + '\n';
}

/** One <p> per line: HTML whose text keeps the line structure. */
export const paras = (text: string): string => text.split('\n').map((l) => `<p>${l}</p>`).join('\n');
/** Chinese numerals 1–99 (一 … 九十九). */
export function zhNumber(n: number): string {
  const d = '零一二三四五六七八九';
  if (n < 10) return d[n]!;
  const tens = Math.floor(n / 10), ones = n % 10;
  return `${tens > 1 ? d[tens] : ''}十${ones ? d[ones] : ''}`;
}
/** Does the text still hold a numbered measure line ((一)…)? The genre test ingest applies. */
export const hasMeasure = (text: string): boolean => /^[ \t\u3000]*[(（][一二三四五六七八九十]+[)）]/m.test(text);

function html(body: string, head = '<meta charset="utf-8"><title>t</title>'): string {
  return `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
}

export function buildCases(sample: string): Case[] {
  const cases: Case[] = [];
  const add = (c: Omit<Case, 'bytes'> & { bytes: Uint8Array | string }): void => {
    cases.push({ ...c, bytes: typeof c.bytes === 'string' ? enc(c.bytes) : c.bytes });
  };
  const rand = mulberry32(20240601);
  const sampleBytes = enc(sample);
  const mini = miniDoc();

  // empty and whitespace
  add({ file: 'empty.txt', category: 'empty', note: 'zero bytes', bytes: new Uint8Array(0), expect: 'rejected', reason: 'empty' });
  add({ file: 'empty.html', category: 'empty', note: 'zero bytes, .html', bytes: new Uint8Array(0), expect: 'rejected', reason: 'empty' });
  const blanks: Array<[string, string]> = [['spaces', '     '], ['newlines', '\n\n\n\n'], ['crlf', '\r\n\r\n'], ['tabs', '\t\t\t'],
    ['ideographic-spaces', '\u3000\u3000\u3000'], ['nbsp', '\u00a0\u00a0 \u00a0'], ['mixed-ws', ' \t\r\n\u3000\u2028\u2029\v\f']];
  for (const [n, s] of blanks) add({ file: `whitespace-${n}.txt`, category: 'whitespace', note: `only ${n}`, bytes: s, expect: 'rejected', reason: 'empty' });
  add({ file: 'whitespace-html.html', category: 'whitespace', note: 'HTML with an empty body', bytes: html('  \n '), expect: 'rejected', reason: 'empty' });

  // binary
  const randomBytes = (n: number): Uint8Array => Uint8Array.from({ length: n }, () => randInt(rand, 256));
  const png = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52);
  add({ file: 'binary-png.txt', category: 'binary', note: 'PNG header + random bytes, named .txt', bytes: cat(png, randomBytes(2000)), expect: 'rejected', reason: 'binary' });
  add({ file: 'binary-png.html', category: 'binary', note: 'PNG header + random bytes, named .html', bytes: cat(png, randomBytes(500)), expect: 'rejected', reason: 'binary' });
  const zip = Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0);
  add({ file: 'binary-zip.txt', category: 'binary', note: 'ZIP local header + random bytes', bytes: cat(zip, randomBytes(3000)), expect: 'rejected', reason: 'binary' });
  add({ file: 'binary-docx-like.txt', category: 'binary', note: 'ZIP header then a document name', bytes: cat(zip, enc('word/document.xml'), randomBytes(800)), expect: 'rejected', reason: 'binary' });
  add({ file: 'binary-pdf.txt', category: 'binary', note: 'PDF header + binary stream', bytes: cat(enc('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'), randomBytes(1500)), expect: 'rejected', reason: 'binary' });
  add({ file: 'binary-gzip.txt', category: 'binary', note: 'gzip magic + random', bytes: cat(Uint8Array.of(0x1f, 0x8b, 8, 0), randomBytes(1000)), expect: 'rejected', reason: 'binary' });
  add({ file: 'binary-elf.txt', category: 'binary', note: 'ELF header + random', bytes: cat(Uint8Array.of(0x7f, 0x45, 0x4c, 0x46, 2, 1, 1), randomBytes(1000)), expect: 'rejected', reason: 'binary' });
  for (const n of [1, 16, 256, 4096, 65536]) {
    add({ file: `binary-random-${n}.txt`, category: 'binary', note: `${n} random bytes`, bytes: randomBytes(n), expect: 'rejected' });
  }
  add({ file: 'binary-all-nul.txt', category: 'binary', note: '4 KB of NUL bytes', bytes: new Uint8Array(4096), expect: 'rejected', reason: 'binary' });
  add({ file: 'binary-all-ff.txt', category: 'binary', note: '4 KB of 0xFF', bytes: new Uint8Array(4096).fill(0xff), expect: 'rejected', reason: 'undecodable' });

  // byte-order marks
  add({ file: 'bom-utf8-only.txt', category: 'bom', note: 'UTF-8 BOM, nothing else', bytes: BOM8, expect: 'rejected', reason: 'empty' });
  add({ file: 'bom-utf8-mini.txt', category: 'bom', note: 'UTF-8 BOM + a small valid document', bytes: cat(BOM8, enc(mini)), expect: 'accepted' });
  add({ file: 'bom-utf8-sample.txt', category: 'bom', note: 'UTF-8 BOM + the sample', bytes: cat(BOM8, sampleBytes), expect: 'accepted' });
  add({ file: 'bom-utf8-twice.txt', category: 'bom', note: 'two UTF-8 BOMs + a small valid document', bytes: cat(BOM8, BOM8, enc(mini)), expect: 'accepted' });
  const u16le = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf16le'));
  const u16be = (s: string): Uint8Array => { const b = Buffer.from(s, 'utf16le'); b.swap16(); return new Uint8Array(b); };
  add({ file: 'bom-utf16le-only.txt', category: 'bom', note: 'UTF-16LE BOM only', bytes: Uint8Array.of(0xff, 0xfe), expect: 'rejected', reason: 'empty' });
  add({ file: 'bom-utf16be-only.txt', category: 'bom', note: 'UTF-16BE BOM only', bytes: Uint8Array.of(0xfe, 0xff), expect: 'rejected', reason: 'empty' });
  add({ file: 'bom-utf16le-mini.txt', category: 'bom', note: 'UTF-16LE BOM + a small valid document', bytes: cat(Uint8Array.of(0xff, 0xfe), u16le(mini)), expect: 'accepted' });
  add({ file: 'bom-utf16be-mini.txt', category: 'bom', note: 'UTF-16BE BOM + a small valid document', bytes: cat(Uint8Array.of(0xfe, 0xff), u16be(mini)), expect: 'accepted' });
  add({ file: 'bom-utf16le-sample.txt', category: 'bom', note: 'UTF-16LE BOM + the sample', bytes: cat(Uint8Array.of(0xff, 0xfe), u16le(sample)), expect: 'accepted' });
  add({ file: 'bom-utf16be-sample.txt', category: 'bom', note: 'UTF-16BE BOM + the sample', bytes: cat(Uint8Array.of(0xfe, 0xff), u16be(sample)), expect: 'accepted' });
  add({ file: 'utf16le-nobom-mini.txt', category: 'bom', note: 'UTF-16LE without BOM (NUL every other byte)', bytes: u16le(mini), expect: 'rejected', reason: 'binary' });
  add({ file: 'bom-utf32le-mini.txt', category: 'bom', note: 'UTF-32LE BOM + ASCII bytes', bytes: cat(Uint8Array.of(0xff, 0xfe, 0, 0), enc('abc')), expect: 'rejected', reason: 'undecodable' });

  // NUL bytes and control characters inside text
  for (const [i, frac] of [0.1, 0.5, 0.9].entries()) {
    const at = Math.floor(mini.length * frac);
    add({ file: `nul-in-mini-${i}.txt`, category: 'nul', note: `a NUL byte at ${Math.round(frac * 100)}% of a small document`,
      bytes: mini.slice(0, at) + '\u0000' + mini.slice(at), expect: 'rejected', reason: 'binary' });
  }
  add({ file: 'nul-many-in-sample.txt', category: 'nul', note: 'NUL bytes after every 97th character of the sample',
    bytes: sample.replace(/(.{97})/gsu, '$1\u0000'), expect: 'rejected', reason: 'binary' });
  add({ file: 'control-chars.txt', category: 'nul', note: 'C0 controls and DEL sprinkled in a small document',
    bytes: mini.replace(/。/g, '。\u0001\u0007\u001b\u007f'), expect: 'rejected', reason: 'binary' });
  add({ file: 'bidi-override.txt', category: 'nul', note: 'RTL override and zero-width characters in agency names',
    bytes: mini.replace(/市科学技术局/g, '市科学\u202e技术\u200b局'), expect: 'accepted' });

  addEncodingCases(add, sample, mini, rand);
  addStructureCases(add, mini);
  addMutations(add, sample, rand);
  return cases;
}

type Adder = (c: Omit<Case, 'bytes'> & { bytes: Uint8Array | string }) => void;

function addEncodingCases(add: Adder, sample: string, mini: string, rand: () => number): void {
  const gbk = (s: string): Uint8Array => new Uint8Array(iconv.encode(s, 'gbk'));
  add({ file: 'gbk-labelled-utf8.html', category: 'encoding', note: 'HTML says charset=utf-8, body is GBK',
    bytes: cat(enc('<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title></head><body>'), gbk(paras(mini)), enc('</body></html>')), expect: 'accepted' });
  add({ file: 'gbk-labelled-utf8-sample.html', category: 'encoding', note: 'HTML http-equiv utf-8, body is the sample in GBK',
    bytes: cat(enc('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'), gbk(paras(sample)), enc('</body></html>')), expect: 'accepted' });
  add({ file: 'gbk-plain-mini.txt', category: 'encoding', note: 'plain GBK text (must be detected, not mis-decoded)', bytes: gbk(mini), expect: 'accepted' });
  add({ file: 'gbk-plain-sample.txt', category: 'encoding', note: 'the sample encoded as GBK', bytes: gbk(sample), expect: 'accepted' });
  add({ file: 'gb18030-sample.txt', category: 'encoding', note: 'the sample encoded as GB18030', bytes: new Uint8Array(iconv.encode(sample, 'gb18030')), expect: 'accepted' });
  add({ file: 'big5-mini.txt', category: 'encoding', note: 'a small document in Big5', bytes: new Uint8Array(iconv.encode(mini, 'big5')), expect: 'rejected', reason: 'undecodable' });
  add({ file: 'latin1-mojibake.txt', category: 'encoding', note: 'UTF-8 bytes decoded as Latin-1 and re-encoded (mojibake)',
    bytes: Buffer.from(Buffer.from(mini, 'utf8').toString('latin1'), 'utf8'), expect: 'rejected', reason: 'not a task-decomposition document' });
  const bytes = enc(mini);
  for (const k of [1, 2]) {
    // cut inside a 3-byte sequence: find a lead byte 0xE? and keep only k bytes of it
    let at = Math.floor(bytes.length / 2);
    while (at < bytes.length && ((bytes[at] ?? 0) & 0xf0) !== 0xe0) at++;
    add({ file: `truncated-utf8-end-${k}.txt`, category: 'truncated-utf8', note: `ends with ${k} byte(s) of a 3-byte sequence`,
      bytes: cat(bytes.slice(0, bytes.length - 1), Uint8Array.of(0xe6, 0x9c).slice(0, k)), expect: 'rejected', reason: 'undecodable' });
    add({ file: `truncated-utf8-mid-${k}.txt`, category: 'truncated-utf8', note: `a 3-byte sequence cut to ${k} byte(s) mid-text`,
      bytes: cat(bytes.slice(0, at + k), bytes.slice(at + 3)), expect: 'rejected', reason: 'undecodable' });
  }
  add({ file: 'invalid-utf8-lone-continuation.txt', category: 'truncated-utf8', note: 'lone continuation bytes 0x80-0xBF',
    bytes: cat(bytes.slice(0, 200), Uint8Array.of(0x80, 0xbf, 0x9f), bytes.slice(200)), expect: 'rejected', reason: 'undecodable' });
  add({ file: 'invalid-utf8-overlong.txt', category: 'truncated-utf8', note: 'overlong encodings of "/" and NUL',
    bytes: cat(bytes.slice(0, 100), Uint8Array.of(0xc0, 0xaf, 0xe0, 0x80, 0xaf, 0xc0, 0x80), bytes.slice(100)), expect: 'rejected', reason: 'undecodable' });
  add({ file: 'invalid-utf8-surrogate.txt', category: 'truncated-utf8', note: 'a UTF-8-encoded lone surrogate (CESU)',
    bytes: cat(bytes.slice(0, 150), Uint8Array.of(0xed, 0xa0, 0x80), bytes.slice(150)), expect: 'rejected', reason: 'undecodable' });
  const noisy = Uint8Array.from(bytes);
  for (let i = 0; i < 40; i++) noisy[randInt(rand, noisy.length)] = 0xff;
  add({ file: 'invalid-utf8-ff-sprinkled.txt', category: 'truncated-utf8', note: '40 bytes replaced by 0xFF', bytes: noisy, expect: 'rejected', reason: 'undecodable' });
  add({ file: 'truncated-utf8-sample-half.txt', category: 'truncated-utf8', note: 'the sample cut at byte 28001 (inside a character)',
    bytes: enc(sample).slice(0, 28001), expect: 'rejected', reason: 'undecodable' });
}

function addStructureCases(add: Adder, mini: string): void {
  const rep = (from: string | RegExp, to: string): string => mini.replace(from, to);
  const ub: Array<[string, string]> = [
    ['missing-close-title', rep('实施方案》', '实施方案')], ['missing-open-title', rep('《创新', '创新')],
    ['missing-close-number', rep('2022〕', '2022')], ['missing-open-number', rep('〔2022', '2022')],
    ['missing-close-agency', rep('(市财政局)', '(市财政局')], ['missing-open-agency', rep('(市科学技术局)', '市科学技术局)')],
    ['extra-open-title', rep('制定', '制定《《')], ['nested-unclosed', rep('(牵头单位', '((《〔牵头单位')],
    ['close-before-open', rep('《创新平台建设实施方案》', '》创新平台建设实施方案《')], ['broken-number', rep('国函〔2022〕68号', '国函2022〕68号')],
  ];
  for (const [n, text] of ub) {
    add({ file: `unbalanced-${n}.txt`, category: 'unbalanced', note: n, bytes: text, expect: 'accepted', ...(n === 'missing-open-agency' ? { diagnosed: true } : { diagnostics: ['unbalanced-bracket'] }) });
  }
  add({ file: 'duplicate-measure-numbers.txt', category: 'duplicate-measure', note: '(一) twice in chapter one', bytes: rep('(二)加强人才引进', '(一)加强人才引进'), expect: 'accepted', diagnostics: ['duplicate-measure'] });
  add({ file: 'duplicate-chapter-numbers.txt', category: 'duplicate-measure', note: '一、 twice', bytes: rep('二、加强组织保障', '一、加强组织保障'), expect: 'accepted', diagnosed: true });
  add({ file: 'duplicate-action-numbers.txt', category: 'duplicate-measure', note: 'action 1. twice', bytes: rep('2.到2025年', '1.到2025年'), expect: 'accepted', diagnosed: true });
  add({ file: 'measure-without-agencies.txt', category: 'no-agency', note: 'a measure with no 牵头单位 parenthesis', bytes: rep('(牵头单位:市人力资源和社会保障局)', ''), expect: 'accepted', diagnostics: ['measure-without-agencies'] });
  add({ file: 'measures-without-any-agency.txt', category: 'no-agency', note: 'no agency anywhere', bytes: mini.replace(/\((牵头单位|市)[^)]*\)/g, ''), expect: 'accepted', diagnostics: ['measure-without-agencies'] });
  add({ file: 'action-empty-parenthesis.txt', category: 'no-agency', note: 'an action ending in ()', bytes: rep('(市财政局)', '()'), expect: 'accepted', diagnosed: true });
  add({ file: 'chapters-without-measures.txt', category: 'no-measures', note: 'chapter titles only', bytes: miniDoc('一、推进科技创新\n二、加强组织保障\n三、其他\n'), expect: 'rejected', reason: 'no numbered measures' });
  add({ file: 'one-chapter-empty.txt', category: 'no-measures', note: 'the last chapter has no measures', bytes: mini + '三、空章节\n', expect: 'accepted' });
  add({ file: 'measures-without-chapter.txt', category: 'no-measures', note: 'measures before any chapter', bytes: miniDoc('(一)建设创新平台。(牵头单位:市科学技术局)\n(二)加强人才引进。(牵头单位:市财政局)\n'), expect: 'accepted', diagnosed: true });
  add({ file: 'title-only.txt', category: 'not-genre', note: 'only a title line', bytes: '某某市人民政府关于印发测试工作分解方案的通知\n', expect: 'rejected', reason: 'no numbered measures' });
  add({ file: 'prose-not-genre.txt', category: 'not-genre', note: 'Chinese prose without chapters or measures', bytes: '今天天气很好。我们去公园散步,看到了很多花。\n'.repeat(30), expect: 'rejected', reason: 'no numbered measures' });
  add({ file: 'english-not-genre.txt', category: 'not-genre', note: 'English text', bytes: 'The quick brown fox jumps over the lazy dog.\n'.repeat(40), expect: 'rejected', reason: 'no numbered measures' });
  add({ file: 'json-not-genre.txt', category: 'not-genre', note: 'a JSON file', bytes: JSON.stringify({ chapters: [{ title: '一、' }], measures: [] }), expect: 'rejected', reason: 'no numbered measures' });
  add({ file: 'html-news-not-genre.html', category: 'html-not-genre', note: 'a news page', bytes: html('<h1>市长调研</h1><p>市长今天到某区调研了农业生产情况。</p><p>发布时间:2024-01-01</p>'), expect: 'rejected', reason: 'no numbered measures' });
  add({ file: 'html-table-not-genre.html', category: 'html-not-genre', note: 'a table of numbers', bytes: html(`<table>${'<tr><td>1</td><td>2</td></tr>'.repeat(50)}</table>`), expect: 'rejected', reason: 'no numbered measures' });
  add({ file: 'html-script-only.html', category: 'html-not-genre', note: 'the genre text only inside <script> and <style>',
    bytes: html(`<script>var s = ${JSON.stringify(mini)};</script><style>/* 一、 (一) */</style><p>无内容</p>`), expect: 'rejected', reason: 'no numbered measures' });
  add({ file: 'html-genre-in-pre.html', category: 'html', note: 'a valid document inside <pre>', bytes: html(`<pre>${mini}</pre>`), expect: 'accepted' });
  add({ file: 'html-genre-in-paragraphs.html', category: 'html', note: 'a valid document as <p> per line', bytes: html(mini.split('\n').map((l) => `<p>${l}</p>`).join('')), expect: 'accepted' });
  add({ file: 'html-unclosed-tags.html', category: 'html', note: 'unclosed tags everywhere', bytes: `<html><body><div><p>${mini.split('\n').join('<p><span>')}`, expect: 'accepted' });
  add({ file: 'html-deeply-nested.html', category: 'html', note: '20,000 nested <div>s around a valid document',
    bytes: html(`${'<div>'.repeat(20000)}${paras(mini)}${'</div>'.repeat(20000)}`), expect: 'accepted' });
  add({ file: 'html-deeply-nested-unclosed.html', category: 'html', note: '20,000 unclosed <span>s', bytes: html(`${'<span>'.repeat(20000)}${paras(mini)}`), expect: 'accepted' });
  add({ file: 'html-entities.html', category: 'html', note: 'brackets as entities (&#12298; for 《)', bytes: html(`<pre>${mini.replace(/《/g, '&#12298;').replace(/》/g, '&#x300B;')}</pre>`), expect: 'accepted' });
  add({ file: 'html-xss-agency.html', category: 'html', note: 'an agency name that is an XSS payload', bytes: html(paras(mini.replace('(市财政局)', '(&lt;img src=x onerror=alert(1)&gt;)'))), expect: 'accepted' });
  add({ file: 'huge-number-value.txt', category: 'huge-number', note: 'a 40-digit target value', bytes: rep('10个', '9999999999999999999999999999999999999999个'), expect: 'accepted' });
  add({ file: 'huge-number-year.txt', category: 'huge-number', note: 'year 99999999999', bytes: rep('到2025年', '到99999999999年'), expect: 'accepted' });
  add({ file: 'huge-number-exponent.txt', category: 'huge-number', note: 'a value 1e400 and 1.7976931348623157e309', bytes: rep('10个', '1e400个和1.7976931348623157e309'), expect: 'accepted' });
  add({ file: 'huge-number-ordinal.txt', category: 'huge-number', note: 'action number 99999999999999999999', bytes: rep('2.到2025年', '99999999999999999999.到2025年'), expect: 'accepted', diagnosed: true });
  add({ file: 'huge-number-document-number.txt', category: 'huge-number', note: '发文字号 with a 30-digit year', bytes: rep('〔2022〕68号', '〔202220222022202220222022202220〕68号'), expect: 'accepted' });
  add({ file: 'long-line-100k.txt', category: 'long-line', note: 'a 100,000-character measure line', bytes: rep('建设创新平台', '建设创新平台' + '很长'.repeat(50000)), expect: 'accepted' });
  add({ file: 'many-measures.txt', category: 'long-line', note: '99 measures in one chapter',
    bytes: miniDoc('一、大量措施\n' + Array.from({ length: 99 }, (_, i) => `(${zhNumber(i + 1)})措施${i + 1}。(牵头单位:市财政局)`).join('\n')), expect: 'accepted' });
  add({ file: 'cr-only-newlines.txt', category: 'line-endings', note: 'old-Mac CR line endings', bytes: mini.replace(/\n/g, '\r'), expect: 'accepted' });
  add({ file: 'crlf-newlines.txt', category: 'line-endings', note: 'Windows CRLF line endings', bytes: mini.replace(/\n/g, '\r\n'), expect: 'accepted' });
  add({ file: 'unicode-line-separators.txt', category: 'line-endings', note: 'U+2028 instead of newlines', bytes: mini.replace(/\n/g, '\u2028'), expect: 'rejected', reason: 'no numbered measures' });
  add({ file: 'emoji-and-astral.txt', category: 'unicode', note: 'emoji and CJK Extension B characters in texts', bytes: mini.replace(/平台/g, '平台😀𠀀𪚥'), expect: 'accepted' });
  add({ file: 'cypher-in-text.txt', category: 'unicode', note: 'Cypher and quotes inside measure text', bytes: rep('加强人才引进', "加强人才引进'); MATCH (n) DETACH DELETE n; //`{}"), expect: 'accepted' });
}

function addMutations(add: Adder, sample: string, rand: () => number): void {
  const lines = sample.split('\n');
  for (let i = 0; i < 12; i++) {
    const at = randInt(rand, sample.length);
    add({ file: `sample-truncated-${String(i).padStart(2, '0')}.txt`, category: 'mutation-truncated', note: `the sample cut after ${at} characters`, bytes: sample.slice(0, at), ...(hasMeasure(sample.slice(0, at)) ? { expect: 'accepted' as const } : { expect: 'rejected' as const, reason: 'no numbered measures' }) });
  }
  for (let i = 0; i < 8; i++) {
    add({ file: `sample-shuffled-${i}.txt`, category: 'mutation-shuffled', note: `the sample's lines shuffled (seeded)`, bytes: shuffled(rand, lines).join('\n'), expect: 'accepted', diagnosed: true });
  }
  const brackets = /[《》〔〕()()〈〉【】]/g;
  const all = [...sample.matchAll(brackets)].map((m) => m.index ?? 0);
  for (let i = 0; i < 8; i++) {
    const drop = new Set(all.filter(() => rand() < 0.05 * (i + 1)));
    let out = '';
    for (let k = 0; k < sample.length; k++) if (!drop.has(k)) out += sample[k];
    add({ file: `sample-brackets-deleted-${i}.txt`, category: 'mutation-brackets', note: `${drop.size} of ${all.length} brackets deleted`, bytes: out, expect: 'accepted', diagnostics: ['unbalanced-bracket'] });
  }
  for (let i = 0; i < 4; i++) {
    const a = randInt(rand, lines.length);
    const b = randInt(rand, lines.length);
    const spliced = [...lines.slice(0, Math.min(a, b)), ...lines.slice(Math.max(a, b)), ...lines.slice(Math.min(a, b), Math.max(a, b))];
    add({ file: `sample-spliced-${i}.txt`, category: 'mutation-spliced', note: `lines ${Math.min(a, b)}..${Math.max(a, b)} moved to the end`, bytes: spliced.join('\n'), expect: 'accepted', diagnosed: true });
  }
  add({ file: 'sample-doubled.txt', category: 'mutation-spliced', note: 'the sample twice in one file', bytes: sample + '\n' + sample, expect: 'accepted', diagnostics: ['duplicate-measure'] });
  add({ file: 'sample-no-pinyin-parens.txt', category: 'mutation-brackets', note: 'pinyin annotations lost their closing parenthesis', bytes: sample.replace(/\(([a-zü āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+)\)/g, '($1'), expect: 'accepted' });
}
