/** The labelled `cloud` select of a plain GET form: every cloud by its display name, after an "any cloud" choice. */
import { CLOUD_IDS, CLOUDS } from '@/lib/clouds';

export interface CloudFieldProps {
  /** The cloud in the URL, or empty for any. */
  value?: string;
  /** The label of the empty choice ("All clouds", "Any cloud"). */
  anyLabel: string;
  /** The label's class (the form's field layout). */
  className?: string;
  selectClassName?: string;
}

export function CloudField({ value, anyLabel, className, selectClassName }: CloudFieldProps) {
  return (
    <label className={className}>
      <span>Cloud</span>
      <select name="cloud" defaultValue={value ?? ''} className={selectClassName}>
        <option value="">{anyLabel}</option>
        {CLOUD_IDS.map((c) => (
          <option key={c} value={c}>
            {CLOUDS[c].displayName}
          </option>
        ))}
      </select>
    </label>
  );
}
