import { NotFoundError, InputError } from '@backstage/errors';
import {
  IntentSchema,
  Intent,
  llmPlannerPlanApprovePermission,
  llmPlannerPlanCreatePermission,
  llmPlannerPlanUpdatePermission,
  PLAN_TRANSITIONS,
  PlanStatus,
} from '@internal/backstage-plugin-llm-planner-common';
import Router from 'express-promise-router';
import { z } from 'zod';
import { Caller } from '../services/AccessControl';
import {
  AutoscalingRecommendation,
  recommendAutoscaling,
} from '../services/autoscaling';
import { checkIntent } from '../services/checkIntent';
import { RouteDeps } from './types';
import { parse } from './validate';

export const CreatePlanBody = z.object({
  title: z.string().trim().min(1).max(200).optional(),
  ownerGroup: z.string().optional(),
  intent: IntentSchema,
  /** The planning chat this plan came from; it is attached to the plan. */
  conversationId: z.uuid().optional(),
});

export const UpdatePlanBody = z.object({
  version: z.number().int().positive(),
  title: z.string().trim().min(1).max(200).optional(),
  intent: IntentSchema,
});

export const VersionBody = z.object({ version: z.number().int().positive() });

export const ListQuery = z.object({
  scope: z.enum(['mine', 'team', 'all']).default('team'),
  status: z.enum(['draft', 'approved', 'deployed', 'retired']).optional(),
});

function defaultTitle(intent: Intent): string {
  const users = intent.usersMean
    ? `${intent.users} ${intent.usersMean} users`
    : `${intent.users} users`;
  return `${intent.useCase} for ${users}`;
}

/** The owning team of a new plan: the one named, or the caller's only team. */
function owningGroup(caller: Caller, requested: string | undefined): string {
  if (requested) return requested;
  const teams = caller.groups;
  if (teams.length === 1) return teams[0];
  if (teams.length === 0) {
    throw new InputError(
      `${caller.userRef} belongs to no team (catalog Group); a plan needs an owning team`,
    );
  }
  throw new InputError(
    `${caller.userRef} belongs to several teams (${teams.join(
      ', ',
    )}); say which one owns the plan in ownerGroup`,
  );
}

