import { DIMENSIONS, type DimensionId } from '../domain/dimensions';

export interface DimensionChipsProps {
  legend: string;
  /** The dimensions checked now. */
  checked: readonly DimensionId[];
  /** The dimension's name as the reader knows it (the pack's label). */
  label: (dimension: DimensionId) => string;
  onToggle: (dimension: DimensionId, checked: boolean) => void;
  /** For a problem link to focus the whole group. */
  id?: string;
}

/** The six dimensions as checkbox chips: which ones an option touches. */
export function DimensionChips({ legend, checked, label, onToggle, id }: DimensionChipsProps) {
  return (
    <fieldset class="chips" id={id} tabIndex={id ? -1 : undefined}>
      <legend>{legend}</legend>
      {DIMENSIONS.map((dimension) => (
        <label class="chip" key={dimension}>
          <input
            type="checkbox"
            checked={checked.includes(dimension)}
            onChange={(e) => onToggle(dimension, e.currentTarget.checked)}
          />
          <span>{label(dimension)}</span>
        </label>
      ))}
    </fieldset>
  );
}
