import type { ReactNode } from 'react';

/** A check or solution as the flow shows it (GuideFlow lists them, CheckItem shows one). */
export interface FlowNode {
  id: string;
  title: string;
  /** The node's own article page. */
  href: string;
  content: ReactNode;
}