export function plansRouter(deps: RouteDeps) {
  const { access, plans, knowledge, chats } = deps;
  const router = Router();

  async function loadForTeam(id: string, caller: Caller, action: string) {
    const plan = await plans.get(id);
    if (!plan) throw new NotFoundError(`No plan ${id}`);
    access.requireTeam(caller, plan.ownerGroup, action);
    return plan;
  }

  async function transition(
    id: string,
    caller: Caller,
    version: number,
    to: PlanStatus,
  ) {
    const plan = await loadForTeam(
      id,
      caller,
      `${to === 'approved' ? 'approve' : 'change'} plan ${id}`,
    );
    if (!PLAN_TRANSITIONS[plan.status].includes(to)) {
      throw new InputError(
        `Plan ${id} is ${plan.status} and cannot become ${to}`,
      );
    }
    return plans.setStatus(id, version, to, caller.userRef);
  }

  router.post('/v1/plans', async (req, res) => {
    const caller = await access.caller(req);
    const body = parse(CreatePlanBody, req.body, 'plan');
    await access.require(llmPlannerPlanCreatePermission, caller.credentials);
    const ownerGroup = owningGroup(caller, body.ownerGroup);
    access.requireTeam(caller, ownerGroup, `create plans for ${ownerGroup}`);
    const planner = await knowledge.planner();
    checkIntent(planner, body.intent);
    const plan = await knowledge.plan(body.intent);
    if (body.conversationId) {
      const starter = await chats.starter(body.conversationId);
      if (starter !== caller.userRef) {
        throw new InputError(
          `No conversation ${body.conversationId} of ${caller.userRef}`,
        );
      }
    }
    const stored = await access.audited(
      req,
      'plan-create',
      { ownerGroup },
      async () => {
        const created = await plans.create({
          title: body.title ?? defaultTitle(body.intent),
          ownerUser: caller.userRef,
          ownerGroup,
          plan,
        });
        if (body.conversationId) {
          await chats.attachToPlan(body.conversationId, created.id);
        }
        return created;
      },
    );
    res.status(201).json(stored);
  });

  router.get('/v1/plans', async (req, res) => {
    const caller = await access.caller(req);
    const query = parse(ListQuery, req.query, 'query');
    const status = query.status;
    let items;
    if (query.scope === 'mine') {
      items = await plans.list({ ownerUser: caller.userRef, status });
    } else if (query.scope === 'all' && caller.isPlatform) {
      items = await plans.list({ status });
    } else {
      items = await plans.list({ ownerGroups: caller.groups, status });
    }
    res.json({ items });
  });

  router.get('/v1/plans/:id', async (req, res) => {
    const caller = await access.caller(req);
    res.json(
      await loadForTeam(req.params.id, caller, `read plan ${req.params.id}`),
    );
  });

  router.put('/v1/plans/:id', async (req, res) => {
    const caller = await access.caller(req);
    const body = parse(UpdatePlanBody, req.body, 'plan update');
    await access.require(llmPlannerPlanUpdatePermission, caller.credentials);
    const current = await loadForTeam(
      req.params.id,
      caller,
      `change plan ${req.params.id}`,
    );
    if (current.status === 'deployed' || current.status === 'retired') {
      throw new InputError(
        `Plan ${current.id} is ${current.status}; copy it into a new plan to change its assumptions`,
      );
    }
    const planner = await knowledge.planner();
    checkIntent(planner, body.intent);
    const plan = await knowledge.plan(body.intent);
    const updated = await access.audited(
      req,
      'plan-update',
      { planId: current.id },
      () =>
        plans.updatePlan(current.id, body.version, { title: body.title, plan }),
    );
    res.json(updated);
  });

  // Simulating a day for every candidate policy takes about a second: keep the answer per
  // plan version and knowledge base.
  const autoscaling = new Map<string, AutoscalingRecommendation>();
  router.get('/v1/plans/:id/autoscaling', async (req, res) => {
    const caller = await access.caller(req);
    const plan = await loadForTeam(
      req.params.id,
      caller,
      `read plan ${req.params.id}`,
    );
    if (!plan.plan.recommendations.length) {
      throw new InputError(
        `Plan ${plan.id} has no feasible recommendation to scale`,
      );
    }
    const key = `${plan.id}:${plan.version}:${knowledge.etag()}`;
    let answer = autoscaling.get(key);
    if (!answer) {
      answer = recommendAutoscaling((await knowledge.planner()).engine, plan);
      if (autoscaling.size > 200) autoscaling.clear();
      autoscaling.set(key, answer);
    }
    res.json(answer);
  });

  router.post('/v1/plans/:id/approve', async (req, res) => {
    const caller = await access.caller(req);
    const { version } = parse(VersionBody, req.body, 'approval');
    await access.require(llmPlannerPlanApprovePermission, caller.credentials);
    const current = await plans.get(req.params.id);
    if (current && !current.plan.recommendations.length) {
      throw new InputError(
        `Plan ${current.id} has no feasible recommendation to approve; change its assumptions first`,
      );
    }
    const updated = await access.audited(
      req,
      'plan-approve',
      { planId: req.params.id },
      () => transition(req.params.id, caller, version, 'approved'),
    );
    res.json(updated);
  });

  router.post('/v1/plans/:id/retire', async (req, res) => {
    const caller = await access.caller(req);
    const { version } = parse(VersionBody, req.body, 'retirement');
    await access.require(llmPlannerPlanUpdatePermission, caller.credentials);
    const updated = await access.audited(
      req,
      'plan-retire',
      { planId: req.params.id },
      () => transition(req.params.id, caller, version, 'retired'),
    );
    res.json(updated);
  });

  return router;
}
