/**
 * A product's support topic descriptions: the product summary and links, then every topic with its category,
 * search tags and whether diagnose-and-solve uses it, as a table. Server component.
 */
import type { SupportTopicDescription } from '@/lib/content/json';
import type { RenderEnv } from '../Markdown/Markdown';
import { PortalLink } from '../PortalLink/PortalLink';
import styles from './SupportTopics.module.css';

const yesNo = (v: boolean | null | undefined) => (v === true ? 'Yes' : v === false ? 'No' : 'Not set');

export function SupportTopics({ data, env }: { data: SupportTopicDescription; env: RenderEnv }) {
  const topics = data.supportTopics ?? [];
  const links = ([1, 2, 3] as const)
    .map((n) => ({ url: data[`productLink${n}`], name: data[`productLinkName${n}`] }))
    .filter((l): l is { url: string; name: string | null | undefined } => Boolean(l.url));
  return (
    <section className={styles.card} aria-labelledby="topics-heading">
      <h2 id="topics-heading" className={styles.title}>
        Support topics
      </h2>
      {data.shortDescription && <p className={styles.lead}>{data.shortDescription}</p>}
      {data.longDescription && <p className={styles.text}>{data.longDescription}</p>}
      {links.length > 0 && (
        <ul className={styles.links}>
          {links.map((l) => (
            <li key={l.url}>
              <PortalLink href={l.url} cloud={env.cloud} context={env.context}>
                {l.name || l.url}
              </PortalLink>
            </li>
          ))}
        </ul>
      )}
      <div className={styles.scroll}>
        <table className={styles.table}>
          <caption className={styles.caption}>
            {topics.length} support {topics.length === 1 ? 'topic' : 'topics'}
          </caption>
          <thead>
            <tr>
              <th scope="col">Topic</th>
              <th scope="col">Category</th>
              <th scope="col">Search tags</th>
              <th scope="col">In diagnose and solve</th>
            </tr>
          </thead>
          <tbody>
            {topics.map((t) => (
              <tr key={t.id}>
                <td>
                  <strong>{t.shortDescription || t.id}</strong>
                  {t.longDescription && <div className={styles.text}>{t.longDescription}</div>}
                  <div className={styles.id}>
                    ID <code>{t.id}</code>
                  </div>
                </td>
                <td>{t.category || '—'}</td>
                <td>
                  {t.searchTags
                    ? t.searchTags
                        .split(',')
                        .map((s) => s.trim())
                        .filter(Boolean)
                        .map((s) => (
                          <span key={s} className={styles.tag}>
                            {s}
                          </span>
                        ))
                    : '—'}
                </td>
                <td>{yesNo(t.useInDiagnoseAndSolve)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
