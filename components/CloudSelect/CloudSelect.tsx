/** The `cloud` select of a plain GET form: every cloud by its display name, after an "any cloud" choice. */
import { CLOUD_IDS, CLOUDS } from '@/lib/clouds';

export interface CloudSelectProps {
  /** The cloud in the URL, or empty for any. */
  value?: string;
  /** The label of the empty choice ("All clouds", "Any cloud"). */
  anyLabel: string;
  className?: string;
}

export function CloudSelect({ value, anyLabel, className }: CloudSelectProps) {
  return (
    <select name="cloud" defaultValue={value ?? ''} className={className}>
      <option value="">{anyLabel}</option>
      {CLOUD_IDS.map((c) => (
        <option key={c} value={c}>
          {CLOUDS[c].displayName}
        </option>
      ))}
    </select>
  );
}
