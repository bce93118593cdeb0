import type { ModelSpec } from '@llm-planner/backstage-plugin-llm-planner-common';
import { similarModels } from '@llm-planner/backstage-plugin-llm-planner-common';
import { Link } from '@backstage/core-components';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { usePlannerPath } from '../../hooks/usePlannerPath';

/** A model a request named that the catalog does not hold, and catalog models like it. */
export type UnknownModel = { name: string; similar: string[] };

/**
 * The chat's note on an unknown model, as the backend words it (`unknownModelNote` in the
 * backend's chat catalog): `"<name>" is not in the model catalog: add it from ... , or pick one
 * of these similar models: a (8.19B), b (7.62B)`.
 */
const NOTE_RE = /^"(.+)" is not in the model catalog:/;
const SIMILAR_RE = /pick one of these similar models: ([^;]+)/;

/**
 * A reply without the lines of the notes a notice shows instead, and without the "Notes:"
 * heading when nothing is left under it.
 */
export function replyWithoutNotes(
  reply: string,
  notes: readonly string[],
): string {
  let out = reply;
  for (const note of notes)
    out = out.replace(`- ${note}\n`, '').replace(`- ${note}`, '');
  return out.replace(/\n*Notes:\n(?=\n|$)/, '\n');
}

/** The unknown-model notes of a chat turn. */
export function unknownModelNotes(notes: readonly string[]): string[] {
  return notes.filter(n => NOTE_RE.test(n));
}

/** The unknown models named in a chat turn's notes, with the similar models each note lists. */
export function unknownModelsOf(notes: readonly string[]): UnknownModel[] {
  const out: UnknownModel[] = [];
  for (const note of notes) {
    const name = note.match(NOTE_RE)?.[1];
    if (!name) continue;
    const list = note.match(SIMILAR_RE)?.[1] ?? '';
    const similar = list
      .split(/,\s*/)
      .map(s => s.replace(/\s*\([^)]*\)\s*$/, '').trim())
      .filter(Boolean);
    out.push({ name, similar });
  }
  return out;
}

/** Ids of the catalog models like a name the catalog lacks (a pinned model of the spec). */
export function similarCatalogModels(
  name: string,
  models: readonly ModelSpec[],
  count = 3,
): string[] {
  return similarModels(name, models, count).map(m => m.id);
}

/**
 * The way forward for a model the catalog does not hold: the platform team adds it from its
 * config.json on the admin page (Models), or the team picks one of the similar catalog models.
 */
export function UnknownModelNotice(props: {
  model: UnknownModel;
  /** pins a similar catalog model in the spec; without it the names are plain text */
  onPick?: (modelId: string) => void;
}) {
  const { model, onPick } = props;
  const root = usePlannerPath();
  return (
    <Alert
      severity="info"
      role="note"
      aria-label={`${model.name} is not in the catalog`}
      data-testid="unknown-model"
      sx={{ mt: 1 }}
    >
      <AlertTitle sx={{ overflowWrap: 'anywhere' }}>
        {model.name} is not in the catalog
      </AlertTitle>
      <Typography variant="body2">
        The platform team can add it from its config.json (
        <Link to={`${root}/admin?section=models`}>Admin &gt; Models</Link>
        ), and the planner then sizes it as a labelled estimate
        {model.similar.length > 0
          ? ', or pick one of these similar models:'
          : '.'}
      </Typography>
      {model.similar.length > 0 && (
        <Stack
          direction="row"
          spacing={1}
          useFlexGap
          flexWrap="wrap"
          sx={{ mt: 1 }}
          aria-label="Similar catalog models"
        >
          {model.similar.map(id => (
            <Chip
              key={id}
              size="small"
              label={id}
              variant="outlined"
              onClick={onPick ? () => onPick(id) : undefined}
              aria-label={onPick ? `Use ${id}` : id}
            />
          ))}
        </Stack>
      )}
    </Alert>
  );
}
