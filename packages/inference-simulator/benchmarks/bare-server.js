// Baseline for the throughput benchmark: a bare node:http server that reads the request body
// and answers every POST with the same bytes the simulator sent (JSON or SSE).
const http = require('node:http');
const fs = require('node:fs');

const [port, jsonFile, sseFile] = process.argv.slice(2);
const json = fs.readFileSync(jsonFile);
const sse = fs.readFileSync(sseFile);

http
  .createServer((req, res) => {
    const chunks = [];
    req.on('data', c => chunks.push(c));
    req.on('end', () => {
      const streaming = Buffer.concat(chunks).includes('"stream":true');
      if (streaming) {
        res.writeHead(200, {
          'content-type': 'text/event-stream; charset=utf-8',
          'cache-control': 'no-cache',
        });
        res.end(sse);
      } else {
        res.writeHead(200, {
          'content-type': 'application/json',
          'content-length': json.length,
        });
        res.end(json);
      }
    });
  })
  .listen(Number(port), '127.0.0.1', () => process.stdout.write('ready\n'));
