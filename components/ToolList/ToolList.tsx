/** A `tools` article as tool tiles, each opening its blade in the selected cloud's portal. Server component. */

import type { ArticleBody } from '@/lib/content/model';
import { toolsOf } from '@/lib/render/tools';
import { LabelledSection } from '../LabelledSection/LabelledSection';
import { Markdown, type RenderEnv } from '../Markdown/Markdown';
import { PortalLink } from '../PortalLink/PortalLink';
import { WrenchRegular } from '../RichIcons/RichIcons';
import styles from './ToolList.module.css';

export function ToolList({ body, env }: { body: ArticleBody; env: RenderEnv }) {
  const { tools, rest } = toolsOf(body);
  return (
    <LabelledSection id="tools-heading" title="Tools" className={styles.section} titleClassName={styles.heading}>
      <ul className={styles.grid}>
        {tools.map((t) => (
          <li key={`${t.line}:${t.name}`} className={styles.tile}>
            <WrenchRegular className={styles.icon} aria-hidden="true" />
            <div>
              <PortalLink href={t.url} cloud={env.cloud} context={env.context} className={styles.name}>
                {t.name}
              </PortalLink>
              {t.description && <p className={styles.text}>{t.description}</p>}
            </div>
          </li>
        ))}
      </ul>
      <Markdown nodes={rest} {...env} />
    </LabelledSection>
  );
}
