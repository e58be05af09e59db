/**
 * The body of an article, laid out by kind: JSON bodies as their own views, a tools list as tool tiles, and
 * markdown by lib/render/layout (Apollo sections, insight card, labelled RCA regions, section cards). Server.
 */
import type { Article } from '@/lib/content/model';
import { type Chunk, type Group, layoutBody } from '@/lib/render/layout';
import { envParams } from '@/lib/render/pageInputs';
import { fillHeadingTokens, fillTokenText } from '@/lib/render/tokens';
import { articleHref } from '@/lib/routes/article';
import { ArticleInputs } from '../ArticleInputs/ArticleInputs';
import { ArticleSection } from '../ArticleSection/ArticleSection';
import { InsightCard } from '../InsightCard/InsightCard';
import { JsonBodyView } from '../JsonBodyView/JsonBodyView';
import { Markdown, type RenderEnv } from '../Markdown/Markdown';
import { RegionBlock } from '../RegionBlock/RegionBlock';
import { ToolList } from '../ToolList/ToolList';
import styles from './ArticleBody.module.css';

export interface ArticleBodyProps {
  article: Article;
  env: RenderEnv;
}

const INSIGHT_LABELS: Record<string, string> = { diagnostics: 'Diagnostic insight', rca: 'Root cause analysis', servicehealthinsights: 'Service health' };

/**
 * The token and resource forms sit above the body on pages whose address carries the reader's context (the page
 * passes `env.context`, possibly empty); the author preview passes none and has its own token sample.
 */
export function ArticleBody({ article, env }: ArticleBodyProps) {
  if (!env.context) return <BodyContent article={article} env={env} />;
  return (
    <>
      <ArticleInputs article={article} searchParams={envParams(env)} action={articleHref(article.meta.articleId)} />
      <BodyContent article={article} env={env} />
    </>
  );
}

function BodyContent({ article, env }: ArticleBodyProps) {
  const { meta, body } = article;
  if (body.json) return <JsonBodyView json={body.json} meta={meta} env={env} />;
  if (meta.selfHelpType === 'tools') return <ToolList body={body} env={env} />;
  const full: RenderEnv = { ...env, tokens: body.tokens, apolloSections: body.apolloSections, apolloElements: body.apolloElements };
  const stepSections = body.sections.filter((s) => s.role === 'steps');

  const chunk = (c: Chunk, key: string) => {
    if (!c.section)
      return c.nodes.length > 0 ? (
        <div key={key} className={styles.card}>
          <Markdown nodes={c.nodes} {...full} />
        </div>
      ) : null;
    // Progress is kept per file; a rare second steps section gets its own key.
    const n = stepSections.indexOf(c.section);
    const storageKey = `selfhelp-steps:${meta.file}${n > 0 ? `#${n}` : ''}`;
    return (
      <ArticleSection
        key={key}
        id={`section-${c.section.line}`}
        section={c.section}
        env={full}
        storageKey={storageKey}
        nodes={c.nodes}
        steps={c.steps}
        documents={c.documents}
      />
    );
  };

  const group = (g: Group, gi: number) =>
    g.blocks.map((b, bi) => {
      const key = `${gi}-${bi}`;
      if (b.kind === 'chunks') return b.chunks.map((c, ci) => chunk(c, `${key}-${ci}`));
      const inner = b.chunks.map((c, ci) => chunk(c, `${key}-${ci}`));
      if (b.kind === 'region') {
        const repeats = b.chunks[0]?.section?.heading.toLowerCase() === b.label.toLowerCase();
        return (
          <RegionBlock key={key} label={b.label} name={b.name} showLabel={!repeats}>
            {inner}
          </RegionBlock>
        );
      }
      const [first, ...rest] = b.chunks;
      // Without an H2 before it, the article's H1 says what the finding is about.
      const title =
        (b.title ? fillHeadingTokens(b.title.heading, b.title.line, body.tokens, env.tokenValues) : fillTokenText(body.h1 ?? '', env.tokenValues)) || null;
      return (
        <InsightCard key={key} id={`insight-${key}`} label={INSIGHT_LABELS[meta.selfHelpType] ?? 'Issue description'} title={title}>
          {first && !first.section ? <Markdown nodes={first.nodes} {...full} /> : first && chunk(first, `${key}-0`)}
          {rest.map((c, ci) => chunk(c, `${key}-${ci + 1}`))}
        </InsightCard>
      );
    });

  return (
    <>
      {layoutBody(body).map((g, gi) =>
        g.title === null ? (
          group(g, gi)
        ) : (
          <section key={gi} className={styles.apolloSection} aria-labelledby={`apollo-${gi}`} data-apollo-section="">
            <h2 id={`apollo-${gi}`} className={styles.apolloTitle}>
              {g.title}
            </h2>
            {group(g, gi)}
          </section>
        ),
      )}
    </>
  );
}
