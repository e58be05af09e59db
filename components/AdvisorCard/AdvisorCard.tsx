/**
 * An Advisor recommendation's metadata as the recommendation card Advisor shows: category, impact, resource
 * type, what it is about, its benefits, and its actions as portal blades or documents. Server component.
 */

import type { AdvisorAction, AdvisorRecommendation } from '@/lib/content/json';
import { resolveBlade } from '@/lib/render/links';
import { Badge, type BadgeProps } from '../Badge/Badge';
import { Markdown, type RenderEnv } from '../Markdown/Markdown';
import { PortalLink } from '../PortalLink/PortalLink';
import styles from './AdvisorCard.module.css';

const IMPACT_COLOR: Record<string, BadgeProps['color']> = { high: 'danger', medium: 'warning', low: 'informative' };

function Action({ action, env }: { action: AdvisorAction; env: RenderEnv }) {
  const text = action.description || action.bladeName || action.link || 'Open';
  if (action.link && !action.bladeName)
    return (
      <PortalLink href={action.link} cloud={env.cloud} context={env.context}>
        {text}
      </PortalLink>
    );
  // Blade and ContextBlade actions: metadata values are the blade's parameters (`{"id": "{resourceId}"}`).
  const params = Object.entries(action.metadata ?? {}).flatMap(([k, v]) => (typeof v === 'string' || typeof v === 'number' ? [k, String(v)] : []));
  const resolved = resolveBlade(action.extensionName ?? '', action.bladeName ?? '', params, env.cloud, env.context);
  return (
    <PortalLink resolved={resolved} cloud={env.cloud} context={env.context}>
      {text}
    </PortalLink>
  );
}

export function AdvisorCard({ data, env }: { data: AdvisorRecommendation; env: RenderEnv }) {
  const impact = data.recommendationImpact ?? '';
  const facts: Array<[string, string | null | undefined]> = [
    ['Resource type', data.recommendationResourceType],
    ['Potential benefits', data.potentialBenefits],
    ['Tip', data.tip],
    ['Offering', data.recommendationOfferingName],
    ['State', data.recommendationMetadataState],
  ];
  return (
    <section className={styles.card} aria-labelledby="advisor-heading">
      <div className={styles.badges}>
        <Badge appearance="tint" color="brand">
          {data.recommendationCategory || 'Recommendation'}
        </Badge>
        {impact && (
          <Badge appearance="tint" color={IMPACT_COLOR[impact.toLowerCase()] ?? 'informative'}>
            {impact} impact
          </Badge>
        )}
      </div>
      <h2 id="advisor-heading" className={styles.title}>
        {data.displayLabel || data.recommendationFriendlyName || data.recommendationTypeId}
      </h2>
      {data.description && <p className={styles.lead}>{data.description}</p>}
      {data.longDescription?.source && <Markdown nodes={data.longDescription.nodes} cloud={env.cloud} context={env.context} />}
      <dl className={styles.facts}>
        {facts
          .filter(([, v]) => v)
          .map(([k, v]) => (
            <div key={k} className={styles.row}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
      </dl>
      {(data.actions ?? []).length > 0 && (
        <div>
          <h3 className={styles.subtitle}>Actions</h3>
          <ul className={styles.actions}>
            {(data.actions ?? []).map((a, i) => (
              <li key={a.actionId ?? i}>
                <Action action={a} env={env} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {data.learnMoreLink && (
        <p className={styles.more}>
          <PortalLink href={data.learnMoreLink} cloud={env.cloud} context={env.context}>
            Learn more about this recommendation
          </PortalLink>
        </p>
      )}
    </section>
  );
}
