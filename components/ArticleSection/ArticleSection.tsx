/**
 * One body section, its heading at the right level. Recommended Steps become a checklist (step content is
 * rendered here, on the server); Recommended Documents a link list when that loses nothing. Server component.
 */
import type { RootContent } from 'mdast';
import type { DocLink, Section, Step } from '@/lib/content/model';
import { fillHeadingTokens } from '@/lib/render/tokens';
import styles from '../ArticleView/ArticleView.module.css';
import { headingLevel, isPlainLinkList, splitAround } from '../ArticleView/outline';
import { DocumentList } from '../DocumentList/DocumentList';
import { Markdown, type MarkdownProps, type RenderEnv } from '../Markdown/Markdown';
import { StepChecklist } from '../StepChecklist/StepChecklist';

export interface ArticleSectionProps {
  section: Section;
  env: RenderEnv;
  /** Unique within the page: heading id and checklist storage key suffix. */
  id: string;
  /** localStorage key for this section's checklist. */
  storageKey: string;
  /** The part of the section to show (all of its nodes unless a layout splits it at a region)… */
  nodes: RootContent[];
  /** …and the steps (Recommended Steps) and links (Recommended Documents) of the section among them. */
  steps: Step[];
  documents: DocLink[];
}

export function ArticleSection({ section, env, id, storageKey, nodes, steps, documents }: ArticleSectionProps) {
  const split = splitAround(nodes, steps.length ? steps.map((s) => s.line) : documents.map((d) => d.line));
  const covered = nodes.slice(split.before.length, nodes.length - split.after.length);
  const asLinks = documents.length > 0 && isPlainLinkList(covered);
  const asChecklist = steps.length > 0;

  const H = `h${headingLevel(section.depth)}` as const;
  const title =
    section.role === 'steps'
      ? 'Recommended Steps'
      : section.role === 'documents'
        ? 'Recommended Documents'
        : fillHeadingTokens(section.heading, section.line, env.tokens ?? [], env.tokenValues);
  const md = (n: MarkdownProps['nodes']) => <Markdown nodes={n} {...env} />;
  return (
    <section className={styles.card} aria-labelledby={id}>
      <H id={id} className={styles.sectionTitle}>
        {title}
      </H>
      {asChecklist || asLinks ? (
        <>
          {md(split.before)}
          {asChecklist ? (
            <StepChecklist storageKey={storageKey} steps={steps.map((s) => ({ content: md(s.nodes) }))} />
          ) : (
            <DocumentList documents={documents} cloud={env.cloud} context={env.context} />
          )}
          {md(split.after)}
        </>
      ) : (
        md(nodes)
      )}
    </section>
  );
}
