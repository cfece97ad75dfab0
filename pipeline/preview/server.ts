/**
 * The preview's HTTP server, on 127.0.0.1 only. It serves three things and nothing else (404):
 * the current page at /, the last good report while the current build has errors, and the
 * build events (Server-Sent Events). It never serves a file by its path. A request whose Host
 * is not this server's is refused, so a web page cannot reach it through DNS rebinding.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EVENTS_PATH, LAST_GOOD_PATH } from './client.js';

/** The host the preview binds to: never another interface. */
export const HOST = '127.0.0.1';

/** What the server serves, from the preview's builds. */
export interface ServedPages {
  /** The page at /: the report or the error page, once the first build is done. */
  current(): Promise<Buffer>;
  /** The last report that was built, while the current build has errors. */
  lastGood(): Buffer | undefined;
  /** The newest build's event (JSON), sent to each client as it connects. */
  latest(): string | undefined;
}

export interface PreviewHttp {
  /** Such as http://127.0.0.1:4173/. */
  url: string;
  /** Sends a build event (JSON) to every connected page. */
  broadcast(data: string): void;
  /** Ends every event stream and connection and stops listening. */
  close(): Promise<void>;
}

/** The report's self-containment, enforced: nothing but inline styles, scripts, fonts and images, and the preview's own events. */
const SECURITY_HEADERS = {
  'Content-Security-Policy':
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; font-src data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
} as const;

/** Thrown when the server cannot listen (the port is taken): an environment problem. */
export class PreviewUnavailable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PreviewUnavailable';
  }
}

function text(response: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS, ...headers });
  response.end(`${body}\n`);
}

/**
 * Starts listening on 127.0.0.1.
 *
 * @param pages
 *   What to serve.
 * @param port
 *   The port; 0 takes any free one.
 * @throws PreviewUnavailable
 *   When the port is taken or cannot be used.
 */
export async function listen(pages: ServedPages, port: number): Promise<PreviewHttp> {
  const streams = new Set<ServerResponse>();
  let hosts = new Set<string>();

  const html = (request: IncomingMessage, response: ServerResponse, body: Buffer | undefined): void => {
    if (!body) return text(response, 404, 'Not found: there is no earlier report.');
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': String(body.length), ...SECURITY_HEADERS });
    response.end(request.method === 'HEAD' ? undefined : body);
  };
  const events = (request: IncomingMessage, response: ServerResponse): void => {
    response.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', ...SECURITY_HEADERS });
    response.write('retry: 1000\n\n');
    const latest = pages.latest();
    if (latest !== undefined) response.write(`event: build\ndata: ${latest}\n\n`);
    streams.add(response);
    const forget = (): void => void streams.delete(response);
    request.on('close', forget);
    response.on('error', forget);
  };

  const server = createServer((request, response) => {
    // The path as sent, without its query: never decoded, never resolved against a directory.
    const path = (request.url ?? '/').split('?')[0];
    if (!hosts.has(request.headers.host ?? '')) return text(response, 403, 'Forbidden: this preview answers only to 127.0.0.1.');
    const route = path === '/' ? 'page' : path === LAST_GOOD_PATH ? 'last-good' : path === EVENTS_PATH ? 'events' : undefined;
    if (!route) return text(response, 404, 'Not found: the preview serves the report at / and nothing else.');
    if (request.method !== 'GET' && request.method !== 'HEAD') return text(response, 405, 'Method not allowed.', { Allow: 'GET, HEAD' });
    if (route === 'events') return events(request, response);
    const body = route === 'page' ? pages.current() : Promise.resolve(pages.lastGood());
    body.then(
      (found) => html(request, response, found),
      (error: unknown) => text(response, 500, `The preview failed: ${String(error)}`),
    );
  });
  // Event streams stay open; keep-alive comments find the pages that went away.
  const ping = setInterval(() => {
    for (const stream of streams) stream.write(': ping\n\n');
  }, 20_000);
  ping.unref();

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      clearInterval(ping);
      reject(
        new PreviewUnavailable(
          error.code === 'EADDRINUSE'
            ? `port ${port} on ${HOST} is already in use; give another with --port N (0 takes any free port)`
            : `the preview could not listen on ${HOST}:${port}: ${error.message}`,
        ),
      );
    });
    server.listen(port, HOST, () => resolve());
  });
  const bound = (server.address() as AddressInfo).port;
  hosts = new Set([`${HOST}:${bound}`, `localhost:${bound}`]);

  return {
    url: `http://${HOST}:${bound}/`,
    broadcast(data) {
      for (const stream of streams) stream.write(`event: build\ndata: ${data}\n\n`);
    },
    async close() {
      clearInterval(ping);
      for (const stream of streams) stream.end();
      streams.clear();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
