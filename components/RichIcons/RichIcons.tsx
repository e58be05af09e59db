/** The icons the rich-kind components draw, as server-rendered SVG (components/Icon), named as Fluent names them. */
import { Icon, type IconName } from '../Icon/Icon';

interface RichIconProps {
  className?: string;
  /** Accepted for call sites written for Fluent's icons; the SVG is always hidden from assistive technology. */
  'aria-hidden'?: boolean | 'true' | 'false';
}

const named = (name: IconName) => {
  // biome-ignore lint/correctness/noComponentHookFactories: called once per icon when this module loads, never during a render
  const RichIcon = ({ className }: RichIconProps) => <Icon name={name} className={className} />;
  RichIcon.displayName = name;
  return RichIcon;
};

export const ArrowRightRegular = named('arrow-right');
export const DataTrendingRegular = named('data-trending');
export const GlobeSearchRegular = named('globe-search');
export const LightbulbRegular = named('lightbulb');
export const StethoscopeRegular = named('stethoscope');
export const VideoClipRegular = named('video-clip');
export const WrenchRegular = named('wrench');
