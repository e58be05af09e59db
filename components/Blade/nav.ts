/** The blade's left menu: every page of the site that a reader can open from it, in the portal's order. */
import type { IconName } from '../Icon/Icon';

/** The id of the menu element, which the top bar's menu button opens on narrow windows. */
export const SITE_MENU_ID = 'site-menu';

export type NavSection = 'articles' | 'diagnose' | 'guides' | 'preview' | 'health' | 'diagnostics';

export interface NavItem {
  id: NavSection;
  label: string;
  href: string;
  icon: IconName;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { id: 'articles', label: 'Self-help articles', href: '/', icon: 'book-open' },
  { id: 'diagnose', label: 'Diagnose and solve problems', href: '/?type=diagnoseandsolve', icon: 'stethoscope' },
  { id: 'guides', label: 'Troubleshooters', href: '/troubleshooters', icon: 'wrench' },
  { id: 'preview', label: 'Preview an article', href: '/preview', icon: 'document-search' },
  { id: 'health', label: 'Content health', href: '/insights', icon: 'data-trending' },
  { id: 'diagnostics', label: 'Content diagnostics', href: '/diagnostics', icon: 'heart-pulse' },
];
