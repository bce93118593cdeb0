import type { Sizing } from './capacity';
import type { Engine, ResolvedConfig } from './predictor';
import type { GpuSpec, ModelSpec, Precision, Price } from './schemas';

/** A model x GPU x TP x precision the planner considers. */
export type ConfigChoice = {
  model: ModelSpec;
  gpu: GpuSpec;
  tp: number;
  precision: Precision;
};

/** A memory-feasible, priced configuration waiting to be sized. */
export type Pending = ConfigChoice & {
  configs: PairConfigs;
  /** sequences of the workload's context that fit in memory */
  maxConc: number;
  /** cheapest price row for a replica of `tp` GPUs */
  price: Price;
  /** cost lower bound: one replica at that price, $/month */
  lb: number;
};

/** A configuration sized at the SLO (numbers only; explained only if chosen). */
export type Sized = {
  pc: Pending;
  cfg: ResolvedConfig;
  sizing: Sizing;
  replicas: number;
  gpus: number;
  perMonth: number;
};

export function labelOf(c: ConfigChoice): string {
  return `${c.model.id} on ${c.gpu.id} TP${c.tp} ${c.precision}`;
}

/**
 * The k cheapest sized configurations, in the order a stable sort by cost would give, and the
 * bound that stops sizing: the cost of the k-th cheapest once k options are sized and they span
 * two or more model/GPU pairs (null before).
 */
export class CheapestK {
  private readonly top: Sized[] = [];
  bound: number | null = null;
  constructor(private readonly k: number) {}

  add(c: Sized): void {
    let i = this.top.length;
    while (i > 0 && this.top[i - 1].perMonth > c.perMonth) i--;
    if (i >= this.k) return;
    this.top.splice(i, 0, c);
    if (this.top.length > this.k) this.top.pop();
    if (this.top.length < this.k) return;
    const first = this.top[0].pc;
    const mixed = this.top.some(
      x => x.pc.model.id !== first.model.id || x.pc.gpu.id !== first.gpu.id,
    );
    this.bound = mixed ? this.top[this.k - 1].perMonth : null;
  }
}

/** Resolved configurations of one model, GPU and engine, by precision and TP. */
export type PairConfigs = {
  get(tp: number, precision: Precision): ResolvedConfig;
};

/** Resolved configurations shared by the plans of one planner (bounded). */
export class ConfigCache {
  private readonly byModel = new Map<
    ModelSpec,
    Map<GpuSpec, Map<string, PairConfigs>>
  >();
  private size = 0;
  constructor(private readonly engine: Engine, private readonly max = 4096) {}

  pair(model: ModelSpec, gpu: GpuSpec, engineName: string): PairConfigs {
    let byGpu = this.byModel.get(model);
    if (!byGpu) this.byModel.set(model, (byGpu = new Map()));
    let byEngine = byGpu.get(gpu);
    if (!byEngine) byGpu.set(gpu, (byEngine = new Map()));
    let pair = byEngine.get(engineName);
    if (!pair) {
      if (++this.size > this.max) {
        this.byModel.clear();
        this.size = 0;
      }
      pair = this.resolver(model, gpu, engineName);
      byEngine.set(engineName, pair);
    }
    return pair;
  }

  private resolver(
    model: ModelSpec,
    gpu: GpuSpec,
    engineName: string,
  ): PairConfigs {
    const byPrecision = new Map<string, ResolvedConfig[]>();
    return {
      get: (tp, precision) => {
        let list = byPrecision.get(precision);
        if (!list) byPrecision.set(precision, (list = []));
        return (list[tp] ??= this.engine.resolveConfig({
          model: model.id,
          gpu: gpu.id,
          tp,
          engine: engineName,
          precision,
        }));
      },
    };
  }
}
