import {
  buildPriceIndex,
  costFor,
  HOURS_PER_MONTH,
  likeForLikePrice,
  pickPrice,
  spotDearerThanOnDemand,
} from './cost';
import { seedKb } from './__testUtils__/seed';
import type { Price } from './schemas';

let row = 0;
function price(
  provider: string,
  region: string,
  instanceType: string,
  pricing: 'on-demand' | 'spot',
  pricePerGpuHour: number,
  gpuCount = 1,
  gpuId = 'A100-80GB-SXM',
): Price {
  row++;
  return {
    row,
    provider,
    region,
    instanceType,
    gpuRaw: gpuId,
    gpuId,
    gpuCount,
    pricing,
    pricingRaw: pricing,
    pricePerHour: pricePerGpuHour * gpuCount,
    pricePerGpuHour,
    asOf: `2026-10-${String(row).padStart(2, '0')}`,
    source: `test source ${row}`,
    notes: '',
  };
}

// The rows behind the bug of issue #18: a marketplace's on-demand next to a cloud's spot.
const runpod = price('Runpod', '', 'A100 SXM Community', 'on-demand', 1.39);
const gcpEastOd = price(
  'GCP',
  'us-east4',
  'a2-ultragpu-1g',
  'on-demand',
  5.7077,
);
const gcpEastSpot = price('GCP', 'us-east4', 'a2-ultragpu-1g', 'spot', 2.3673);
const gcpCentralOd = price(
  'GCP',
  'us-central1',
  'a2-ultragpu-1g',
  'on-demand',
  5.0688,
);
const gcpCentralSpot = price(
  'GCP',
  'us-central1',
  'a2-ultragpu-1g',
  'spot',
  2.7595,
);

