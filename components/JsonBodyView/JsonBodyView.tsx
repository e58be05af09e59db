/**
 * A JSON body shown as what it is for: a scoping form to fill in, a recommendation card, a table of support
 * topics, diagnose-and-solve tiles. A body that did not match its schema falls back to a readable summary
 * of what could be read; raw JSON is never shown. Server component.
 */
import type { CatalogMeta, JsonBody } from '@/lib/content/model';
import { AdvisorCard } from '../AdvisorCard/AdvisorCard';
import styles from '../ArticleView/ArticleView.module.css';
import { DiagnoseAndSolve } from '../DiagnoseAndSolve/DiagnoseAndSolve';
import { JsonSummary } from '../JsonSummary/JsonSummary';
import type { RenderEnv } from '../Markdown/Markdown';
import { ScopingFormSection } from '../ScopingForm/ScopingFormSection';
import { SupportTopics } from '../SupportTopics/SupportTopics';

export interface JsonBodyViewProps {
  json: JsonBody;
  meta: CatalogMeta;
  env: RenderEnv;
}

export function JsonBodyView({ json, meta, env }: JsonBodyViewProps) {
  switch (json.kind) {
    case 'problemScoping':
    case 'tsgQuestions':
      if (json.data) return <ScopingFormSection form={json.data} formKey={meta.file} env={env} />;
      break;
    case 'advisor':
      if (json.data) return <AdvisorCard data={json.data} env={env} />;
      break;
    case 'supportTopicDescription':
      if (json.data) return <SupportTopics data={json.data} env={env} />;
      break;
    case 'diagnoseAndSolve':
      if (json.data) return <DiagnoseAndSolve data={json.data} env={env} />;
      break;
  }
  return (
    <section className={styles.card} aria-labelledby="details-heading">
      <h2 id="details-heading" className={styles.sectionTitle}>
        Details
      </h2>
      <JsonSummary data={json.raw} />
    </section>
  );
}
