import { KEUZECHECK } from '../../domain/consult';
import { DIMENSIONS } from '../../domain/dimensions';
import type { Cell, Suppressed } from '../../domain/intervisie/suppression';
import { CARD_NONE, CARD_PREFIX, TOTAL } from '../../domain/intervisie/tally';
import { useI18n } from '../i18n';
import { BarChart, type BarRow } from './BarChart';

/** One column of figures: a month of the GP's own, or the group's period. */
export interface Column {
  label: string;
  counts: Suppressed;
}

const cellOf = (counts: Suppressed, key: string): Cell => counts[key] ?? 0;

/** Cells of several columns added up: the sum where all are shown, else the one hidden mark. */
function summed(columns: readonly Column[], key: string): Cell {
  if (columns.length === 1 && columns[0]) return cellOf(columns[0].counts, key);
  let n = 0;
  for (const c of columns) {
    const cell = cellOf(c.counts, key);
    if (typeof cell !== 'number') return cell;
    n += cell;
  }
  return n;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/**
 * The six charts of the issue, each with its table: choices named, afwachten, bedenktijd with
 * a follow-up, keuzecheck doubt with its most common "nee", the dimensions patients want to talk
 * about, and the cards used. No score of the GP and no norm line: counts and shares only.
 */
export function Figures({
  id,
  columns,
  periodLabel,
}: {
  id: string;
  columns: Column[];
  periodLabel: string;
}) {
  const { t } = useI18n();
  const text = (cell: Cell) =>
    cell === '<5'
      ? t('intervisie.charts.small')
      : cell === 'x'
        ? t('intervisie.charts.hidden')
        : String(cell);
  const shareOf = (part: Cell, total: Cell) =>
    typeof part === 'number' && typeof total === 'number' && total > 0 ? part / total : null;
  const row = (label: string, part: Cell, total: Cell): BarRow => {
    const share = shareOf(part, total);
    return {
      label,
      share,
      cells: [
        t('intervisie.charts.of', { part: text(part), total: text(total) }),
        share === null ? text(part) : percent(share),
      ],
    };
  };
  const perColumn = (key: string) =>
    columns.map((c) => row(c.label, cellOf(c.counts, key), cellOf(c.counts, TOTAL)));
  const columnsHeader = [periodLabel, t('intervisie.charts.count'), t('intervisie.charts.share')];
  const total = summed(columns, TOTAL);

  const nee = KEUZECHECK.map((q) => ({ q, cell: summed(columns, `nee:${q}`) }))
    .filter(
      (n): n is { q: (typeof KEUZECHECK)[number]; cell: number } =>
        typeof n.cell === 'number' && n.cell > 0,
    )
    .sort((a, b) => b.cell - a.cell)[0];

  const cards = [
    ...new Set(
      columns.flatMap((c) =>
        Object.keys(c.counts).filter((k) => k.startsWith(CARD_PREFIX) && k !== CARD_NONE),
      ),
    ),
  ].sort();

  return (
    <div class="figures">
      <BarChart
        id={`${id}-choice`}
        title={t('intervisie.charts.choice')}
        columns={columnsHeader}
        rows={perColumn('choice:yes')}
      />
      <BarChart
        id={`${id}-afwachten`}
        title={t('intervisie.charts.afwachten')}
        columns={columnsHeader}
        rows={perColumn('kind:afwachten')}
      />
      <BarChart
        id={`${id}-bedenktijd`}
        title={t('intervisie.charts.bedenktijd')}
        columns={columnsHeader}
        rows={perColumn('kind:bedenktijd-date')}
      />
      <BarChart
        id={`${id}-doubt`}
        title={t('intervisie.charts.doubt')}
        columns={columnsHeader}
        rows={perColumn('check:less')}
        note={
          nee
            ? t('intervisie.charts.commonNee', { question: t(`consult.keuze.short.${nee.q}`) })
            : t('intervisie.charts.noNee')
        }
      />
      <BarChart
        id={`${id}-talk`}
        title={t('intervisie.charts.talk')}
        columns={[
          t('intervisie.charts.dimension'),
          t('intervisie.charts.count'),
          t('intervisie.charts.share'),
        ]}
        rows={DIMENSIONS.map((d) =>
          row(t(`intervisie.dimensions.${d}`), summed(columns, `talk:${d}`), total),
        )}
      />
      {cards.length === 0 ? (
        <p>{t('intervisie.charts.noCards')}</p>
      ) : (
        <BarChart
          id={`${id}-cards`}
          title={t('intervisie.charts.cards')}
          columns={[
            t('intervisie.charts.card'),
            t('intervisie.charts.count'),
            t('intervisie.charts.share'),
          ]}
          rows={cards.map((k) =>
            row(k.slice(CARD_PREFIX.length).replace('@', ' '), summed(columns, k), total),
          )}
        />
      )}
      <p class="field-hint">{t('intervisie.charts.suppressed')}</p>
    </div>
  );
}
