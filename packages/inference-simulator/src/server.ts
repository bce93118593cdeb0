import http from 'node:http';
import { AddressInfo } from 'node:net';

/** How one simulator process presents itself. */
export type SimulatorOptions = {
  /** Model id served, as a vLLM server would report it (`--served-model-name`). */
  model: string;
  host?: string;
  port?: number;
};

export type RunningSimulator = {
  url: string;
  close(): Promise<void>;
};

function sendJson(res: http.ServerResponse, status: number, body: unknown) {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(payload),
  });
  res.end(payload);
}

/** Error body in the shape OpenAI-compatible servers (vLLM included) answer with. */
function openAiError(message: string, type: string, code: number) {
  return { object: 'error', message, type, param: null, code };
}

export function createSimulatorHandler(options: SimulatorOptions) {
  const created = Math.floor(Date.now() / 1000);
  return (req: http.IncomingMessage, res: http.ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'GET' && path === '/health') {
      res.writeHead(200).end();
      return;
    }
    if (req.method === 'GET' && path === '/v1/models') {
      sendJson(res, 200, {
        object: 'list',
        data: [
          {
            id: options.model,
            object: 'model',
            created,
            owned_by: 'inference-simulator',
            root: options.model,
            parent: null,
          },
        ],
      });
      return;
    }
    sendJson(
      res,
      404,
      openAiError(`No route for ${req.method} ${path}`, 'NotFoundError', 404),
    );
  };
}

export async function startSimulator(
  options: SimulatorOptions,
): Promise<RunningSimulator> {
  const server = http.createServer(createSimulatorHandler(options));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8000, options.host ?? '0.0.0.0', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const host =
    options.host && options.host !== '0.0.0.0' ? options.host : '127.0.0.1';
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close(err => (err ? reject(err) : resolve()));
      }),
  };
}
