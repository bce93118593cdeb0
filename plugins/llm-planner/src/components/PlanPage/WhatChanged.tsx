import { useApi } from '@backstage/frontend-plugin-api';
import {
  createPlanner,
  KnowledgeBase,
  llmPlannerPlanUpdatePermission,
  Plan,
  Planner,
  Recommendation,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import { usePermission } from '@backstage/plugin-permission-react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { llmPlannerApiRef } from '../../api/LlmPlannerClient';
import type { StoredPlan } from '../../api/types';
import { useMe } from '../../hooks/useMe';
import { fmtNum, fmtUsd } from '../shared/format';

function configOf(r: Recommendation): string {
  return `${r.modelId} (${r.precision}) on ${r.gpuId} TP${r.tp}, ${r.engine}`;
}

/**
 * What differs between the recommended configuration of a plan as it was computed and as it
 * is planned now: configuration, replicas, provenance, capacity per replica, monthly cost and
 * the SLO margins. Empty when nothing a reader would notice changed.
 */
export function planDifferences(before: Plan, after: Plan): string[] {
  const a = before.recommendations[0];
  const b = after.recommendations[0];
  if (!a && !b) return [];
  if (!a) return [`no feasible configuration → ${configOf(b!)}`];
  if (!b)
    return [`${configOf(a)} → no configuration meets the targets any more`];
  const out: string[] = [];
  if (configOf(a) !== configOf(b))
    out.push(`configuration ${configOf(a)} → ${configOf(b)}`);
  if (a.provenance !== b.provenance)
    out.push(`provenance ${a.provenance} → ${b.provenance}`);
  if (a.replicas !== b.replicas)
    out.push(`replicas ${a.replicas} → ${b.replicas}`);
  const capA = Math.round(a.capacityConcurrencyPerReplica * 10) / 10;
  const capB = Math.round(b.capacityConcurrencyPerReplica * 10) / 10;
  if (capA !== capB)
    out.push(
      `capacity ${fmtNum(capA, 1)} → ${fmtNum(
        capB,
        1,
      )} requests in flight per replica`,
    );
  if (Math.round(a.cost.perMonth) !== Math.round(b.cost.perMonth))
    out.push(`${fmtUsd(a.cost.perMonth)} → ${fmtUsd(b.cost.perMonth)}/month`);
  for (const m of b.margins) {
    const old = a.margins.find(x => x.metric === m.metric);
    const label = `${m.metric.toUpperCase()} ${m.percentile} margin`;
    if (!old) {
      out.push(`${label} new: ${m.marginPct} % (${m.provenance})`);
    } else if (
      Math.round(old.marginPct) !== Math.round(m.marginPct) ||
      old.provenance !== m.provenance
    ) {
      const prov =
        old.provenance !== m.provenance
          ? ` (${old.provenance} → ${m.provenance})`
          : '';
      out.push(
        `${label} ${Math.round(old.marginPct)} % → ${Math.round(
          m.marginPct,
        )} %${prov}`,
      );
    }
  }
  return out;
}

/**
 * "What changed since this plan was computed": re-plans the stored plan's intent in the
 * browser against the current knowledge base and calibration (as the backend plans) and,
 * when the recommendation differs, lists the differences and offers to re-plan the stored
 * plan with the current data (a save of the same intent: the backend re-plans it as a new
 * version). Renders nothing while loading, when nothing changed, or when the current data
 * cannot be read.
 */
export function WhatChanged(props: {
  /** The plan as stored (computed when it was last saved). */
  stored: StoredPlan;
  kb?: KnowledgeBase;
  /** The in-browser planner of `kb` (uncalibrated; its fitted tables are reused). */
  planner?: Planner;
  /** Unsaved what-if edits: re-planning would store them, so it waits. */
  dirty: boolean;
  /** Stores the stored intent again, so the backend re-plans it as a new version. */
  onReplan: () => void;
  replanning: boolean;
}) {
  const { stored, kb, planner, dirty, onReplan, replanning } = props;
  const plan = stored.plan;
  const api = useApi(llmPlannerApiRef);
  const calibration = useAsync(() => api.listCalibration(), [api]);
  const { value: me } = useMe();
  const { allowed } = usePermission({
    permission: llmPlannerPlanUpdatePermission,
    resourceRef: stored.id,
  });
  const mayEdit =
    allowed &&
    !!me &&
    (me.isPlatform || me.groups.includes(stored.ownerGroup)) &&
    stored.status !== 'deployed' &&
    stored.status !== 'retired';

  // the backend plans with the calibration factors of deployment outcomes: so does this
  const current = useMemo(() => {
    if (!kb || !planner || !calibration.value) return undefined;
    return createPlanner(kb, {
      calibration: calibration.value.items,
      factors: planner.engine.factors,
      surfaces: planner.engine.surfaces,
    });
  }, [kb, planner, calibration.value]);

  const differences = useMemo(() => {
    if (!current) return [];
    try {
      return planDifferences(plan, current.plan(plan.intent));
    } catch {
      // an intent the current data cannot plan: saving it again would say why
      return [];
    }
  }, [current, plan]);

  if (differences.length === 0) return null;
  let note: string;
  if (!mayEdit)
    note =
      stored.status === 'deployed' || stored.status === 'retired'
        ? `The plan is ${stored.status}: copy it into a new plan to plan it with the current data.`
        : 'Someone of the owning team may re-plan it with the current data.';
  else if (dirty)
    note =
      'Save or discard your what-if edits first: re-planning stores the saved specification again.';
  else
    note =
      'Re-plan with current data stores the current figures as a new version of the plan; approve after that to approve them.';
  return (
    <Alert
      severity="info"
      data-testid="what-changed"
      action={
        mayEdit ? (
          <Button
            color="inherit"
            variant="outlined"
            onClick={onReplan}
            disabled={dirty || replanning}
          >
            {replanning ? 'Re-planning…' : 'Re-plan with current data'}
          </Button>
        ) : undefined
      }
    >
      <AlertTitle>What changed since this plan was computed</AlertTitle>
      <Typography variant="body2">
        Planned again with the current benchmark data and calibration, the
        recommendation differs:
      </Typography>
      <ul aria-label="Differences" style={{ margin: '4px 0', paddingLeft: 20 }}>
        {differences.map(d => (
          <li key={d}>
            <Typography variant="body2">{d}</Typography>
          </li>
        ))}
      </ul>
      <Typography variant="caption" component="p">
        The figures on this page, and what Approve approves, are the stored
        plan&apos;s (version {stored.version}). {note}
      </Typography>
    </Alert>
  );
}
