import {
  AutoscalerPolicy,
  policyKindSpec,
  policyLabel,
  validatePolicy,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { TABLE_SCROLL_SX, TABLE_SX } from '../shared/tables';
import { NoBreak } from '../shared/NoBreak';

const kindName = (kind: AutoscalerPolicy['kind']) => policyKindSpec(kind).label;

/** Target in the unit people type: % for utilisations, requests per pod otherwise. */
function targetUnit(kind: AutoscalerPolicy['kind']): {
  unit: string;
  scale: number;
} {
  const spec = policyKindSpec(kind);
  return { unit: spec.unit, scale: spec.utilisation ? 100 : 1 };
}

type Fields = {
  min: string;
  max: string;
  target: string;
  down: string;
  up: string;
};

/** One editable policy: the base (defaults) and what was typed. */
export type PolicyDraft = {
  key: string;
  enabled: boolean;
  base: AutoscalerPolicy;
  initial: Fields;
  text: Fields;
};

function fieldsOf(p: AutoscalerPolicy): Fields {
  const { scale } = targetUnit(p.kind);
  return {
    min: String(p.minReplicas),
    max: String(p.maxReplicas),
    target: String(Math.round(p.target * scale * 10000) / 10000),
    down: String(p.stabilizationWindowSeconds),
    up: String(p.scaleUp.stabilizationWindowSeconds ?? 0),
  };
}

export function draftsOf(policies: AutoscalerPolicy[]): PolicyDraft[] {
  return policies.map((p, i) => ({
    key: `${i}:${p.kind}`,
    enabled: true,
    base: p,
    initial: fieldsOf(p),
    text: fieldsOf(p),
  }));
}

/**
 * The policy a draft stands for. Untouched fields keep the base values exactly (so the default
 * list is the library's `defaultPolicies`, shared with the Cost tab's cached run).
 */
export function policyOf(d: PolicyDraft): {
  policy?: AutoscalerPolicy;
  errors: string[];
} {
  const errors: string[] = [];
  const { scale } = targetUnit(d.base.kind);
  const changed = (k: keyof Fields) => d.text[k] !== d.initial[k];
  const n = (k: keyof Fields, name: string) => {
    const v = Number(d.text[k]);
    if (d.text[k].trim() === '' || !Number.isFinite(v)) {
      errors.push(`${name} must be a number`);
      return 0;
    }
    return v;
  };
  let p: AutoscalerPolicy = { ...d.base };
  if (d.base.kind === 'fixed') {
    if (changed('min')) {
      const r = n('min', 'Replicas');
      p = { ...p, minReplicas: r, maxReplicas: r };
    }
  } else {
    if (changed('min')) p.minReplicas = n('min', 'Min');
    if (changed('max')) p.maxReplicas = n('max', 'Max');
    if (changed('target')) p.target = n('target', 'Target') / scale;
    if (changed('down'))
      p.stabilizationWindowSeconds = n('down', 'Scale-down window');
    if (changed('up'))
      p.scaleUp = {
        ...p.scaleUp,
        stabilizationWindowSeconds: n('up', 'Scale-up window'),
      };
  }
  if (errors.length) return { errors };
  const problems = validatePolicy(p);
  if (problems.length) return { errors: problems };
  if (Object.keys(d.initial).some(k => changed(k as keyof Fields)))
    p = { ...p, name: undefined };
  return { policy: stripUndefined(p), errors };
}

function stripUndefined(p: AutoscalerPolicy): AutoscalerPolicy {
  const out = { ...p };
  if (out.name === undefined) delete out.name;
  return out;
}

function summary(policy?: AutoscalerPolicy): string {
  if (!policy) return '';
  const unit = targetUnit(policy.kind).unit;
  return `${policyLabel(policy)}${unit ? ` · target in ${unit}` : ''}`;
}

/** The policy list: enable, and edit min/max/target/windows. */
export function PolicyEditor(props: {
  drafts: PolicyDraft[];
  onChange: (d: PolicyDraft[]) => void;
}) {
  const { drafts, onChange } = props;
  const upd = (i: number, patch: Partial<PolicyDraft>) =>
    onChange(drafts.map((d, j) => (j === i ? { ...d, ...patch } : d)));
  const cell = (
    i: number,
    d: PolicyDraft,
    k: keyof Fields,
    label: string,
    disabled = false,
  ) => (
    <TableCell align="right" sx={{ px: 0.5 }}>
      <TextField
        size="small"
        type="number"
        value={d.text[k]}
        disabled={disabled || !d.enabled}
        onChange={e => upd(i, { text: { ...d.text, [k]: e.target.value } })}
        inputProps={{
          'aria-label': `${label} of ${kindName(d.base.kind)}`,
          style: { textAlign: 'right', padding: '4px 6px' },
        }}
        sx={{ width: k === 'target' ? 84 : 64 }}
      />
    </TableCell>
  );
  // the number inputs give the table a minimum width: it scrolls inside its card, not the page
  return (
    <Box sx={TABLE_SCROLL_SX}>
      <Table size="small" sx={TABLE_SX} aria-label="Autoscaler policies">
        <TableHead>
          <TableRow>
            <TableCell padding="checkbox" />
            <TableCell>Policy</TableCell>
            <TableCell align="right">Min</TableCell>
            <TableCell align="right">Max</TableCell>
            <TableCell align="right">Target</TableCell>
            <TableCell align="right">Down window s</TableCell>
            <TableCell align="right">Up window s</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {drafts.map((d, i) => {
            const { errors, policy } = policyOf(d);
            const fixed = d.base.kind === 'fixed';
            return (
              <TableRow key={d.key}>
                <TableCell padding="checkbox">
                  <Checkbox
                    checked={d.enabled}
                    onChange={e => upd(i, { enabled: e.target.checked })}
                    inputProps={{
                      'aria-label': `Compare ${kindName(d.base.kind)}`,
                    }}
                  />
                </TableCell>
                <TableCell sx={{ minWidth: 150 }}>
                  <Typography variant="body2">
                    {kindName(d.base.kind)}
                  </Typography>
                  <Typography
                    variant="caption"
                    color={errors.length ? 'error' : 'text.secondary'}
                  >
                    {errors.length ? (
                      errors.join('; ')
                    ) : (
                      <NoBreak text={summary(policy)} />
                    )}
                  </Typography>
                </TableCell>
                {cell(i, d, 'min', fixed ? 'Replicas' : 'Min replicas')}
                {fixed ? (
                  <TableCell colSpan={4}>
                    <Typography variant="caption" color="text.secondary">
                      always on, sized for the peak
                    </Typography>
                  </TableCell>
                ) : (
                  <>
                    {cell(i, d, 'max', 'Max replicas')}
                    {cell(i, d, 'target', 'Target')}
                    {cell(i, d, 'down', 'Scale-down stabilisation window')}
                    {cell(i, d, 'up', 'Scale-up stabilisation window')}
                  </>
                )}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Box>
  );
}
