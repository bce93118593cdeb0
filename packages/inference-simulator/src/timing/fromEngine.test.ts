import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import type { Engine } from '@llm-planner/backstage-plugin-llm-planner-common';
import { parseArgs, profileMain, simulatorOptionsFromCli } from '../cli';
import {
  geometricConcurrencies,
  sampleEngineSurface,
  stepTimeModelFromEngine,
  timingProfileFromEngine,
} from './fromEngine';
import { loadTimingProfile, parseTimingProfile } from './profile';
import { findSeedDir, loadSeedEngine } from './seed';

let engine: Engine;
beforeAll(() => {
  engine = loadSeedEngine(findSeedDir());
});

const QWEN = { model: 'Qwen/Qwen3-8B', gpu: 'H100', tp: 1, engine: 'vllm' };
const SHAPE = { inputTokens: 233, outputTokens: 221 };

describe('stepTimeModelFromEngine', () => {
  it('samples concurrencies 1, 2, 4 ... up to max-num-seqs', () => {
    expect(geometricConcurrencies(256)).toEqual([
      1, 2, 4, 8, 16, 32, 64, 128, 256,
    ]);
    expect(geometricConcurrencies(100)).toEqual([1, 2, 4, 8, 16, 32, 64, 100]);
    expect(geometricConcurrencies(1)).toEqual([1]);
    expect(geometricConcurrencies(0)).toEqual([1]);
  });

  it('reproduces the engine’s TTFT and ITL at the sampled concurrencies', () => {
    const cfg = engine.resolveConfig(QWEN);
    const model = stepTimeModelFromEngine(engine, cfg, {
      ...SHAPE,
      maxNumSeqs: 64,
    });
    for (const c of [1, 2, 4, 8, 16, 32, 64]) {
      const ttft = engine.predictStat(cfg, 'ttft', 'p50', 233, 221, c)!;
      const itl = engine.predictStat(cfg, 'itl', 'mean', 233, 221, c)!;
      // a sequence joining a batch of c - 1 pays the TTFT at concurrency c
      expect(model.prefillMs(233, c - 1)).toBeCloseTo(ttft.value, 6);
      expect(model.decodeStepMs(c, 300)).toBeCloseTo(itl.value, 6);
    }
    // prefill scales with the prompt, decode grows beyond the last point
    expect(model.prefillMs(466, 0)).toBeCloseTo(2 * model.prefillMs(233, 0));
    expect(model.decodeStepMs(128, 300)).toBeGreaterThanOrEqual(
      model.decodeStepMs(64, 300),
    );
    const d = model.describe();
    expect(d).toMatchObject({ model: 'Qwen/Qwen3-8B', gpu: 'H100-SXM-80GB' });
    expect(d.provenance).toMatch(/planning engine surface qwen3-8b\|H100/);
    expect(d.provenance).toMatch(/\d+ measured/);
    expect(d.provenance).toMatch(/233\/221 tokens/);
  });

  it('reports the provenance of every sampled number', () => {
    const measured = sampleEngineSurface(engine, engine.resolveConfig(QWEN), {
      ...SHAPE,
      concurrencies: [8, 1, 2, 1],
    });
    expect(measured.points.map(p => p.concurrency)).toEqual([1, 2, 8]);
    expect(measured.points.every(p => p.ttftProvenance === 'measured')).toBe(
      true,
    );
    expect(measured.provenance).toBe('measured');
    expect(measured.provenanceCounts.measured).toBe(6);

    // no measurement of this configuration: a roofline estimate, and it says so
    const estimated = sampleEngineSurface(
      engine,
      engine.resolveConfig({ model: 'llama-3.1-8b', gpu: 'L40S', tp: 1 }),
      { inputTokens: 512, outputTokens: 256, maxNumSeqs: 16 },
    );
    expect(estimated.provenance).toBe('estimated');
    expect(estimated.provenanceCounts.estimated).toBe(10);
    expect(estimated.description).toMatch(/roofline \(no measured surface/);
    // ITL grows with the batch
    const itl = estimated.points.map(p => p.itlMs);
    expect(itl[itl.length - 1]).toBeGreaterThan(itl[0]);
  });

  it('refuses bad shapes', () => {
    const cfg = engine.resolveConfig(QWEN);
    expect(() =>
      stepTimeModelFromEngine(engine, cfg, { inputTokens: 0, outputTokens: 1 }),
    ).toThrow(/positive/);
  });

  it('writes a profile file that loads back as a --profile', () => {
    const profile = timingProfileFromEngine(
      engine,
      engine.resolveConfig(QWEN),
      { ...SHAPE, maxNumSeqs: 32 },
    );
    expect(parseTimingProfile(JSON.parse(JSON.stringify(profile)))).toEqual(
      profile,
    );
    expect(profile).toMatchObject({
      model: 'Qwen/Qwen3-8B',
      gpu: 'H100-SXM-80GB',
      tp: 1,
      engine: 'vllm',
      maxNumSeqs: 32,
      defaultOutputTokens: 221,
    });
    expect(profile.points).toHaveLength(6);
    expect(profile.provenance).toMatch(/1=measured\/measured/);
  });
});

describe('seed data and CLI', () => {
  it('finds the seed data by walking up, or in --seed-dir', () => {
    const dir = findSeedDir();
    expect(fs.existsSync(path.join(dir, 'data', 'benchmarks.csv'))).toBe(true);
    expect(findSeedDir(path.dirname(dir))).toBe(dir);
    expect(findSeedDir(dir)).toBe(dir);
    expect(() => findSeedDir(os.tmpdir())).toThrow(/--seed-dir/);
  });

  it('--model/--gpu/--tp build the timing from the engine', () => {
    const cli = parseArgs(
      [
        '--model',
        'Qwen/Qwen3-8B',
        '--gpu',
        'H100',
        '--tp',
        '1',
        '--input-tokens',
        '233',
        '--output-tokens',
        '221',
        '--max-num-seqs',
        '16',
      ],
      {},
    );
    expect(cli).toMatchObject({ gpu: 'H100', tp: 1, inputTokens: 233 });
    const options = simulatorOptionsFromCli(cli);
    expect(options.timing!.describe()).toMatchObject({
      model: 'Qwen/Qwen3-8B',
      gpu: 'H100-SXM-80GB',
      tp: 1,
    });
    expect(options.maxNumSeqs).toBe(16);
    expect(options.defaultOutputTokens).toBe(221);
    expect(() =>
      simulatorOptionsFromCli(parseArgs(['--model', 'nope', '--gpu', 'H100'])),
    ).toThrow(/unknown model/);
  });

  it('`profile --output` writes a profile file; errors exit 2', async () => {
    const file = path.join(
      fs.mkdtempSync(path.join(os.tmpdir(), 'sim-profile-')),
      'p.json',
    );
    const io = () => {
      const out = new PassThrough();
      const err = new PassThrough();
      let text = '';
      out.on('data', d => (text += d));
      err.on('data', d => (text += d));
      return { io: { stdout: out, stderr: err }, text: () => text };
    };
    const ok = io();
    expect(
      await profileMain(
        [
          '--model',
          'llama-3.1-8b',
          '--gpu',
          'L40S',
          '--max-num-seqs',
          '8',
          '--output',
          file,
        ],
        ok.io,
      ),
    ).toBe(0);
    expect(ok.text()).toMatch(/written to/);
    const profile = loadTimingProfile(file);
    expect(profile.points.map(p => p.concurrency)).toEqual([1, 2, 4, 8]);
    expect(profile.provenance).toMatch(/estimated/);

    const bad = io();
    expect(await profileMain(['--model', 'llama-3.1-8b'], bad.io)).toBe(2);
    expect(bad.text()).toMatch(/needs --gpu/);
  });
});
