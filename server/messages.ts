// User-facing error messages in the asker's language (简/繁/English) for POST /api/ask.
export type Lang = 'zh-Hans' | 'zh-Hant' | 'en';

const HAN = /[\u3400-\u9fff]/;
// Characters that only occur in Traditional writing (a small, common set is enough to tell the scripts apart).
const TRAD = /[們這個國會發與為關於實學體機認說時書麼區單協產處範點內務標準還進況應條]/;

export function languageOf(text: unknown): Lang {
  if (typeof text !== 'string' || !HAN.test(text)) return 'en';
  return TRAD.test(text) ? 'zh-Hant' : 'zh-Hans';
}

const ZH: Record<string, [hans: string, hant: string]> = {
  'bad-request': ['请求有误(问题须为 1–500 字)', '請求有誤(問題須為 1–500 字)'],
  'bad-json': ['请求内容不是有效的 JSON。', '請求內容不是有效的 JSON。'],
  'too-large': ['问题太长了。', '問題太長了。'],
  'rate-limited': ['提问太频繁,请一分钟后再试。', '提問太頻繁,請一分鐘後再試。'],
  timeout: ['查询超时,请把问题问得更具体一些,或稍后再试。', '查詢逾時,請把問題問得更具體一些,或稍後再試。'],
  locked: ['数据库正忙,请稍后再试。', '資料庫正忙,請稍後再試。'],
  unavailable: ['图数据库暂时不可用,请稍后再试。', '圖資料庫暫時不可用,請稍後再試。'],
  closed: ['服务正在关闭,请稍后再试。', '服務正在關閉,請稍後再試。'],
  'schema-version': ['数据库版本不匹配,请联系管理员。', '資料庫版本不匹配,請聯絡管理員。'],
  'read-only-violation': ['只允许只读查询,这个请求被拒绝了。', '只允許唯讀查詢,這個請求被拒絕了。'],
  'multi-statement': ['只允许单条只读查询,这个请求被拒绝了。', '只允許單條唯讀查詢,這個請求被拒絕了。'],
  syntax: ['无法生成有效的查询,请换一种问法。', '無法生成有效的查詢,請換一種問法。'],
  internal: ['服务器内部错误,请稍后再试。', '伺服器內部錯誤,請稍後再試。'],
};

/** The message for `code` in `lang`; English (the original message) when there is no translation. */
export function localize(code: string, message: string, lang: Lang | undefined): string {
  const zh = ZH[code];
  if (!zh || !lang || lang === 'en') return message;
  const text = lang === 'zh-Hant' ? zh[1] : zh[0];
  return code === 'bad-request' ? `${text}: ${message}` : text;   // keep which field was wrong
}
