/** `report diff`: load × 2 → validate × 2 → aggregate × 2 → compare → print (text, Markdown or JSON). */
import { compareMonths, type DiffSide } from '../compare.js';
import { ReportError } from '../errors.js';
import { formatDiagnostics } from '../format-error.js';
import { snapshotAt } from '../git.js';
import type { Period } from '../period.js';
import { modelMonth, type RunContext } from '../pipeline.js';
import { formatDiffJson, formatDiffMarkdown, formatDiffText, type DiffFormat } from '../render-diff.js';
import { say } from '../messages.js';
import type { Io } from './io.js';

export interface DiffOptions {
  readonly context: RunContext;
  readonly from: Period;
  /** The second month; or… */
  readonly to?: Period;
  /** …a git revision: `from` as it was there, against the working tree. */
  readonly against?: string;
  readonly format: DiffFormat;
}

type Loaded = { ok: true; side: DiffSide } | { ok: false; problems: ReportError[] };

/** One side: validated leniently (a sector missing on one side is what the diff reports as added or removed). */
function loadSide(context: RunContext, period: Period, revision: string | null): Loaded {
  const snapshot = revision === null ? null : snapshotAt(context.dataDir, revision);
  try {
    // a revision's snapshot is read from a temporary folder and its paths print as "HEAD~1:data/…"
    const source = snapshot ? { dir: snapshot.dir, shown: snapshot.shownAs } : undefined;
    const model = modelMonth(context, period, { allowMissing: true, paceMargin: null, source });
    // only what stops the comparison is printed: warnings are `report check`'s business, and a missing file is
    // the diff's own news (its indicators show as added or removed)
    if (!model.ok) return { ok: false, problems: [...model.errors] };
    return { ok: true, side: { model: model.value, revision } };
  } finally {
    snapshot?.dispose();
  }
}

export async function diff(options: DiffOptions, io: Io): Promise<number> {
  if ((options.to === undefined) === (options.against === undefined)) {
    throw new ReportError({ code: 'CLI_BAD_ARGUMENT', params: { detail: say(io.lang, 'ARG_DIFF_SECOND_SIDE') } });
  }
  const a = loadSide(options.context, options.from, options.against ?? null);
  const b = loadSide(options.context, options.to ?? options.from, null);
  if (!a.ok || !b.ok) {
    io.err(formatDiagnostics([...(a.ok ? [] : a.problems), ...(b.ok ? [] : b.problems)], 'text', io));
    return 1;
  }
  const result = compareMonths(options.context.registry, a.side, b.side);
  io.out(
    options.format === 'json'
      ? formatDiffJson(result)
      : options.format === 'md'
        ? formatDiffMarkdown(result, io.lang)
        : formatDiffText(result, io.lang, io.color),
  );
  return 0;
}
