'use client';
/**
 * The icons the rich-kind server components use. @fluentui/react-icons' index pulls style modules that run
 * Griffel at import time, which a server module may not do; behind this client boundary they render fine.
 */
export {
  ArrowRightRegular,
  DataTrendingRegular,
  GlobeSearchRegular,
  LightbulbRegular,
  StethoscopeRegular,
  VideoClipRegular,
  WrenchRegular,
} from '@fluentui/react-icons';
