import {
  Plan,
  Recommendation,
  restsOnEstimates,
  teamNamespace,
  verificationCommands,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { PROVENANCE_HELP } from '../shared/ProvenanceBadge';

/** Anchor of the block, for links from the approve button. */
export const VERIFY_ANCHOR = 'verify-before-approve';

/** The team namespace of a group ref, or undefined when it does not make one. */
function namespaceOf(ownerGroup?: string): string | undefined {
  if (!ownerGroup) return undefined;
  try {
    return teamNamespace(ownerGroup);
  } catch {
    return undefined;
  }
}

/** A command in a monospace block with a copy button. */
function CommandBlock(props: {
  title: string;
  help: string;
  text: string;
  onCopy: (text: string, what: string) => void;
}) {
  const { title, help, text, onCopy } = props;
  return (
    <Box>
      <Stack direction="row" alignItems="center" spacing={1}>
        <Typography variant="subtitle2" component="h3">
          {title}
        </Typography>
        <Tooltip title={`Copy the ${title} command`}>
          <IconButton
            size="small"
            aria-label={`Copy the ${title} command`}
            onClick={() => onCopy(text, title)}
          >
            <ContentCopyIcon fontSize="inherit" />
          </IconButton>
        </Tooltip>
      </Stack>
      <Typography variant="caption" color="text.secondary" component="p">
        {help}
      </Typography>
      <Box
        component="pre"
        tabIndex={0}
        aria-label={`${title} command`}
        sx={{
          m: 0,
          mt: 0.5,
          p: 1.5,
          overflow: 'auto',
          fontFamily: 'monospace',
          fontSize: 12,
          whiteSpace: 'pre',
          bgcolor: 'action.hover',
          color: 'text.primary',
          borderRadius: 1,
        }}
      >
        {text}
      </Box>
    </Box>
  );
}

/**
 * "Verify before approving": shown when the recommendation rests on estimates (nothing of
 * this configuration was measured at this shape). Says why, and gives the benchmark that
 * confirms it: GuideLLM, `vllm bench serve` and the in-repo load tester, with the plan's token
 * shape and loads around the capacity, plus how the result gets into the knowledge base.
 * Renders nothing for a measured, interpolated, derived or calibrated recommendation.
 */
export function VerifyBeforeApprove(props: {
  plan: Plan;
  rec?: Recommendation;
  /** Title of the stored plan: the Service the commands target is named after it. */
  title?: string;
  /** Owning Group ref: the Service's team namespace. */
  ownerGroup?: string;
}) {
  const { plan, rec, title, ownerGroup } = props;
  const [copied, setCopied] = useState('');
  const v = useMemo(
    () =>
      rec && restsOnEstimates(rec)
        ? verificationCommands(plan, rec, {
            title,
            namespace: namespaceOf(ownerGroup),
          })
        : undefined,
    [plan, rec, title, ownerGroup],
  );
  if (!rec || !v) return null;

  const copy = async (text: string, what: string) => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setCopied(`Copied the ${what} command`);
    } catch {
      setCopied('Copy is not allowed here: select the text instead');
    }
  };

  return (
    <Alert
      severity="warning"
      id={VERIFY_ANCHOR}
      data-testid={VERIFY_ANCHOR}
      sx={{ '& .MuiAlert-message': { width: '100%', minWidth: 0 } }}
    >
      <AlertTitle>
        Verify before approving: this recommendation rests on estimates
      </AlertTitle>
      <Stack spacing={2}>
        <Typography variant="body2">{v.reason}</Typography>
        <Typography variant="body2" color="text.secondary">
          Provenance {rec.provenance}: {PROVENANCE_HELP[rec.provenance]} Run one
          replica of this configuration (the Manifests tab renders it) and
          measure it at {v.loads.join(', ')} requests in flight with{' '}
          {v.inputTokens} prompt and {v.outputTokens} output tokens, about 2
          minutes per load. Any one of the three tools below will do.
        </Typography>
        <CommandBlock
          title="GuideLLM"
          help="guidellm benchmark run (v0.4 and later): one JSON report of every load."
          text={v.guidellm}
          onCopy={copy}
        />
        <CommandBlock
          title="vllm bench serve"
          help="One closed-loop run per load, appended to one JSON Lines file with the hardware as --metadata."
          text={v.vllmBenchServe}
          onCopy={copy}
        />
        <CommandBlock
          title="Load tester"
          help="The in-repo load tester: rehearse against the simulator on a CPU, then measure the replica."
          text={v.loadTester}
          onCopy={copy}
        />
        <Typography variant="body2" data-testid="verify-import-hint">
          {v.importHint}
        </Typography>
        <Typography variant="caption" role="status" sx={{ minHeight: 20 }}>
          {copied}
        </Typography>
      </Stack>
    </Alert>
  );
}
