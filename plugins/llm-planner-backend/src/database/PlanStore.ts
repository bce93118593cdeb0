import {
  Intent,
  Plan,
  PlanListItem,
  PlanSummary,
  PLAN_TRANSITIONS,
  PlanStatus,
  EDITABLE_PLAN_STATUSES,
  Recommendation,
  StoredPlan,
  Workload,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import { ConflictError, NotFoundError } from '@backstage/errors';
import { Knex } from 'knex';
import { LRUCache } from 'lru-cache';
import { randomUUID } from 'node:crypto';
import { fromJson, toIso, toIsoOrNull, toJson } from './rows';

type PlanBody = Omit<Plan, 'intent' | 'workload' | 'recommendations'> & {
  recommended: Recommendation | null;
};

function planColumns(plan: Plan) {
  const [recommended, ...alternatives] = plan.recommendations;
  const { intent, workload, recommendations: _all, ...rest } = plan;
  const body: PlanBody = { ...rest, recommended: recommended ?? null };
  return {
    intent: toJson(intent),
    workload: toJson(workload),
    slo: toJson(workload.slo),
    recommendation: toJson(body),
    alternatives: toJson(alternatives),
  };
}

function planFromRow(row: any): StoredPlan {
  const body = fromJson<PlanBody>(row.recommendation);
  const { recommended, ...rest } = body;
  const alternatives = fromJson<Recommendation[]>(row.alternatives);
  return {
    id: row.id,
    title: row.title,
    ownerUser: row.owner_user,
    ownerGroup: row.owner_group,
    status: row.status,
    version: Number(row.version),
    plan: {
      ...rest,
      intent: fromJson<Intent>(row.intent),
      workload: fromJson<Workload>(row.workload),
      recommendations: recommended
        ? [recommended, ...alternatives]
        : alternatives,
    },
    approvedBy: row.approved_by ?? null,
    approvedAt: toIsoOrNull(row.approved_at),
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
  };
}

/** Columns a list reads as they are: not the workload, SLO, alternatives or the plan body. */
const LIST_COLUMNS = [
  'id',
  'title',
  'owner_user',
  'owner_group',
  'status',
  'version',
  'intent',
  'approved_by',
  'approved_at',
  'created_at',
  'updated_at',
];

/** The large parts of a recommendation a list does not show. */
const NOT_LISTED = [
  'prediction',
  'margins',
  'memory',
  'formulaTrace',
  'explanation',
  'availability',
  'difference',
];

function summaryOf(r: Recommendation | null | undefined): PlanSummary | null {
  if (!r) return null;
  return {
    modelId: r.modelId,
    hfId: r.hfId,
    gpuId: r.gpuId,
    tp: r.tp,
    precision: r.precision,
    engine: r.engine,
    replicas: r.replicas,
    gpus: r.gpus,
    perMonth: r.cost.perMonth,
    provenance: r.provenance,
    confidence: r.confidence,
  };
}

function listItemFromRow(row: any, summary: PlanSummary | null): PlanListItem {
  return {
    id: row.id,
    title: row.title,
    ownerUser: row.owner_user,
    ownerGroup: row.owner_group,
    status: row.status,
    version: Number(row.version),
    useCase: fromJson<Intent>(row.intent).useCase,
    summary,
    approvedBy: row.approved_by ?? null,
    approvedAt: toIsoOrNull(row.approved_at),
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
  };
}

/** Where a page of plans ends: the last plan's change time and id. */
export type PlanCursor = { updatedAt: string; id: string };

/**
 * A stored plan as {@link planFromRow} reads it back: the plan's fields in the order of the
 * columns, so an answer built from what was written is the same as one read from the row.
 */
function storedPlan(fields: Omit<StoredPlan, 'plan'>, plan: Plan): StoredPlan {
  const { intent, workload, recommendations, ...rest } = plan;
  const { id, title, ownerUser, ownerGroup, status, version } = fields;
  return {
    id,
    title,
    ownerUser,
    ownerGroup,
    status,
    version,
    plan: { ...rest, intent, workload, recommendations },
    approvedBy: fields.approvedBy,
    approvedAt: fields.approvedAt,
    createdAt: fields.createdAt,
    updatedAt: fields.updatedAt,
  };
}

/** Summaries of plan versions kept in memory (least recently used dropped first). */
const SUMMARIES_KEPT = 10_000;

/** Plans and their lifecycle, with optimistic concurrency on `version`. */
export class PlanStore {
  /**
   * The summary of each plan version this process wrote or read, so lists need not read plan
   * bodies. A version's plan never changes (every write bumps it): entries are never stale.
   * Boxed because lru-cache keeps no null, and a plan without a recommendation has no summary.
   */
  readonly #summaries = new LRUCache<string, { summary: PlanSummary | null }>({
    max: SUMMARIES_KEPT,
  });

  constructor(private readonly knex: Knex) {}

  #remember(id: string, version: number, summary: PlanSummary | null) {
    this.#summaries.set(`${id}:${version}`, { summary });
  }

  #summary(id: string, version: number): PlanSummary | null | undefined {
    return this.#summaries.get(`${id}:${version}`)?.summary;
  }

  /**
   * The best recommendation of each row without the parts a list does not show, cut out by
   * the database: the plan body is tens of KB a row, the rest a few hundred bytes.
   */
  private listedBest(): Knex.Raw {
    if (this.knex.client.config.client === 'pg') {
      return this.knex.raw(
        `nullif(recommendation::jsonb -> 'recommended', 'null'::jsonb) - '{${NOT_LISTED.join(
          ',',
        )}}'::text[] as best`,
      );
    }
    return this.knex.raw(
      `json_remove(json_extract(recommendation, '$.recommended'), ${NOT_LISTED.map(
        k => `'$.${k}'`,
      ).join(', ')}) as best`,
    );
  }

  async create(input: {
    title: string;
    ownerUser: string;
    ownerGroup: string;
    plan: Plan;
  }): Promise<StoredPlan> {
    const now = new Date();
    const id = randomUUID();
    await this.knex('plans').insert({
      id,
      title: input.title,
      owner_user: input.ownerUser,
      owner_group: input.ownerGroup,
      status: 'draft',
      version: 1,
      ...planColumns(input.plan),
      created_at: now,
      updated_at: now,
    });
    this.#remember(id, 1, summaryOf(input.plan.recommendations[0]));
    // what was written, without reading the plan back
    return storedPlan(
      {
        id,
        title: input.title,
        ownerUser: input.ownerUser,
        ownerGroup: input.ownerGroup,
        status: 'draft',
        version: 1,
        approvedBy: null,
        approvedAt: null,
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
      },
      input.plan,
    );
  }

  async get(id: string): Promise<StoredPlan | undefined> {
    const row = await this.knex('plans').where({ id }).first();
    if (!row) return undefined;
    const stored = planFromRow(row);
    this.#remember(
      stored.id,
      stored.version,
      summaryOf(stored.plan.recommendations[0]),
    );
    return stored;
  }

  /**
   * One page of plans, newest change first, summarised. `after` is the last plan of the
   * previous page; plans changed while paging move to the front and are not repeated.
   */
  async list(
    filter: {
      ownerUser?: string;
      ownerGroups?: string[];
      status?: PlanStatus;
    },
    page: { limit: number; after?: PlanCursor },
  ): Promise<{ items: PlanListItem[]; next: PlanCursor | null }> {
    const q = this.knex('plans')
      .select(LIST_COLUMNS)
      .orderBy([
        { column: 'updated_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(page.limit + 1);
    if (filter.ownerUser) q.where('owner_user', filter.ownerUser);
    if (filter.ownerGroups) q.whereIn('owner_group', filter.ownerGroups);
    if (filter.status) q.where('status', filter.status);
    const after = page.after;
    if (after) {
      // Bound as a Date, as written, so both drivers compare like with like.
      const updatedAt = new Date(after.updatedAt);
      q.where(w =>
        w
          .where('updated_at', '<', updatedAt)
          .orWhere(same =>
            same
              .where('updated_at', '=', updatedAt)
              .andWhere('id', '<', after.id),
          ),
      );
    }
    const rows = await q;
    const listed = rows.slice(0, page.limit);
    // Plan versions this process has not seen are read again with their summary; a plan
    // changed in between is listed as it is now.
    const unseen = listed.filter(
      row => this.#summary(row.id, Number(row.version)) === undefined,
    );
    const now = new Map<string, any>();
    if (unseen.length) {
      const again = await this.knex('plans')
        .select([...LIST_COLUMNS, this.listedBest()])
        .whereIn(
          'id',
          unseen.map(row => row.id),
        );
      for (const row of again) {
        now.set(row.id, row);
        this.#remember(
          row.id,
          Number(row.version),
          summaryOf(fromJson<Recommendation | null>(row.best)),
        );
      }
    }
    const items: PlanListItem[] = [];
    for (const first of listed) {
      const row = now.get(first.id) ?? first;
      const summary = this.#summary(row.id, Number(row.version));
      if (summary !== undefined) items.push(listItemFromRow(row, summary));
    }
    const last = listed[listed.length - 1];
    return {
      items,
      next:
        rows.length > page.limit && last
          ? { updatedAt: toIso(last.updated_at), id: last.id }
          : null,
    };
  }

  /**
   * Writes a change if the caller saw the current version; otherwise 409 and nothing changes.
   * Answers the plan as written: `written(updatedAt)` where the caller can tell, else read.
   */
  private async updateAt(
    id: string,
    expectedVersion: number,
    fromStatuses: readonly PlanStatus[],
    columns: Record<string, unknown>,
    written?: (updatedAt: Date) => StoredPlan,
  ): Promise<StoredPlan> {
    const updatedAt = new Date();
    // Conditional on what the caller saw, so of concurrent writers of one version exactly
    // one succeeds and the others get 409.
    const updated = await this.knex('plans')
      .where({ id, version: expectedVersion })
      .whereIn('status', fromStatuses)
      .update({
        ...columns,
        version: expectedVersion + 1,
        updated_at: updatedAt,
      });
    if (updated === 0) {
      const current = await this.get(id);
      if (!current) throw new NotFoundError(`No plan ${id}`);
      if (current.version === expectedVersion) {
        throw new ConflictError(
          `Plan ${id} is ${current.status}; it cannot change from that state`,
        );
      }
      throw new ConflictError(
        `Plan ${id} changed since version ${expectedVersion} (now version ${current.version}); reload it and try again`,
      );
    }
    return written ? written(updatedAt) : (await this.get(id))!;
  }

  /**
   * New assumptions and their re-plan; an approved plan returns to draft. `seen` as for
   * {@link PlanStore.setStatus}.
   */
  updatePlan(
    id: string,
    expectedVersion: number,
    change: { title?: string; plan: Plan },
    seen?: StoredPlan,
  ): Promise<StoredPlan> {
    const written =
      seen && seen.id === id && seen.version === expectedVersion
        ? (updatedAt: Date) => {
            this.#remember(
              id,
              expectedVersion + 1,
              summaryOf(change.plan.recommendations[0]),
            );
            return storedPlan(
              {
                ...seen,
                title: change.title || seen.title,
                status: 'draft',
                version: expectedVersion + 1,
                approvedBy: null,
                approvedAt: null,
                updatedAt: updatedAt.toISOString(),
              },
              change.plan,
            );
          }
        : undefined;
    return this.updateAt(
      id,
      expectedVersion,
      EDITABLE_PLAN_STATUSES,
      {
        ...(change.title ? { title: change.title } : {}),
        ...planColumns(change.plan),
        status: 'draft',
        approved_by: null,
        approved_at: null,
      },
      written,
    );
  }

  /**
   * Moves a plan to `status` if it is at `expectedVersion` in a state that allows it. Pass
   * the plan as read at that version (`seen`) to have it answered without reading it again:
   * every write bumps the version, so the row changed only as written here.
   */
  setStatus(
    id: string,
    expectedVersion: number,
    status: PlanStatus,
    approvedBy?: string,
    seen?: StoredPlan,
  ): Promise<StoredPlan> {
    const from = (Object.keys(PLAN_TRANSITIONS) as PlanStatus[]).filter(s =>
      PLAN_TRANSITIONS[s].includes(status),
    );
    const approval =
      status === 'approved'
        ? { approvedBy: approvedBy ?? null, approvedAt: new Date() }
        : undefined;
    const written =
      seen && seen.id === id && seen.version === expectedVersion
        ? (updatedAt: Date): StoredPlan => {
            this.#remember(
              id,
              expectedVersion + 1,
              summaryOf(seen.plan.recommendations[0]),
            );
            return {
              ...seen,
              status,
              version: expectedVersion + 1,
              ...(approval
                ? {
                    approvedBy: approval.approvedBy,
                    approvedAt: approval.approvedAt.toISOString(),
                  }
                : {}),
              updatedAt: updatedAt.toISOString(),
            };
          }
        : undefined;
    return this.updateAt(
      id,
      expectedVersion,
      from,
      {
        status,
        ...(approval
          ? {
              approved_by: approval.approvedBy,
              approved_at: approval.approvedAt,
            }
          : {}),
      },
      written,
    );
  }
}
