/* eslint-disable no-restricted-imports */
import fs from 'fs';
import path from 'path';
import {
  buildKnowledgeBase,
  createPlanner,
  Intent,
  KnowledgeBase,
  Planner,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import { mockApis } from '@backstage/frontend-test-utils';
import { LlmPlannerClient } from '../api/LlmPlannerClient';
import type { StoredPlan } from '../api/types';

export const BASE = 'http://localhost:7007/api/llm-planner';

let kb: KnowledgeBase | undefined;
let planner: Planner | undefined;

function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'benchmarks', 'data', 'benchmarks.csv')))
    dir = path.dirname(dir);
  return dir;
}

/** The repository's seed knowledge base (what `GET /v1/knowledge-base` serves). */
export function seedKb(): KnowledgeBase {
  if (!kb) {
    const root = repoRoot();
    const read = (...p: string[]) =>
      fs.readFileSync(path.join(root, 'benchmarks', ...p), 'utf8');
    kb = buildKnowledgeBase({
      benchmarksCsv: read('data', 'benchmarks.csv'),
      gpusCsv: read('data', 'gpus.csv'),
      pricesCsv: read('data', 'prices.csv'),
      modelsJson: JSON.parse(read('catalog', 'models.json')),
      sloTemplatesJson: JSON.parse(read('catalog', 'slo_templates.json')),
    }).kb;
  }
  return kb;
}

export function seedPlanner(): Planner {
  if (!planner) planner = createPlanner(seedKb());
  return planner;
}

export const INTENT: Intent = {
  useCase: 'chatbot',
  users: 2000,
  usersMean: 'population',
};

/** A stored plan as the backend would answer it. */
export function storedPlan(
  overrides: Partial<StoredPlan> = {},
  intent = INTENT,
): StoredPlan {
  return {
    id: 'p1',
    title: 'Support chatbot',
    ownerUser: 'user:default/guest',
    ownerGroup: 'group:default/customer-support',
    status: 'draft',
    version: 1,
    plan: seedPlanner().plan(intent),
    approvedBy: null,
    approvedAt: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

/** "summarise 20k documents every night within 8 hours, from 01:00", on A10G. */
export const NIGHTLY_BATCH_INTENT: Intent = {
  useCase: 'summarisation',
  users: 0.6944,
  usersMean: 'rps',
  gpu: 'A10G',
  batch: {
    itemsPerRun: 20000,
    runsPerDay: 1,
    windowHours: 8,
    startTime: '01:00',
  },
};

/** The nightly batch job as a stored plan. */
export function nightlyBatchPlan(
  overrides: Partial<StoredPlan> = {},
): StoredPlan {
  return storedPlan(
    { title: 'Nightly summaries', ...overrides },
    NIGHTLY_BATCH_INTENT,
  );
}

/** Dollars as the page writes them (en-US, fixed digits), for the assertions. */
export const usd = (v: number, digits = 0) =>
  `$${v.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  })}`;

/** A real client over msw: discovery + fetch like in the app. */
export function makeClient(): LlmPlannerClient {
  return new LlmPlannerClient({
    discoveryApi: mockApis.discovery({ baseUrl: 'http://localhost:7007' }),
    fetchApi: mockApis.fetch(),
  });
}

export const ME = {
  userRef: 'user:default/guest',
  groups: ['group:default/customer-support'],
  isPlatform: false,
  platformTeam: 'group:default/platform-team',
};
