/**
 * A form for the reader's resource ID, so portal links that need a resource become real links: a plain GET that
 * writes `?resourceId=` to the address and carries every other parameter as hidden fields. Works without script.
 * Portal links that need a resource point here (`#resource-form`). Server component.
 */
import { firstParam, hrefWith, keptParams, type SearchParams } from '@/lib/render/pageInputs';
import { portalContextFromSearchParams, RESOURCE_FORM_ID } from '@/lib/render/portal';
import styles from '../shared/fields.module.css';

export interface ResourceFormProps {
  /** The page's search params: `resourceId` fills the field, the rest is kept. */
  searchParams: SearchParams;
  /** The page's path (`/articles/<id>`): where the form submits. */
  action: string;
}

const EXAMPLE = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/my-group/providers/Microsoft.Compute/virtualMachines/my-vm';

export function ResourceForm({ searchParams, action }: ResourceFormProps) {
  const written = firstParam(searchParams, 'resourceId');
  const context = portalContextFromSearchParams(searchParams);
  const invalid = written !== undefined && !context.resourceId;
  // A new resource decides the subscription too, so neither old value rides along.
  const hidden = keptParams(searchParams, (name) => name === 'resourceId' || name === 'subscriptionId');
  const errorId = `${RESOURCE_FORM_ID}-error`;
  return (
    <section id={RESOURCE_FORM_ID} className={styles.panel} aria-labelledby={`${RESOURCE_FORM_ID}-heading`}>
      <h2 id={`${RESOURCE_FORM_ID}-heading`} className={styles.heading}>
        {context.resourceId ? 'Your resource' : 'Open portal links for your resource'}
      </h2>
      <p className={styles.help}>
        {context.resourceId
          ? 'Portal links on this page open this resource. Give another resource ID to change it.'
          : 'Some portal links on this page open a blade of your resource. Paste its resource ID (in the portal: the resource\u2019s Properties or JSON view) to make them links.'}
      </p>
      <form method="get" action={action} className={styles.form}>
        {hidden.map(([name, value], i) => (
          <input key={`${name}:${i}`} type="hidden" name={name} value={value} />
        ))}
        <div className={styles.field}>
          <label className={styles.label} htmlFor={`${RESOURCE_FORM_ID}-input`}>
            Resource ID
          </label>
          <input
            id={`${RESOURCE_FORM_ID}-input`}
            className={styles.input}
            name="resourceId"
            defaultValue={written ?? ''}
            placeholder={EXAMPLE}
            required
            autoComplete="off"
            spellCheck={false}
            {...(invalid ? { 'aria-invalid': true, 'aria-describedby': errorId } : {})}
          />
          {invalid && (
            <p id={errorId} className={styles.error}>
              This is not a resource ID: it starts with /subscriptions/ and the subscription&apos;s GUID.
            </p>
          )}
        </div>
        <div className={styles.actions}>
          <button type="submit" className={styles.button}>
            Use this resource
          </button>
          {(context.resourceId || written) && (
            <a className={styles.clear} href={hrefWith(action, hidden)}>
              Forget this resource
            </a>
          )}
        </div>
      </form>
    </section>
  );
}
