/**
 * A Fluent System Icon drawn as inline SVG on the server: it takes the text colour, scales with the font (1em), and
 * ships no script. Decorative unless given a `label`.
 */
import { ICON_PATHS, type IconName } from './paths';

export type { IconName } from './paths';

export interface IconProps {
  name: IconName;
  /** Accessible name; without it the icon is hidden from assistive technology. */
  label?: string;
  className?: string;
}

export function Icon({ name, label, className }: IconProps) {
  return (
    <svg
      viewBox="0 0 20 20"
      width="1em"
      height="1em"
      fill="currentColor"
      className={className}
      aria-hidden={label ? undefined : true}
      role={label ? 'img' : undefined}
      aria-label={label}
      focusable="false"
    >
      {ICON_PATHS[name].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
