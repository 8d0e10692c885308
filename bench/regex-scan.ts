// The parse ceiling: decode the bytes and make one pass of a single regex over the text that finds the genre's
// landmarks (chapter/measure/action heads, agency parentheses, 《titles》, 〔year〕numbers, quantified targets).
// It extracts nothing and validates nothing: no real parser can be faster than this on the same text.

const HEADS = String.raw`(?:^|\n)[ \t\u3000]*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d+[.．])`;
const AGENCIES = String.raw`[(（](?:牵头单位|牽頭單位|责任单位|責任單位)[:：][^)）\n]*[)）]?`;
const TITLES = String.raw`《[^》\n]{1,200}》`;
const NUMBERS = String.raw`[〔\[(（]?\d{4}[〕\])）]\d+[号號]`;
const TARGETS = String.raw`\d{4}年[^。\n]{0,40}?(?:达到|達到|不低于|超过|超過)\d+(?:\.\d+)?`;
const SCAN = new RegExp([HEADS, AGENCIES, TITLES, NUMBERS, TARGETS].join('|'), 'g');

const decoder = new TextDecoder('utf-8');

/** Number of landmarks found in one input; the work is decode + one regex pass. */
export function regexScan(bytes: Uint8Array): number {
  const text = decoder.decode(bytes);
  SCAN.lastIndex = 0;
  let n = 0;
  while (SCAN.exec(text) !== null) n++;
  return n;
}
