/**
 * What the reader can give an article page: values for its tokens and, when a portal link needs one, a resource.
 * Renders TokenForm and ResourceForm only when the article has a use for them. Server component.
 */
import type { Article } from '@/lib/content/model';
import { needsResource, type SearchParams } from '@/lib/render/pageInputs';
import { ResourceForm } from '../ResourceForm/ResourceForm';
import { TokenForm } from '../TokenForm/TokenForm';
import styles from './ArticleInputs.module.css';

export interface ArticleInputsProps {
  article: Article;
  /** The page's search params (kept by both forms). */
  searchParams: SearchParams;
  /** The page's path, where the forms submit. */
  action: string;
}

export function ArticleInputs({ article, searchParams, action }: ArticleInputsProps) {
  const tokens = article.body.tokens.length > 0;
  const resource = needsResource(article);
  if (!tokens && !resource) return null;
  return (
    <div className={styles.inputs}>
      {tokens && <TokenForm tokens={article.body.tokens} searchParams={searchParams} action={action} />}
      {resource && <ResourceForm searchParams={searchParams} action={action} />}
    </div>
  );
}
