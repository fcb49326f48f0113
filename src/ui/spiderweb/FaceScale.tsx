import type { ComponentChild } from 'preact';
import { FACE_COUNT } from '../../domain/scoring';
import { useT } from '../i18n';
import { FaceIcon } from '../pictograms/faces';
import { LeesVoor } from '../readaloud/ReadAloud';
import { DimensionName } from './ScoreSlider';

export interface FaceScaleProps {
  /** The radios' group name, and the prefix of their ids. */
  id: string;
  /** The official dimension name, in the group's name. */
  label: string;
  /** The everyday name, shown large and heard first. */
  everyday?: string | undefined;
  /** The question, heard with the group and read aloud, not shown. */
  description?: string;
  /** The chosen face, 0 (saddest) to 4, or null. */
  value: number | null;
  onChange: (face: number) => void;
  icon?: ComponentChild;
}

const FACES = Array.from({ length: FACE_COUNT }, (_, face) => face);

/**
 * "Eenvoudig": one question answered with five faces. Each face is a native radio with a written
 * label, so arrow keys, screen readers and read-aloud work as with any choice.
 */
export function FaceScale(props: FaceScaleProps) {
  const { id, label, everyday, description, value, onChange, icon } = props;
  const t = useT();
  const descId = `${id}-desc`;
  return (
    <fieldset class="faces" aria-describedby={description ? descId : undefined}>
      <DimensionName label={label} everyday={everyday} icon={icon} />
      <LeesVoor small />
      {description && (
        <p class="slider-desc visually-hidden" id={descId}>
          {description}
        </p>
      )}
      <div class="faces-row">
        {FACES.map((face) => (
          <label class="choice face" key={face} for={`${id}-${face}`}>
            <input
              id={`${id}-${face}`}
              type="radio"
              name={id}
              value={face}
              checked={value === face}
              onChange={() => onChange(face)}
            />
            <FaceIcon face={face} />
            <span class="face-text">{t(`patient.face.${face}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
