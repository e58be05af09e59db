/** Article markdown (model nodes) rendered for one cloud, with reading styles; Apollo blocks as cards. Server component. */
import type { RootContent } from 'mdast';
import type { RenderOptions } from '@/lib/render/render';
import { renderMarkdown } from '@/lib/render/render';
import { ApolloCard } from '../ApolloCard/ApolloCard';
import styles from './Markdown.module.css';

/** What rendering needs besides the nodes: cloud, resource context, token values, the body's Apollo blocks. */
export type RenderEnv = Omit<RenderOptions, 'renderApollo'>;

export interface MarkdownProps extends RenderEnv {
  nodes: readonly RootContent[];
  className?: string;
}

export function Markdown({ nodes, className, ...env }: MarkdownProps) {
  if (nodes.length === 0) return null;
  const renderApollo: RenderOptions['renderApollo'] = (element) => <ApolloCard element={element} cloud={env.cloud} context={env.context} />;
  return <div className={className ? `${styles.prose} ${className}` : styles.prose}>{renderMarkdown(nodes, { ...env, renderApollo })}</div>;
}
