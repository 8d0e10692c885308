// A small task-decomposition document whose agency is named like an HTML injection.
import { ingestBuffer, PolicyDocument } from '../../ingest/index.ts';

export const XSS_AGENCY = '<img src=x onerror=alert(1)>';

export const xssDocumentText = `测试市人民政府关于印发网页安全测试分解方案的通知

发文字号:测府发〔2024〕1号
成文日期:2024-01-02

网页安全测试分解方案

一、加强网页安全

(一)开展页面注入防护演练。(牵头单位:${XSS_AGENCY},配合单位:市科学技术局)

具体落实举措:

1.到2026年完成3次注入防护演练。(${XSS_AGENCY})
`;

/**
 * Ingest the document with the real parser. The parser splits agency lists on whitespace, so it reads the name as
 * three agencies (`<img`, `src=x`, `onerror=alert(1)>`); those are merged back into the one agency named exactly
 * XSS_AGENCY (and made responsible for the action) and the result is re-validated with the shared zod model.
 */
export function xssDocument(): PolicyDocument {
  const result = ingestBuffer(new TextEncoder().encode(xssDocumentText), { file: 'xss.txt', contentType: 'text/plain' });
  if (!result.ok) throw new Error(`the XSS document was rejected: ${result.reason}`);
  const doc = result.document;
  const parts = new Set(XSS_AGENCY.split(' '));
  const merge = (ids: string[]) => {
    const rest = ids.filter((id) => !parts.has(id));
    return rest.length === ids.length ? ids : [XSS_AGENCY, ...rest];
  };
  return PolicyDocument.parse({
    ...doc,
    agencies: [{ id: XSS_AGENCY, name: XSS_AGENCY, nameEn: null, aliases: [] }, ...doc.agencies.filter((a) => !parts.has(a.id) && a.id !== XSS_AGENCY)],
    measures: doc.measures.map((m) => ({ ...m, lead: merge(m.lead), cooperating: merge(m.cooperating) })),
    actions: doc.actions.map((a) => ({ ...a, responsible: a.responsible.length ? merge(a.responsible) : [XSS_AGENCY] })),
  });
}
