/** A local web server for demo and test pages: answers any Host, so news domains can be mapped to it. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PageServer {
  readonly port: number;
  readonly server: Server;
  close(): Promise<void>;
}

export async function servePages(pages: ReadonlyMap<string, string>): Promise<PageServer> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const html = pages.get(path);
    if (html === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The news domain test and demo pages are served under (mapped to 127.0.0.1 in the browser). */
export const DEMO_HOST = 'www.aljazeera.net';
