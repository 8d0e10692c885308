// A local OpenAI-compatible test server (node http on 127.0.0.1:0): POST /v1/chat/completions answers the next
// canned reply and records every request body. No network beyond loopback.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChatRequest { model?: string; messages: Array<{ role: string; content: unknown }> }

export interface FakeOpenAI {
  baseURL: string;
  requests: ChatRequest[];
  /** Replies served in order (the last one repeats). */
  reply(...contents: string[]): void;
  close(): Promise<void>;
}

export async function startFakeOpenAI(): Promise<FakeOpenAI> {
  const requests: ChatRequest[] = [];
  let queue: string[] = ['{}'];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8').on('data', (d: string) => { body += d; });
    req.on('end', () => {
      if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) { res.writeHead(404).end(); return; }
      requests.push(JSON.parse(body) as ChatRequest);
      const content = queue.length > 1 ? queue.shift()! : queue[0]!;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({
        id: `chatcmpl-${requests.length}`, object: 'chat.completion', created: 1_700_000_000, model: 'test-model',
        choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop', logprobs: null }],
        usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
      }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    reply: (...contents: string[]) => { queue = contents.length ? contents : ['{}']; },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
