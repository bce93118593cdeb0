import { roundTo } from '../stats';
import type { Intent, SloTemplate, Workload } from './schemas';

/**
 * What "N users" means when the intent does not say: the people who may use the service
 * (population). Planners that read it as req/s or as concurrent requests over-size by orders of
 * magnitude; planners that read it as ~2 req/s without saying so hide the choice. Assumption.
 * @public
 */
export const DEFAULT_USERS_MEAN = 'population' as const;

/** Hours per day the service is busy, used for the average rate only. Assumption. @public */
export const DEFAULT_ACTIVE_HOURS_PER_DAY = 10;

/**
 * Derives the workload from an intent and its use-case template. Keeps population, concurrent
 * sessions and request rate apart and states every assumption.
 *
 *  - population P: concurrent sessions S = P x active fraction; each session sends r requests
 *    per minute (or one per think time + e2e target), so peak rate = S x r / 60 x peak factor;
 *  - concurrent sessions S: as above without the active fraction; S is taken as the peak;
 *  - rps R: R is taken as the peak request rate;
 *  - a concurrent or rps count said as an average (`usersAt: average`) is multiplied by the
 *    peak factor for the peak.
 * @public
 */
export function deriveWorkload(
  intent: Intent,
  template: SloTemplate,
): Workload {
  const assumptions: string[] = [];
  const trace: string[] = [];
  const usersMean = intent.usersMean ?? DEFAULT_USERS_MEAN;
  if (!intent.usersMean)
    assumptions.push(
      `"${intent.users} users" read as a population of ${intent.users} people who may use the service (not concurrent sessions, not req/s); pass usersMean = concurrent | rps to change`,
    );
  const hours = intent.activeHoursPerDay ?? DEFAULT_ACTIVE_HOURS_PER_DAY;
  if (intent.activeHoursPerDay === undefined)
    assumptions.push(
      `busy ${hours} h/day (used for the average rate only; replicas are sized for the peak and billed 24 h/day)`,
    );
  const perSessionRps = perSessionRate(intent, template, trace);
  const rates = requestRates(
    usersMean,
    intent,
    template,
    perSessionRps,
    assumptions,
    trace,
  );
  const { input, output } = tokenShape(intent, template, assumptions);
  const slo = sloTargets(intent, template, assumptions);
  if (template.derivation)
    assumptions.push(`template ${template.id}: ${template.derivation}`);
  return {
    useCase: template.id,
    users: intent.users,
    usersMean,
    population: rates.population,
    concurrentSessions: rates.sessions,
    avgRps: roundTo(rates.avgRps, 4),
    peakRps: roundTo(rates.peakRps, 4),
    activeHoursPerDay: hours,
    inputTokens: input,
    outputTokens: output,
    slo,
    assumptions,
    trace,
  };
}

/** Requests per second one session sends: from a think time, or requests per minute. */
function perSessionRate(
  intent: Intent,
  template: SloTemplate,
  trace: string[],
): number {
  if (intent.thinkTimeS !== undefined) {
    const e2e = (intent.slo?.e2eMs ?? template.slo.e2eMs ?? 0) / 1000;
    const rate = 1 / (intent.thinkTimeS + e2e);
    trace.push(
      `per-session rate = 1 / (think ${
        intent.thinkTimeS
      } s + e2e target ${e2e} s) = ${roundTo(rate, 4)} req/s`,
    );
    return rate;
  }
  const perMin =
    intent.requestsPerActiveUserPerMin ??
    template.traffic.requestsPerActiveUserPerMin;
  const rate = perMin / 60;
  trace.push(
    `per-session rate = ${perMin} req/min / 60 = ${roundTo(rate, 4)} req/s (${
      intent.requestsPerActiveUserPerMin
        ? 'intent'
        : `template ${
            template.id
          }, slo_templates.csv rows ${template.sourceRows.join(', ')}`
    })`,
  );
  return rate;
}

type RequestRates = {
  population: number | null;
  sessions: number | null;
  peakRps: number;
  avgRps: number;
};

