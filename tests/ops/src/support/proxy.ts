import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A minimal reverse proxy: round-robin over the targets, appending the peer to X-Forwarded-For as
 * nginx does. Counts which target served each request.
 */
export class RoundRobinProxy {
  readonly served = new Map<string, number>();
  private next = 0;

  private constructor(
    private readonly server: Server,
    private readonly targets: string[],
  ) {}

  static async start(targets: string[]): Promise<RoundRobinProxy> {
    // eslint-disable-next-line prefer-const -- assigned after the server that uses it exists
    let proxy: RoundRobinProxy;
    const server = createServer((req, res) => {
      const target = proxy.pick();
      const forwarded = [req.headers['x-forwarded-for'], req.socket.remoteAddress].filter(Boolean).join(', ');
      const upstream = httpRequest(
        `${target}${req.url ?? '/'}`,
        { method: req.method, headers: { ...req.headers, 'x-forwarded-for': forwarded } },
        (answer) => {
          proxy.served.set(target, (proxy.served.get(target) ?? 0) + 1);
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => {
        res.writeHead(502).end();
      });
      req.pipe(upstream);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    proxy = new RoundRobinProxy(server, targets);
    return proxy;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  private pick(): string {
    const target = this.targets[this.next % this.targets.length] as string;
    this.next++;
    return target;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}
