import type { DimensionId, DimensionScores } from '../../domain/dimensions';
import { nearestFace } from '../../domain/scoring';
import { formatScore } from '../format';
import { useI18n } from '../i18n';

export interface ScoreTableProps {
  caption: string;
  dimensions: readonly { id: DimensionId; label: string }[];
  scores: DimensionScores;
  talk: readonly DimensionId[];
  focus: DimensionId | null;
  /** The scores are faces (0, 2.5, … 10): each cell names its face too. */
  faces?: boolean;
}

/** The web as text: one row per dimension, the dimension label as the row header. */
export function ScoreTable(props: ScoreTableProps) {
  const { caption, dimensions, scores, talk, focus, faces = false } = props;
  const { t, lang } = useI18n();
  return (
    <table class="scores">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('consult.web.dimension')}</th>
          <th scope="col">{t('consult.web.score')}</th>
          <th scope="col">{t('consult.web.marks')}</th>
        </tr>
      </thead>
      <tbody>
        {dimensions.map((dim) => {
          const score = scores[dim.id];
          const marks = [
            talk.includes(dim.id) ? t('consult.web.talk') : '',
            focus === dim.id ? t('consult.web.focus') : '',
          ].filter(Boolean);
          return (
            <tr key={dim.id}>
              <th scope="row">{dim.label}</th>
              <td>
                {score === null
                  ? t('consult.web.unanswered')
                  : faces
                    ? `${formatScore(score, lang)} (${t('consult.web.face', { face: nearestFace(score) + 1 })})`
                    : formatScore(score, lang)}
              </td>
              <td>{marks.join(', ')}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