describe('like-for-like cost', () => {
  it('never pairs one provider’s on-demand with another provider’s spot', () => {
    const idx = buildPriceIndex([runpod, gcpEastOd, gcpEastSpot]);
    const c = costFor(idx, 'A100-80GB-SXM', 1, 1, 'on-demand', 1, 200)!;
    expect(c.provider).toBe('Runpod');
    expect(c.perMonth).toBeCloseTo(1.39 * HOURS_PER_MONTH, 2);
    // the bug offered GCP us-east4 spot at $1,728/month next to Runpod's $1,015
    expect(c.alternative).toBeNull();
  });

  it('takes the alternative from the same provider and region, with its source and date', () => {
    const idx = buildPriceIndex([
      gcpEastOd,
      gcpEastSpot,
      gcpCentralOd,
      gcpCentralSpot,
    ]);
    const c = costFor(idx, 'A100-80GB-SXM', 1, 2, 'on-demand', 1, 200)!;
    expect(c.region).toBe('us-central1');
    // us-east4 spot is cheaper, but it is another region
    expect(c.alternative).toEqual({
      pricing: 'spot',
      pricePerGpuHour: 2.7595,
      perMonth: Math.round(2 * 2.7595 * HOURS_PER_MONTH * 100) / 100,
      priceSource: expect.stringContaining(
        `row ${gcpCentralSpot.row}: GCP us-central1 a2-ultragpu-1g`,
      ),
      priceAsOf: gcpCentralSpot.asOf,
    });
    expect(c.priceSource).toContain(`row ${gcpCentralOd.row}: GCP us-central1`);
    expect(c.priceAsOf).toBe(gcpCentralOd.asOf);

    const s = costFor(idx, 'A100-80GB-SXM', 1, 2, 'spot', 1, 200)!;
    expect(s.region).toBe('us-east4');
    expect(s.alternative?.pricing).toBe('on-demand');
    expect(s.alternative?.priceSource).toContain('GCP us-east4');
    expect(s.alternative!.pricePerGpuHour).toBeGreaterThanOrEqual(
      s.pricePerGpuHour,
    );
  });

  it('never offers a spot price dearer than the same offer on demand', () => {
    const od = price('Azure', 'eastus', 'NC24', 'on-demand', 3.5);
    const dearSpot = price('Azure', 'eastus', 'NC24', 'spot', 4.1);
    const idx = buildPriceIndex([od, dearSpot]);
    expect(spotDearerThanOnDemand([od, dearSpot])).toEqual(new Set([dearSpot]));
    // not chosen when spot is asked for, and not the alternative of on-demand
    expect(pickPrice(idx, 'A100-80GB-SXM', 'spot', 1)).toBeNull();
    expect(costFor(idx, 'A100-80GB-SXM', 1, 1, 'spot', 1, 200)).toBeNull();
    expect(
      costFor(idx, 'A100-80GB-SXM', 1, 1, 'on-demand', 1, 200)!.alternative,
    ).toBeNull();
  });

  it('drops a spot alternative dearer than the chosen on-demand of another instance', () => {
    // the cheapest on-demand is a large instance; the same provider's spot is a small one
    const bigOd = price('AWS', 'us-east-1', 'p4de', 'on-demand', 3.0, 8);
    const smallOd = price('AWS', 'us-east-1', 'x1', 'on-demand', 3.2, 8);
    const dearSpot = price('AWS', 'us-east-1', 'x1', 'spot', 3.1, 8);
    const idx = buildPriceIndex([bigOd, smallOd, dearSpot]);
    const c = costFor(idx, 'A100-80GB-SXM', 8, 8, 'on-demand', 1, 200)!;
    expect(c.instanceType).toBe('p4de');
    expect(likeForLikePrice(bigOd, 'spot', [dearSpot])).toBe(dearSpot);
    expect(c.alternative).toBeNull();
  });

  it('prefers the same instance type, then the same GPU count', () => {
    const od = price('GCP', 'us-central1', 'a2-ultragpu-4g', 'on-demand', 5, 4);
    const spot8 = price('GCP', 'us-central1', 'a2-ultragpu-8g', 'spot', 2, 8);
    const spot4 = price('GCP', 'us-central1', 'a2-ultragpu-4g', 'spot', 2.5, 4);
    const spot4b = price('GCP', 'us-central1', 'other-4g', 'spot', 2.2, 4);
    const small = price('GCP', 'us-central1', 'a2-ultragpu-2g', 'spot', 1, 2);
    expect(likeForLikePrice(od, 'spot', [small, spot8, spot4b, spot4])).toBe(
      spot4,
    );
    expect(likeForLikePrice(od, 'spot', [small, spot8, spot4b])).toBe(spot4b);
    expect(likeForLikePrice(od, 'spot', [small, spot8])).toBe(spot8);
    // an instance with fewer GPUs cannot hold the replica
    expect(likeForLikePrice(od, 'spot', [small])).toBeNull();
  });

  it('over the seed prices: alternatives stay within provider and region, spot never dearer', () => {
    const { prices } = seedKb();
    const idx = buildPriceIndex(prices);
    const gpuIds = [...new Set(prices.map(p => p.gpuId).filter(Boolean))];
    let checked = 0;
    for (const gpuId of gpuIds as string[])
      for (const tp of [1, 2, 4, 8])
        for (const pricing of ['on-demand', 'spot'] as const) {
          const c = costFor(idx, gpuId, tp, tp, pricing, 1, 200);
          if (!c) continue;
          checked++;
          const alt = c.alternative;
          if (!alt) continue;
          expect(alt.priceSource).toContain(`: ${c.provider} ${c.region} `);
          expect(alt.priceAsOf).toMatch(/^\d{4}-\d{2}-\d{2}/);
          const [spot, onDemand] =
            pricing === 'spot'
              ? [c.pricePerGpuHour, alt.pricePerGpuHour]
              : [alt.pricePerGpuHour, c.pricePerGpuHour];
          expect(spot).toBeLessThanOrEqual(onDemand);
        }
    expect(checked).toBeGreaterThan(20);
  });
});
