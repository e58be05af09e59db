/**
 * A diagnose-and-solve body as the portal's tiles: common problems linking to their solution article (in the
 * same cloud; a missing article is text with a note, never a link to "Page not found") and troubleshooting tools
 * opening their blade in the selected cloud's portal. Server component.
 */

import type { CommonProblem, DiagnoseAndSolve as Data } from '@/lib/content/json';
import { resolveBlade } from '@/lib/render/links';
import { tileTarget } from '@/lib/render/tiles';
import { articleHref } from '@/lib/routes/article';
import { LabelledSection } from '../LabelledSection/LabelledSection';
import type { RenderEnv } from '../Markdown/Markdown';
import { PortalLink } from '../PortalLink/PortalLink';
import { ArrowRightRegular, WrenchRegular } from '../RichIcons/RichIcons';
import styles from '../ToolList/ToolList.module.css';

function Title({ p, env }: { p: CommonProblem; env: RenderEnv }) {
  const title = p.title || p.id;
  const target = tileTarget(p.commonSolutionArticleId, env.cloud, env.context, env.knownArticle);
  switch (target.kind) {
    case 'article':
      return (
        <>
          <a className={styles.name} href={articleHref(target.articleId, env.cloud)}>
            {title}
          </a>
          {target.note && <p className={styles.note}>{target.note}.</p>}
        </>
      );
    case 'missing':
      return (
        <>
          <span className={styles.name} data-missing-article={target.articleId}>
            {title}
          </span>
          <p className={styles.note}>{target.note}.</p>
        </>
      );
    case 'link':
      return (
        <PortalLink resolved={target.resolved} cloud={env.cloud} context={env.context} className={styles.name}>
          {title}
        </PortalLink>
      );
    default:
      return <span className={styles.name}>{title}</span>;
  }
}

function Problem({ p, env }: { p: CommonProblem; env: RenderEnv }) {
  return (
    <>
      <Title p={p} env={env} />
      {p.description && <p className={styles.text}>{p.description}</p>}
      {(p.category || p.searchTags) && <p className={styles.meta}>{[p.category, p.searchTags && `Tags: ${p.searchTags}`].filter(Boolean).join(' · ')}</p>}
    </>
  );
}

export function DiagnoseAndSolve({ data, env }: { data: Data; env: RenderEnv }) {
  const problems = data.commonProblems ?? [];
  const tools = data.troubleshootingTools ?? [];
  return (
    <>
      <LabelledSection id="problems-heading" title="Common problems" className={styles.section} titleClassName={styles.heading}>
        <ul className={styles.grid}>
          {problems.map((p) => (
            <li key={p.id} className={styles.tile}>
              <ArrowRightRegular className={styles.icon} aria-hidden="true" />
              <div>
                <Problem p={p} env={env} />
                {(p.subProblems ?? []).length > 0 && (
                  <ul>
                    {(p.subProblems ?? []).map((s) => (
                      <li key={s.id}>
                        <Problem p={s} env={env} />
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            </li>
          ))}
        </ul>
      </LabelledSection>
      {tools.length > 0 && (
        <LabelledSection id="tools-heading" title="Troubleshooting tools" className={styles.section} titleClassName={styles.heading}>
          <ul className={styles.grid}>
            {tools.map((t) => {
              const b = t.bladeLink;
              const params = (b?.parameters ?? []).flatMap((p) =>
                typeof p.value === 'string' || typeof p.value === 'number' ? [p.name, String(p.value)] : [],
              );
              return (
                <li key={t.id} className={styles.tile}>
                  <WrenchRegular className={styles.icon} aria-hidden="true" />
                  <div>
                    <PortalLink
                      resolved={b ? resolveBlade(b.extensionName ?? '', b.bladeName ?? '', params, env.cloud, env.context) : null}
                      cloud={env.cloud}
                      context={env.context}
                      className={styles.name}
                    >
                      {t.title || t.id}
                    </PortalLink>
                    {t.description && <p className={styles.text}>{t.description}</p>}
                    {t.category && <p className={styles.meta}>{t.category}</p>}
                  </div>
                </li>
              );
            })}
          </ul>
        </LabelledSection>
      )}
    </>
  );
}
