/**
 * One troubleshooter for one cloud: header and cloud switch, notices, the summary (the description rendered by
 * ArticleBody, as its article page renders it), then the guided flow, whose node contents are rendered here on
 * the server by the same ArticleBody and handed to the client leaf as elements. Server component.
 */
import type { ReactNode } from 'react';
import { CLOUDS, type CloudId } from '@/lib/clouds';
import type { Article } from '@/lib/content/model';
import { type Guide, type GuideNode, nodeTitle } from '@/lib/guides/model';
import type { Progress } from '@/lib/guides/progress';
import { articleHref } from '@/lib/routes/article';
import { ArticleBody } from '../ArticleBody/ArticleBody';
import { Blade } from '../Blade/Blade';
import { CloudPicker } from '../CloudPicker/CloudPicker';
import { type FlowNode, GuideFlow } from '../GuideFlow/GuideFlow';
import { guideHref } from '../GuideList/GuideList';
import styles from './GuideView.module.css';

export interface LoadedNode {
  node: GuideNode;
  article: Article | null;
}

export interface GuideViewProps {
  /** The guide as seen in `cloud` (lib/guides guideInCloud). */
  guide: Guide;
  cloud: CloudId;
  /** `cloud` as given in the URL (null when none was): kept in the flow's links. */
  cloudParam: string | null;
  /** A cloud name the URL gave that is not a cloud. */
  unknownCloud?: string;
  description: Article | null;
  checks: LoadedNode[];
  solutions: LoadedNode[];
  questions: LoadedNode[];
  /** Nodes of the guide the cloud does not offer. */
  hiddenInCloud: number;
  progress: Progress;
}

const nodeHref = (id: string, cloud: CloudId) => articleHref(id, cloud === 'public' ? undefined : cloud);

export function GuideView(props: GuideViewProps) {
  const { guide, cloud, description } = props;
  const env = { cloud };
  const body = (a: Article | null): ReactNode => (a ? <ArticleBody article={a} env={env} /> : <p>This article could not be read.</p>);
  const flow = (list: LoadedNode[]): FlowNode[] =>
    list.map(({ node, article }) => ({
      id: node.meta.articleId,
      title: nodeTitle(node.meta),
      href: nodeHref(node.meta.articleId, cloud),
      content: body(article),
    }));
  const listHref = cloud === 'public' ? '/troubleshooters' : `/troubleshooters?cloud=${cloud}`;
  return (
    <Blade
      title={guide.title}
      subtitle="Troubleshooter · Help + support"
      section="guides"
      crumbs={[{ label: 'Troubleshooters', href: listHref }, { label: guide.title }]}
      closeHref={listHref}
      headerEnd={<CloudPicker current={cloud} offered={guide.clouds} hrefFor={(c) => guideHref(guide.id, c)} />}
      commands={{ links: [{ label: 'Start over', href: guideHref(guide.id, props.cloudParam ? cloud : undefined), icon: 'arrow-clockwise' }] }}
    >
      <article className={styles.page} aria-label={guide.title}>
        <header className={styles.header}>
          <p className={styles.facts}>
            {guide.service && (
              <span>
                Service <code>{guide.service}</code>
              </span>
            )}
            <span>{`${guide.checks.length} checks, ${guide.solutions.length} solutions`}</span>
            <a href={nodeHref(guide.id, cloud)}>Summary article</a>
          </p>
        </header>
        {props.unknownCloud && <p className={styles.notice} role="status">{`Unknown cloud ${props.unknownCloud}; showing ${CLOUDS[cloud].displayName}.`}</p>}
        {!guide.clouds.includes(cloud) && (
          <p className={styles.notice} role="status">{`This troubleshooter is not offered in ${CLOUDS[cloud].displayName}; links below point there anyway.`}</p>
        )}
        {props.hiddenInCloud > 0 && (
          <p
            className={styles.notice}
            role="status"
          >{`${props.hiddenInCloud} ${props.hiddenInCloud === 1 ? 'step is' : 'steps are'} not offered in ${CLOUDS[cloud].displayName} and left out.`}</p>
        )}
        <section className={styles.summary} aria-labelledby="summary-heading">
          <h2 id="summary-heading" className={styles.sectionTitle}>
            Summary
          </h2>
          {body(description)}
        </section>
        <GuideFlow
          guide={{ id: guide.id, title: guide.title, service: guide.service, pagePath: `/troubleshooters/${encodeURIComponent(guide.id)}` }}
          cloud={{ param: props.cloudParam, name: CLOUDS[cloud].displayName }}
          checks={flow(props.checks)}
          solutions={flow(props.solutions)}
          initial={props.progress}
          form={
            props.questions.length > 0
              ? props.questions.map(({ node, article }) => (
                  <div key={node.meta.file} className={styles.form}>
                    {body(article)}
                    <a href={nodeHref(node.meta.articleId, cloud)} className={styles.formLink}>
                      Open the questions as an article
                    </a>
                  </div>
                ))
              : undefined
          }
        />
      </article>
    </Blade>
  );
}
