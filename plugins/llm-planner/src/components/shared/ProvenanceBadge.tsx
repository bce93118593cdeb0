import type { ProvenanceKind } from '@llm-planner/backstage-plugin-llm-planner-common';
import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';

/** What each provenance label means, for tooltips and legends. */
export const PROVENANCE_HELP: Record<ProvenanceKind, string> = {
  measured:
    'Measured: read directly from a benchmark run of this exact configuration and load.',
  interpolated:
    'Interpolated: between measured runs of this configuration (log-log in load and token shape).',
  derived:
    'Derived: this percentile computed from another measured percentile of the same load by the fitted ratio between them.',
  calibrated:
    'Calibrated: corrected by robust factors fitted to measured outcomes of deployments of this configuration.',
  transferred:
    'Transferred: a measured point of this configuration moved to another token shape or load by the roofline ratio.',
  sibling:
    'Sibling: a measured point of the same model, GPU and serving engine at another precision, moved to this configuration by the roofline ratio.',
  estimated:
    'Estimated: a roofline model of the GPU and model; nothing comparable was measured.',
};

const COLOR: Record<
  ProvenanceKind,
  'success' | 'info' | 'secondary' | 'warning'
> = {
  measured: 'success',
  interpolated: 'info',
  derived: 'info',
  calibrated: 'secondary',
  transferred: 'warning',
  sibling: 'warning',
  estimated: 'warning',
};

/** A small labelled chip saying where a number comes from, with the basis in its tooltip. */
export function ProvenanceBadge(props: {
  provenance: ProvenanceKind;
  basis?: string;
}) {
  const { provenance, basis } = props;
  const help = PROVENANCE_HELP[provenance];
  return (
    <Tooltip title={basis ? `${help} ${basis}` : help}>
      <Chip
        size="small"
        variant="outlined"
        color={COLOR[provenance]}
        label={provenance}
        tabIndex={0}
        aria-label={`provenance: ${provenance}. ${help}`}
      />
    </Tooltip>
  );
}
