#!/usr/bin/env node
/* eslint-disable no-console */
// `node benchmarks/scaling/validate.js [--replicas N] [--seconds S] [--seed K] [--max-num-seqs C]`
//
// Validates the scaling simulation (plugins/llm-planner-common/src/scaling) against the
// inference simulator (packages/inference-simulator): a spiky pattern (a steady base load for
// the first two thirds, a burst, base load) is replayed
//   (a) through N inference-simulator processes on 127.0.0.1 (timing from the same engine
//       surface, --max-num-seqs = the scaling plan's slots; warmed up by 3 requests each), driven
//       by a load driver that issues
//       the per-second arrival counts at seeded uniform instants within each second (a Poisson
//       process given its counts) and round-robins requests over the replicas, and
//   (b) through `simulate()` with the same per-second arrival counts (and, for the steady
//       phase, with the pattern's rates: the expectation over arrival realisations), a fixed
//       policy of N replicas, the round-robin router and fixed-length requests (output-length
//       CV 0),
// then TTFT and e2e p50/p95 are compared per minute, over the steady phase (before the burst;
// the ratios sim / measured are printed) and overall. Loopback only; every loop is
// bounded; the simulator processes are stopped by PID. Writes benchmarks/scaling/validate-results.json.
require('@backstage/cli/config/nodeTransform.cjs');
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const {
  createPlanner,
  prepareScalingPlan,
  simulate,
  fixedPolicy,
  createRng,
  samplePoisson,
  DAY_SECONDS,
} = require('../../plugins/llm-planner-common/src');
const { loadSeedKb } = require('../../packages/planner-cli/src/seed');
const {
  timingProfileFromEngine,
} = require('../../packages/inference-simulator/src/timing/fromEngine');
const {
  sendStreamingRequest,
  closeClientSockets,
} = require('../../packages/inference-simulator/src/loadtest/client');
const {
  syntheticPrompt,
} = require('../../packages/inference-simulator/src/loadtest/prompts');
const {
  percentile,
} = require('../../packages/inference-simulator/src/loadtest/stats');

const ROOT = path.resolve(__dirname, '../..');
const SIM_BIN = path.join(
  ROOT,
  'packages/inference-simulator/bin/inference-simulator',
);

function arg(name, def) {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : def;
}
const N = arg('--replicas', 3);
// a 10-minute steady phase: the p95 of a 2-minute window of Poisson arrivals varies by a factor
// of 3 between seeds (clumps of arrivals at the tens-of-seconds scale), which no model matches
const SECONDS = arg('--seconds', 900);
const SEED = arg('--seed', 7);
// default: the plan's slots (floor of its SLO capacity per replica)
const SLOTS = arg('--max-num-seqs', 0);
const INTENT = {
  useCase: 'chatbot',
  users: 2000,
  model: 'llama-3.1-8b',
  gpu: 'L40S',
};

const r1 = x =>
  x === null || !Number.isFinite(x) ? null : Math.round(x * 10) / 10;
const q = (xs, p) => {
  if (xs.length === 0) return null;
  return percentile(
    [...xs].sort((a, b) => a - b),
    p,
  );
};

function startReplica(profile, slots, seed) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        SIM_BIN,
        '--profile',
        profile,
        '--max-num-seqs',
        String(slots),
        '--host',
        '127.0.0.1',
        '--port',
        '0',
        '--seed',
        String(seed),
        '--drain-seconds',
        '0',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`simulator not ready: ${out}`));
    }, 30_000);
    child.stdout.on('data', d => {
      out += d;
      const m = out.match(/serving (\S+) at (http:\/\/\S+)/);
      if (m) {
        clearTimeout(timer);
        resolve({ child, model: m[1], url: m[2] });
      }
    });
    child.stderr.on('data', d => (out += d));
    child.on('exit', code => {
      clearTimeout(timer);
      reject(new Error(`simulator exited ${code}: ${out}`));
    });
  });
}

