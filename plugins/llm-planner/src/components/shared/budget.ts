import type { BudgetVerdict } from '@llm-planner/backstage-plugin-llm-planner-common';
import { fmtUsd } from './format';

/** The headline of the verdict: within the ceiling by how much, or over it by how much. */
export function budgetHeadline(v: BudgetVerdict): string {
  const ceiling = `${fmtUsd(v.ceilingUsdPerMonth)}/month`;
  if (v.withinBudget && v.sloCostUsdPerMonth !== null)
    return `Within the budget of ${ceiling}: the plan costs ${fmtUsd(
      v.sloCostUsdPerMonth,
    )}/month, ${fmtUsd(v.ceilingUsdPerMonth - v.sloCostUsdPerMonth)} to spare.`;
  if (v.sloCostUsdPerMonth === null)
    return `Over the budget of ${ceiling}: no configuration meets the SLO at any price in the catalog.`;
  return `Over the budget of ${ceiling}: meeting the SLO costs ${fmtUsd(
    v.sloCostUsdPerMonth,
  )}/month, ${fmtUsd(v.sloCostUsdPerMonth - v.ceilingUsdPerMonth)} more.`;
}
