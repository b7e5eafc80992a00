import { createServer } from 'node:http';
import { type AddressInfo } from 'node:net';

export interface ReceivedWebhook {
  body: unknown;
  status: number;
}

export interface WebhookReceiver {
  url: string;
  received: ReceivedWebhook[];
  close(): Promise<void>;
}

// A local HTTP endpoint standing in for the portal's webhook route; `answer` picks each status.
export async function startWebhookReceiver(
  answer: (body: unknown, received: readonly ReceivedWebhook[]) => number = () => 200,
): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        body = Buffer.concat(chunks).toString('utf8');
      }
      const status = answer(body, received);
      received.push({ body, status });
      response.writeHead(status, { 'content-type': 'text/plain' }).end(status === 200 ? 'ok' : 'no');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/webhooks/jackpot/conformance-secret`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
