/* eslint-disable no-console */
// The load generator of `yarn bench:backend`, in its own process so that it does not share
// the server's event loop (and its core) with the server it measures.
//
// Scenarios: `recurring` (POST /v1/recommend with the same few intents), `distinct` (every
// recommend a different intent) and `mixed` (each client loops recommend, create a plan,
// approve it, list its team's plans; intents all different). Prints one JSON line.
const autocannon = require('autocannon');

const {
  url,
  baseUrl,
  scenario,
  intents,
  seconds,
  connections,
  headers = {},
} = JSON.parse(process.argv[2]);

/** Every request of the distinct scenarios asks for a different number of users. */
const distinctIntent = i => {
  const base = intents[i % intents.length];
  return { ...base, users: base.users + 1 + Math.floor(i / intents.length) };
};

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

let counter = 0;
const basePath = baseUrl ? new URL(baseUrl).pathname : '';
const json = {
  headers: { 'content-type': 'application/json', ...headers },
};

/** The request sequence each client loops over, with the route it is reported under. */
function sequence() {
  if (scenario === 'recurring') {
    return intents.map(intent => ({
      route: 'recommend',
      request: {
        ...json,
        method: 'POST',
        body: JSON.stringify(intent),
      },
    }));
  }
  if (scenario === 'distinct') {
    return [
      {
        route: 'recommend',
        request: {
          ...json,
          method: 'POST',
          setupRequest: req => ({
            ...req,
            body: JSON.stringify(distinctIntent(counter++)),
          }),
        },
      },
    ];
  }
  return [
    {
      route: 'recommend',
      request: {
        ...json,
        method: 'POST',
        path: `${basePath}/v1/recommend`,
        setupRequest: req => ({
          ...req,
          body: JSON.stringify(distinctIntent(counter++)),
        }),
      },
    },
    {
      route: 'createPlan',
      request: {
        ...json,
        method: 'POST',
        path: `${basePath}/v1/plans`,
        setupRequest: req => ({
          ...req,
          body: JSON.stringify({ intent: distinctIntent(counter++) }),
        }),
        onResponse: (status, body, context) => {
          if (status === 201) {
            const plan = JSON.parse(body);
            context.plan = { id: plan.id, version: plan.version };
          } else {
            context.plan = undefined;
          }
        },
      },
    },
    {
      route: 'approvePlan',
      request: {
        ...json,
        method: 'POST',
        setupRequest: (req, context) => ({
          ...req,
          path: `${basePath}/v1/plans/${context.plan?.id ?? 'none'}/approve`,
          body: JSON.stringify({ version: context.plan?.version ?? 1 }),
        }),
      },
    },
    {
      route: 'listPlans',
      request: { ...json, method: 'GET', path: `${basePath}/v1/plans` },
    },
  ];
}

const steps = sequence();
const byRoute = new Map(
  steps.map(s => [s.route, { latencies: [], errors: 0, statuses: {} }]),
);
const all = [];

autocannon(
  {
    url: scenario === 'mixed' ? new URL(baseUrl).origin : url,
    connections,
    duration: seconds,
    requests: steps.map(s => s.request),
    setupClient: client => {
      let i = 0;
      client.on('response', (status, _bytes, responseTime) => {
        const stats = byRoute.get(steps[i++ % steps.length].route);
        stats.latencies.push(responseTime);
        if (status >= 400) {
          stats.errors++;
          stats.statuses[status] = (stats.statuses[status] ?? 0) + 1;
        }
        all.push(responseTime);
      });
    },
  },
  (error, result) => {
    if (error) throw error;
    const summary = ({ latencies, errors, statuses }) => {
      latencies.sort((a, b) => a - b);
      return {
        requests: latencies.length,
        p50Ms: percentile(latencies, 50),
        p99Ms: percentile(latencies, 99),
        errors,
        ...(errors > 0 && { errorStatuses: statuses }),
      };
    };
    const routes = Object.fromEntries(
      [...byRoute].map(([route, stats]) => [route, summary(stats)]),
    );
    const overall = summary({ latencies: all, errors: 0, statuses: {} });
    console.log(
      JSON.stringify({
        scenario,
        connections,
        seconds,
        requests: result.requests.total,
        rps: result.requests.average,
        p50Ms: overall.p50Ms,
        p99Ms: overall.p99Ms,
        errors: result.errors + result.non2xx + result.timeouts,
        ...(scenario === 'mixed' && { routes }),
      }),
    );
  },
);
