import { describe, expect, it } from 'vitest';
import { foldWidth, normalize, removePinyin } from '../../ingest/normalize.ts';
import { normalizeText, toSimplified, toTraditional } from '../../ingest/index.ts';

describe('normalize', () => {
  it('removes pinyin annotations after CJK characters', () => {
    expect(removePinyin('印發(fā)落實自治區(qū)可持續(xù)發(fā)展')).toBe('印發落實自治區可持續發展');
    expect(removePinyin('生態(tài)環(huán)境局')).toBe('生態環境局');
  });

  it('keeps real parentheses', () => {
    for (const s of ['(市林业和草原局)', '黄河重点生态区(鄂尔多斯段)', '总体规划(2021—2030年)', '条例(草案)', '(牵头单位:市能源局)', 'CCER(国家核证减排量)']) {
      expect(removePinyin(s)).toBe(s);
    }
    // latin without a tone mark, or not after a CJK char, is not pinyin
    expect(removePinyin('基站(ab)')).toBe('基站(ab)');
    expect(removePinyin('x(fā)')).toBe('x(fā)');
  });

  it('folds full-width ASCII to half-width without changing lengths', () => {
    const s = '（牵头单位：市能源局，配合单位；ＡＢ１２）';
    expect(foldWidth(s)).toBe('(牵头单位:市能源局,配合单位;AB12)');
    expect(foldWidth(s).length).toBe(s.length);
  });

  it('flags garbled runs and keeps the text', () => {
    const r = normalize('开展煤矿与高嶺土、石灰?guī)r分层开采。\n专科:高等??茖W校。');
    expect(r.text).toContain('石灰?guī)r');
    const garbled = r.diagnostics.filter((d) => d.code === 'garbled-text');
    expect(garbled.map((d) => d.line)).toEqual([1, 2]);
    expect(garbled[0]!.column).toBe(12); // 1-based: 开展煤矿与高嶺土、石灰 is 11 chars
  });

  it('does not flag a real question mark at the end of a sentence', () => {
    expect(normalize('这是问题吗?\n下一行').diagnostics).toEqual([]);
  });

  it('normalizeText gives the form users type: Simplified, half-width, no pinyin or spaces', () => {
    expect(normalizeText('市林業(yè)和草原局 （鄂府發〔2023〕58號）')).toBe('市林业和草原局(鄂府发〔2023〕58号)');
  });

  it('converts between scripts', () => {
    expect(toSimplified('市發展和改革委員會')).toBe('市发展和改革委员会');
    expect(toTraditional('市发展和改革委员会')).toBe('市發展和改革委員會');
    expect(toSimplified('衞生健康委員會 裡 裏')).toBe('卫生健康委员会 里 里'); // Hong Kong and Taiwan variants
  });
});