/** Peak and average request rate from what "users" means, with the peak and burst factors. */
function requestRates(
  usersMean: Workload['usersMean'],
  intent: Intent,
  template: SloTemplate,
  perSessionRps: number,
  assumptions: string[],
  trace: string[],
): RequestRates {
  const t = template.traffic;
  const activeFraction = intent.activeFraction ?? t.activeFraction;
  const peakFactor = intent.peakFactor ?? t.peakFactor;
  const burst = intent.burstFactor ?? 1;
  const averaged = intent.usersAt === 'average';
  let population: number | null = null;
  let sessions: number | null = null;
  let peakRps: number;
  let avgRps: number;
  if (usersMean === 'population') {
    population = intent.users;
    sessions = population * activeFraction;
    avgRps = sessions * perSessionRps;
    peakRps = avgRps * peakFactor * burst;
    trace.push(
      `concurrent sessions = population ${population} x active fraction ${activeFraction} = ${roundTo(
        sessions,
        4,
      )}`,
    );
    trace.push(
      `average rate (busy hours) = ${roundTo(sessions, 4)} x ${roundTo(
        perSessionRps,
        4,
      )} = ${roundTo(avgRps, 4)} req/s`,
    );
    trace.push(
      `peak rate = ${roundTo(avgRps, 4)} x peak factor ${peakFactor}${
        burst !== 1 ? ` x burst ${burst}` : ''
      } = ${roundTo(peakRps, 4)} req/s`,
    );
    if (intent.activeFraction === undefined)
      assumptions.push(
        `${
          activeFraction * 100
        } % of the population active at the busiest time (template ${
          template.id
        })`,
      );
  } else if (usersMean === 'concurrent' && averaged) {
    sessions = intent.users * peakFactor;
    avgRps = intent.users * perSessionRps;
    peakRps = avgRps * peakFactor * burst;
    trace.push(
      `peak rate = ${
        intent.users
      } concurrent sessions on average x peak factor ${peakFactor} x ${roundTo(
        perSessionRps,
        4,
      )} req/s${burst !== 1 ? ` x burst ${burst}` : ''} = ${roundTo(
        peakRps,
        4,
      )} req/s`,
    );
    assumptions.push(
      `${intent.users} concurrent sessions on average, ${roundTo(
        sessions,
        4,
      )} at peak (${peakFactor}x); each session is a person in a conversation, not a request in flight`,
    );
  } else if (usersMean === 'concurrent') {
    sessions = intent.users;
    peakRps = sessions * perSessionRps * burst;
    avgRps = peakRps / peakFactor;
    trace.push(
      `peak rate = ${sessions} concurrent sessions x ${roundTo(
        perSessionRps,
        4,
      )} req/s${burst !== 1 ? ` x burst ${burst}` : ''} = ${roundTo(
        peakRps,
        4,
      )} req/s (sessions taken as the peak)`,
    );
    trace.push(
      `average rate = peak / peak factor ${peakFactor} = ${roundTo(
        avgRps,
        4,
      )} req/s`,
    );
    assumptions.push(
      `${sessions} concurrent sessions taken as the peak; each session is a person in a conversation, not a request in flight`,
    );
  } else if (averaged) {
    avgRps = intent.users;
    peakRps = avgRps * peakFactor * burst;
    trace.push(
      `peak rate = ${
        intent.users
      } req/s on average x peak factor ${peakFactor}${
        burst !== 1 ? ` x burst ${burst}` : ''
      } = ${roundTo(peakRps, 4)} req/s`,
    );
    assumptions.push(
      `${intent.users} req/s taken as the average request rate, ${roundTo(
        peakRps,
        4,
      )} req/s at peak`,
    );
  } else {
    peakRps = intent.users * burst;
    avgRps = peakRps / peakFactor;
    trace.push(
      `peak rate = ${intent.users} req/s as given${
        burst !== 1 ? ` x burst ${burst}` : ''
      }; average = peak / ${peakFactor} = ${roundTo(avgRps, 4)} req/s`,
    );
    assumptions.push(`${intent.users} req/s taken as the peak request rate`);
  }
  if (intent.peakFactor === undefined && (usersMean !== 'rps' || averaged))
    assumptions.push(`peak factor ${peakFactor} (template ${template.id})`);
  if (template.traffic.burstSize > 1 && intent.burstFactor === undefined)
    assumptions.push(
      `template arrivals come in bursts of ${template.traffic.burstSize}; bursts are absorbed by the replica headroom, not modelled separately`,
    );
  return { population, sessions, peakRps, avgRps };
}

/** Token lengths per request: the intent's, else the template's. */
function tokenShape(
  intent: Intent,
  template: SloTemplate,
  assumptions: string[],
): { input: Workload['inputTokens']; output: Workload['outputTokens'] } {
  const input = intent.inputTokens
    ? { mean: intent.inputTokens, p50: null, p90: null }
    : template.tokens.input;
  const output = intent.outputTokens
    ? { mean: intent.outputTokens, p50: null, p90: null }
    : template.tokens.output;
  assumptions.push(
    `token lengths: ${roundTo(input.mean, 4)} in / ${roundTo(
      output.mean,
      4,
    )} out per request (${
      intent.inputTokens || intent.outputTokens
        ? 'intent'
        : `template ${template.id}: ${template.source}`
    }); latency is predicted at the mean shape`,
  );
  return { input, output };
}

/** The SLO targets checked: the intent's where given, else the template's. */
function sloTargets(
  intent: Intent,
  template: SloTemplate,
  assumptions: string[],
): Workload['slo'] {
  const slo = {
    percentile: intent.slo?.percentile ?? template.slo.percentile,
    ttftMs: intent.slo?.ttftMs ?? template.slo.ttftMs,
    itlMs: intent.slo?.itlMs ?? template.slo.itlMs,
    e2eMs: intent.slo?.e2eMs ?? template.slo.e2eMs,
  };
  assumptions.push(
    `SLO at ${slo.percentile}: TTFT ${slo.ttftMs ?? '-'} ms, ITL ${
      slo.itlMs ?? '-'
    } ms, e2e ${slo.e2eMs ?? '-'} ms (${
      intent.slo ? 'intent overrides template' : `template ${template.id}`
    })`,
  );
  if (
    intent.slo?.percentile &&
    intent.slo.percentile !== template.slo.percentile
  )
    assumptions.push(
      `every target is checked at ${intent.slo.percentile} (the percentile given); the template states its targets at ${template.slo.percentile}`,
    );
  return slo;
}
