import { once } from 'node:events';
import { type AddressInfo, createServer, type Server, type Socket } from 'node:net';

export interface ReceivedEmail {
  from: string;
  to: string[];
  data: string;
}

export interface TestTcpServer {
  port: number;
  url: string;
  close(): Promise<void>;
}

/** Listens on `port` (0: any free one); close() also ends the connections still open. */
async function listen(server: Server, port: number): Promise<TestTcpServer> {
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.listen(port, '127.0.0.1');
  await once(server, 'listening');
  const bound = (server.address() as AddressInfo).port;
  return {
    port: bound,
    url: `smtp://127.0.0.1:${bound}`,
    async close() {
      const closed = once(server, 'close');
      server.close();
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}

/** The smallest SMTP server nodemailer talks to: accepts every command, keeps each message. */
export async function startSmtpServer(port = 0): Promise<TestTcpServer & { received: ReceivedEmail[] }> {
  const received: ReceivedEmail[] = [];
  const server = createServer((socket) => {
    let buffer = '';
    let inData = false;
    let message: ReceivedEmail = { from: '', to: [], data: '' };
    socket.write('220 test ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      let end: number;
      while ((end = buffer.indexOf(inData ? '\r\n.\r\n' : '\r\n')) !== -1) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + (inData ? 5 : 2));
        if (inData) {
          received.push({ ...message, data: line });
          message = { from: '', to: [], data: '' };
          inData = false;
          socket.write('250 queued\r\n');
        } else if (/^MAIL FROM:/i.test(line)) {
          message.from = line.slice('MAIL FROM:'.length);
          socket.write('250 ok\r\n');
        } else if (/^RCPT TO:/i.test(line)) {
          message.to.push(line.slice('RCPT TO:'.length));
          socket.write('250 ok\r\n');
        } else if (/^DATA/i.test(line)) {
          inData = true;
          socket.write('354 go on\r\n');
        } else if (/^QUIT/i.test(line)) {
          socket.end('221 bye\r\n');
        } else {
          socket.write('250 ok\r\n'); // EHLO and anything else
        }
      }
    });
  });
  return { ...(await listen(server, port)), received };
}

/** A server that accepts TCP connections and never says a word: an SMTP server hung, or a firewall's black hole. */
export function startBlackHoleServer(port = 0): Promise<TestTcpServer> {
  return listen(
    createServer(() => {}),
    port,
  );
}
