/**
 * A form that fills an article's replacement tokens (`<!--$name-->placeholder<!--/$name-->`): one labelled field per
 * token, submitted as a plain GET that writes `?token.<name>=` to the address and carries every other parameter
 * (cloud, file, resource, other tokens) as hidden fields. Works without script. Server component.
 */
import { humanize } from '@/lib/render/humanize';
import { keptParams, pageTokens, type SearchParams, tokenParam } from '@/lib/render/pageInputs';
import { tokenKey, tokenValue, tokenValuesFromSearchParams } from '@/lib/render/tokens';
import styles from '../shared/fields.module.css';

/** The fragment id of the form, for links that send readers to it. */
export const TOKEN_FORM_ID = 'token-form';

const TOKEN_PREFIX = /^token\./i;

export interface TokenFormProps {
  /** The article's tokens (`article.body.tokens`); a name used twice gets one field. */
  tokens: ReadonlyArray<{ name: string; placeholder: string }>;
  /** The page's search params: token values fill the fields, the rest is kept. */
  searchParams: SearchParams;
  /** The page's path (`/articles/<id>`): where the form submits. */
  action: string;
}

export function TokenForm({ tokens, searchParams, action }: TokenFormProps) {
  const fields = pageTokens(tokens);
  if (fields.length === 0) return null;
  const values = tokenValuesFromSearchParams(searchParams);
  const mine = new Set(fields.map((f) => f.key));
  // This form's own fields replace their old values; other tokens (and everything else) ride along.
  const hidden = keptParams(searchParams, (name) => TOKEN_PREFIX.test(name) && mine.has(tokenKey(name.replace(TOKEN_PREFIX, ''))));
  const unfilled = fields.some((f) => tokenValue(values, f.name) === undefined);
  return (
    <section id={TOKEN_FORM_ID} className={styles.panel} aria-labelledby={`${TOKEN_FORM_ID}-heading`}>
      <h2 id={`${TOKEN_FORM_ID}-heading`} className={styles.heading}>
        Fill in this page
      </h2>
      <p className={styles.help}>
        {unfilled
          ? 'In the portal these values come from your resource. Enter yours to read the page with them.'
          : 'The page shows the values below. Change them to read it again.'}
      </p>
      <form method="get" action={action} className={styles.form}>
        {hidden.map(([name, value], i) => (
          <input key={`${name}:${i}`} type="hidden" name={name} value={value} />
        ))}
        <div className={styles.grid}>
          {fields.map((f) => (
            <div key={f.key} className={styles.field}>
              <label className={styles.label} htmlFor={`token-field-${f.key}`}>
                {humanize(f.name)}
              </label>
              <input
                id={`token-field-${f.key}`}
                className={styles.input}
                name={tokenParam(f.name)}
                defaultValue={tokenValue(values, f.name) ?? ''}
                placeholder={f.placeholder || undefined}
                autoComplete="off"
                spellCheck={false}
              />
            </div>
          ))}
        </div>
        <div className={styles.actions}>
          <button type="submit" className={styles.button}>
            Show the page with these values
          </button>
        </div>
      </form>
    </section>
  );
}
