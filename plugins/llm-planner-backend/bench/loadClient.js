/* eslint-disable no-console */
// The load generator of `yarn bench:backend`, in its own process so that it does not share
// the server's event loop (and its one core) with the server it measures.
const autocannon = require('autocannon');

const { url, scenario, intents, seconds, connections } = JSON.parse(
  process.argv[2],
);

/** Every request of the distinct scenario asks for a different number of users. */
const distinctIntent = i => {
  const base = intents[i % intents.length];
  return { ...base, users: base.users + 1 + Math.floor(i / intents.length) };
};

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

const latencies = [];
let counter = 0;
const json = {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
};
autocannon(
  {
    url,
    connections,
    duration: seconds,
    requests:
      scenario === 'recurring'
        ? intents.map(intent => ({ ...json, body: JSON.stringify(intent) }))
        : [
            {
              ...json,
              setupRequest: req => ({
                ...req,
                body: JSON.stringify(distinctIntent(counter++)),
              }),
            },
          ],
    setupClient: client =>
      client.on('response', (_status, _bytes, responseTime) =>
        latencies.push(responseTime),
      ),
  },
  (error, result) => {
    if (error) throw error;
    latencies.sort((a, b) => a - b);
    console.log(
      JSON.stringify({
        scenario,
        connections,
        requests: result.requests.total,
        rps: result.requests.average,
        p50Ms: percentile(latencies, 50),
        p99Ms: percentile(latencies, 99),
        errors: result.errors + result.non2xx + result.timeouts,
      }),
    );
  },
);
