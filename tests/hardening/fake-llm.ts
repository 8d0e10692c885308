// A local OpenAI-compatible chat-completions server (127.0.0.1, random port) that answers with whatever the test wants.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChatRequest { model?: string; messages?: Array<{ role: string; content: unknown }>; tools?: Array<{ function?: { name?: string } }>; response_format?: unknown }

/** `reply` returns the object the model "answers" with (sent as tool-call arguments, JSON content, or text). */
export async function startFakeLlm(reply: (req: ChatRequest, n: number) => unknown): Promise<{ baseURL: string; requests: ChatRequest[]; close(): Promise<void> }> {
  const requests: ChatRequest[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (d: string) => { body += d; });
    req.on('end', () => {
      let parsed: ChatRequest = {};
      try { parsed = JSON.parse(body) as ChatRequest; } catch { /* keep empty */ }
      if (!req.url?.endsWith('/chat/completions')) { res.writeHead(404).end('{}'); return; }
      requests.push(parsed);
      const payload = reply(parsed, requests.length);
      const content = typeof payload === 'string' ? payload : JSON.stringify(payload);
      const tool = parsed.tools?.[0]?.function?.name;
      const message = tool
        ? { role: 'assistant', content: null, tool_calls: [{ id: `call_${requests.length}`, type: 'function', function: { name: tool, arguments: content } }] }
        : { role: 'assistant', content };
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({
        id: `chatcmpl-${requests.length}`, object: 'chat.completion', created: 1_700_000_000, model: parsed.model ?? 'fake',
        choices: [{ index: 0, message, finish_reason: tool ? 'tool_calls' : 'stop', logprobs: null }],
        usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
      }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`, requests,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