async function stopReplica(r) {
  if (r.child.exitCode !== null) return;
  r.child.removeAllListeners('exit');
  const exited = new Promise(res => r.child.once('exit', res));
  process.kill(r.child.pid, 'SIGTERM');
  await Promise.race([exited, new Promise(res => setTimeout(res, 5000))]);
  if (r.child.exitCode === null) process.kill(r.child.pid, 'SIGKILL');
}

async function main() {
  const planner = createPlanner(loadSeedKb(ROOT));
  const plan = planner.plan(INTENT);
  const probe = prepareScalingPlan(planner.engine, plan, { tablePoints: 33 });
  const slots =
    SLOTS > 0 ? SLOTS : Math.max(1, Math.floor(probe.slotsPerReplica));
  // the driver sends fixed-length requests (ignore_eos): output-length CV 0
  const sp = prepareScalingPlan(planner.engine, plan, {
    maxNumSeqs: slots,
    outputTokensCv: 0,
  });
  const rec = plan.recommendations[0];
  const cfg = planner.engine.resolveConfig({
    model: rec.modelId,
    gpu: rec.gpuId,
    tp: rec.tp,
    engine: rec.engine,
    precision: rec.precision,
  });

  // capacity of one replica at max-num-seqs (Little's law on the table's mean e2e)
  const g = sp.table.points - 1;
  const e2eAtSlots = sp.table.mean[g * 3 + 2];
  const capRps = slots / (e2eAtSlots / 1000);
  const baseRps = 0.6 * N * capRps;
  const burstRps = 1.4 * N * capRps;
  // the steady phase is the first two thirds: enough requests for a stable p95
  const burstFrom = Math.round((SECONDS * 2) / 3);
  const burstTo = burstFrom + Math.round(SECONDS / 15);
  const rate = s => (s >= burstFrom && s < burstTo ? burstRps : baseRps);
  const rng = createRng(SEED);
  const counts = Array.from({ length: SECONDS }, (_, s) =>
    samplePoisson(rng, rate(s)),
  );
  const total = counts.reduce((a, b) => a + b, 0);

  // (b) the scaling simulation of the same arrivals, fixed N replicas
  const perSecond = new Array(DAY_SECONDS).fill(0);
  counts.forEach((c, s) => (perSecond[s] = c));
  const simOptions = {
    arrivals: 'expected',
    warmupSeconds: 0,
    seed: SEED,
    router: 'round-robin',
  };
  const t0sim = performance.now();
  const sim = simulate(sp, { kind: 'rates', perSecond }, fixedPolicy(N), {
    ...simOptions,
    intervalSeconds: 60,
  });
  const simMs = performance.now() - t0sim;
  // the steady phase as one interval
  const simSteady = simulate(sp, { kind: 'rates', perSecond }, fixedPolicy(N), {
    ...simOptions,
    intervalSeconds: burstFrom,
  }).intervals[0];
  // the pattern itself (expected rates, not the realised counts): the per-replica queue model
  // carries the Poisson noise; the realised counts put it into the fluid pool a second time
  const perSecondRate = new Array(DAY_SECONDS).fill(0);
  for (let s2 = 0; s2 < SECONDS; s2++) perSecondRate[s2] = rate(s2);
  const simPatternSteady = simulate(
    sp,
    { kind: 'rates', perSecond: perSecondRate },
    fixedPolicy(N),
    { ...simOptions, intervalSeconds: burstFrom },
  ).intervals[0];
  // arrival instants: uniform within each second (seeded), i.e. a Poisson process given the counts
  const placeRng = createRng(SEED + 1000);
  const instants = counts.map((c, s) =>
    Array.from({ length: c }, () => s * 1000 + placeRng() * 1000).sort(
      (a, b) => a - b,
    ),
  );

  // (a) N inference-simulator processes, same surface, same arrivals
  const profile = timingProfileFromEngine(planner.engine, cfg, {
    inputTokens: sp.inputTokens,
    outputTokens: sp.outputTokens,
    maxNumSeqs: slots,
  });
  const profileFile = path.join(
    fs.mkdtempSync(path.join(os.tmpdir(), 'scaling-validate-')),
    'profile.json',
  );
  fs.writeFileSync(profileFile, JSON.stringify(profile));
  console.log(
    `scaling-simulation validation: ${sp.label}, ${sp.inputTokens} prompt / ${sp.outputTokens} output tokens, ` +
      `max-num-seqs ${slots}, ${N} fixed replicas`,
  );
  console.log(
    `pattern: ${SECONDS} s, Poisson arrivals (seed ${SEED}) at ${baseRps.toFixed(
      2,
    )} req/s (0.6 x capacity ${(N * capRps).toFixed(
      2,
    )}) with a burst of ${burstRps.toFixed(
      2,
    )} req/s (1.4 x) from ${burstFrom} to ${burstTo} s: ${total} requests`,
  );
  console.log(`surface: ${profile.provenance.split('; per point')[0]}`);
  console.log('starting simulator replicas ...');
  const replicas = [];
  const samples = [];
  try {
    for (let i = 0; i < N; i++) {
      replicas.push(await startReplica(profileFile, slots, SEED + i));
    }
    const model = replicas[0].model;
    // warm-up: a few full-size requests per replica, one at a time, so JIT compilation and
    // connection set-up do not queue the first measured requests (the simulation has no cold
    // start either)
    const warmStart = performance.now();
    for (let w = 0; w < 3; w++) {
      await Promise.all(
        replicas.map((r, i) =>
          sendStreamingRequest(
            {
              target: r.url,
              model,
              endpoint: 'completions',
              ignoreEos: true,
              requestTimeoutMs: 60_000,
            },
            syntheticPrompt(sp.inputTokens, 1_000_000 + w * N + i),
            sp.outputTokens,
            warmStart,
            sp.inputTokens,
          ),
        ),
      );
    }
    const t0 = performance.now();
    const pending = [];
    let issued = 0;
    let done = 0;
    const ticker = setInterval(() => {
      const el = (performance.now() - t0) / 1000;
      process.stderr.write(
        `  t=${el.toFixed(0)}s issued ${issued}/${total} done ${done}\n`,
      );
    }, 15_000);
    try {
      for (let s = 0; s < SECONDS; s++) {
        const c = counts[s];
        for (let k = 0; k < c; k++) {
          const at = instants[s][k];
          const wait = t0 + at - performance.now();
          if (wait > 0) await new Promise(r => setTimeout(r, wait));
          const target = replicas[issued % N];
          const idx = issued++;
          pending.push(
            sendStreamingRequest(
              {
                target: target.url,
                model,
                endpoint: 'completions',
                ignoreEos: true,
                requestTimeoutMs: 300_000,
              },
              syntheticPrompt(sp.inputTokens, idx),
              sp.outputTokens,
              t0,
              sp.inputTokens,
            ).then(r => {
              done++;
              samples.push({ arrivalS: at / 1000, ...r });
            }),
          );
        }
      }
      await Promise.all(pending);
    } finally {
      clearInterval(ticker);
    }
  } finally {
    closeClientSockets();
    for (const r of replicas) await stopReplica(r);
  }

  // comparison per minute (measured: by arrival minute; simulation: its 60 s intervals)
  const ok = samples.filter(s => s.ok);
  const failed = samples.length - ok.length;
  const minutes = Math.ceil(SECONDS / 60);
  const rows = [];
  const stat = list => ({
    n: list.length,
    ttftP50: q(
      list.map(s => s.ttftMs),
      50,
    ),
    ttftP95: q(
      list.map(s => s.ttftMs),
      95,
    ),
    e2eP50: q(
      list.map(s => s.e2eMs),
      50,
    ),
    e2eP95: q(
      list.map(s => s.e2eMs),
      95,
    ),
  });
  for (let m = 0; m < minutes; m++) {
    const inMinute = ok.filter(
      s => s.arrivalS >= m * 60 && s.arrivalS < (m + 1) * 60,
    );
    const iv = sim.intervals[m];
    rows.push({
      minute: m,
      measured: stat(inMinute),
      simulated: {
        n: iv.requests,
        ttftP50: iv.ttftP50,
        ttftP95: iv.ttftP95,
        e2eP50: iv.e2eP50,
        e2eP95: iv.e2eP95,
      },
    });
  }
  // requests admitted after the pattern (queue drain) count in the simulation's later intervals
  const lateSim = sim.intervals
    .slice(minutes, minutes + 10)
    .reduce((a, iv) => a + iv.requests, 0);
  // how fast the simulator processes ran: e2e - TTFT (the decode part, no queueing in it) of
  // the steady phase vs the surface's (a loaded host stretches the simulator's timers)
  const decodeMeasured = q(
    ok.filter(s => s.arrivalS < burstFrom).map(s => s.e2eMs - s.ttftMs),
    50,
  );
  const gSteady = Math.min(
    sp.table.points - 1,
    Math.round((baseRps * (e2eAtSlots / 1000)) / N / sp.table.step),
  );
  const decodeProfile =
    sp.table.mean[gSteady * 3 + 2] - sp.table.mean[gSteady * 3];
  const steady = {
    measured: stat(ok.filter(s => s.arrivalS < burstFrom)),
    simulated: {
      n: simSteady.requests,
      ttftP50: simSteady.ttftP50,
      ttftP95: simSteady.ttftP95,
      e2eP50: simSteady.e2eP50,
      e2eP95: simSteady.e2eP95,
    },
  };
  const steadyPattern = {
    measured: steady.measured,
    simulated: {
      n: simPatternSteady.requests,
      ttftP50: simPatternSteady.ttftP50,
      ttftP95: simPatternSteady.ttftP95,
      e2eP50: simPatternSteady.e2eP50,
      e2eP95: simPatternSteady.e2eP95,
    },
  };
  const overall = {
    measured: stat(ok),
    simulated: {
      n: total,
      ttftP50: sim.latency.ttft.p50,
      ttftP95: sim.latency.ttft.p95,
      e2eP50: sim.latency.e2e.p50,
      e2eP95: sim.latency.e2e.p95,
    },
  };
  const rel = (a, b) =>
    a === null || b === null || !(b > 0) ? null : (a - b) / b;
  const fmtRel = v =>
    v === null ? '    -' : `${v >= 0 ? '+' : ''}${(v * 100).toFixed(0)}%`;
  const cell = (meas, simv) =>
    `${String(r1(meas)).padStart(8)} ${String(r1(simv)).padStart(8)} ${fmtRel(
      rel(simv, meas),
    ).padStart(6)}`;
  console.log(
    '\nms; "sim" = scaling simulation, diff = (sim - measured) / measured; measured = N inference-simulator replicas + load driver',
  );
  console.log(
    'minute  requests meas/sim |  TTFT p50 meas      sim   diff |  TTFT p95 meas      sim   diff |   e2e p50 meas      sim   diff |   e2e p95 meas      sim   diff',
  );
  const line = (label, r) =>
    console.log(
      `${label.padEnd(7)} ${`${r.measured.n}/${r.simulated.n}`.padStart(
        17,
      )} | ${cell(r.measured.ttftP50, r.simulated.ttftP50)}      | ${cell(
        r.measured.ttftP95,
        r.simulated.ttftP95,
      )}      | ${cell(r.measured.e2eP50, r.simulated.e2eP50)}      | ${cell(
        r.measured.e2eP95,
        r.simulated.e2eP95,
      )}`,
    );
  for (const r of rows) line(String(r.minute), r);
  line('steady', steady);
  line('steady*', steadyPattern);
  line('overall', overall);
  const ratiosOf = r =>
    Object.fromEntries(
      ['ttftP50', 'ttftP95', 'e2eP50', 'e2eP95'].map(k => [
        k,
        r.measured[k] > 0 && r.simulated[k] !== null
          ? r.simulated[k] / r.measured[k]
          : null,
      ]),
    );
  // the headline: the same arrivals as the measured run; the pattern's expectation beside it
  const ratios = ratiosOf(steady);
  const ratiosPattern = ratiosOf(steadyPattern);
  const fmtRatio = v => (v === null ? '-' : v.toFixed(2));
  console.log(
    `\nsimulator speed: decode (e2e - TTFT) p50 ${r1(
      decodeMeasured,
    )} ms measured vs ${r1(decodeProfile)} ms in the profile (${fmtRel(
      rel(decodeMeasured, decodeProfile),
    )}); load average ${os
      .loadavg()
      .map(v => v.toFixed(2))
      .join(' ')}`,
  );
  console.log(
    `\nsteady = simulate() on the realised per-second counts; steady* = on the pattern's rates, the expectation over arrival realisations (TTFT p95 ratio ${fmtRatio(
      ratiosPattern.ttftP95,
    )})`,
  );
  console.log(
    `steady phase (0-${burstFrom} s, ${
      steady.measured.n
    } requests), sim / measured: TTFT p50 ${fmtRatio(
      ratios.ttftP50,
    )}, TTFT p95 ${fmtRatio(ratios.ttftP95)}, e2e p50 ${fmtRatio(
      ratios.e2eP50,
    )}, e2e p95 ${fmtRatio(ratios.e2eP95)}; TTFT p95 target 0.80-1.20: ${
      ratios.ttftP95 !== null && Math.abs(ratios.ttftP95 - 1) <= 0.2
        ? 'met'
        : 'NOT met'
    }`,
  );
  const diffs = [...rows, overall].flatMap(r =>
    ['ttftP50', 'ttftP95', 'e2eP50', 'e2eP95']
      .map(k => rel(r.simulated[k], r.measured[k]))
      .filter(v => v !== null),
  );
  const absd = diffs.map(Math.abs).sort((a, b) => a - b);
  console.log(
    `\nrequests: ${samples.length} sent, ${failed} failed; simulation admitted ${lateSim} of them after minute ${minutes} (queue drain)`,
  );
  console.log(
    `relative difference over ${absd.length} cells: median ${(
      q(absd, 50) * 100
    ).toFixed(0)} %, worst ${(absd[absd.length - 1] * 100).toFixed(
      0,
    )} %; overall e2e p50 ${fmtRel(
      rel(overall.simulated.e2eP50, overall.measured.e2eP50),
    )}, e2e p95 ${fmtRel(
      rel(overall.simulated.e2eP95, overall.measured.e2eP95),
    )}; simulate() took ${simMs.toFixed(0)} ms`,
  );
  const result = {
    date: new Date().toISOString().slice(0, 10),
    node: process.version,
    cpus: os.cpus().length,
    loadAverage: os.loadavg().map(v => Math.round(v * 100) / 100),
    plan: sp.label,
    intent: INTENT,
    replicas: N,
    maxNumSeqs: slots,
    inputTokens: sp.inputTokens,
    outputTokens: sp.outputTokens,
    pattern: {
      seconds: SECONDS,
      seed: SEED,
      baseRps,
      burstRps,
      burstFrom,
      burstTo,
    },
    requests: { total, failed },
    router: 'round-robin',
    perMinute: rows,
    steady: {
      seconds: burstFrom,
      ...steady,
      ratios,
      simulatedOnPattern: steadyPattern.simulated,
      ratiosOnPattern: ratiosPattern,
    },
    simulatorSpeed: { decodeMeasuredP50: decodeMeasured, decodeProfile },
    overall,
    medianAbsDiff: q(absd, 50),
    worstAbsDiff: absd[absd.length - 1],
  };
  fs.writeFileSync(
    path.join(__dirname, 'validate-results.json'),
    `${JSON.stringify(result, null, 2)}\n`,
  );
  console.log('wrote benchmarks/scaling/validate-results.json');
}

main().catch(e => {
  console.error(e);
  process.exit(1);
});
