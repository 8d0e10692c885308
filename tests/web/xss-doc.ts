// A small task-decomposition document whose agency is named like an HTML injection.
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

export const xssDocumentBytes = (): Uint8Array => new TextEncoder().encode(xssDocumentText);
