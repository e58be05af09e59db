/**
 * A readable summary of a JSON body (problem scoping questions, advisor metadata, …): field names in words,
 * values as text, lists of objects named by their title-like field. Never raw JSON text. Server component.
 */
import type { ReactNode } from 'react';
import { humanize } from '@/lib/render/humanize';
import styles from './JsonSummary.module.css';

// Fields that name an item of a list, best first.
const NAME_KEYS = ['title', 'displayLabel', 'shortDescription', 'name', 'text', 'recommendationFriendlyName', 'id'];
const MAX_DEPTH = 4;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function itemName(item: Record<string, unknown>): string | undefined {
  for (const key of NAME_KEYS) {
    const v = item[key];
    if (typeof v === 'string' && v.trim()) return v;
  }
  return undefined;
}

function Value({ value, depth }: { value: unknown; depth: number }): ReactNode {
  if (value === null || value === undefined || value === '') return <span className={styles.empty}>not set</span>;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (depth >= MAX_DEPTH) return <span className={styles.empty}>{Array.isArray(value) ? `${value.length} items` : 'more fields'}</span>;
  if (Array.isArray(value)) {
    if (value.length === 0) return <span className={styles.empty}>none</span>;
    if (value.every((v) => !isRecord(v) && !Array.isArray(v))) return value.map((v) => String(v)).join(', ');
    return (
      <ol className={styles.items}>
        {value.map((item, i) => {
          const name = isRecord(item) ? itemName(item) : undefined;
          return (
            <li key={i}>
              {name && <strong>{name}</strong>}
              <Value value={item} depth={depth + 1} />
            </li>
          );
        })}
      </ol>
    );
  }
  if (isRecord(value)) return <Fields data={value} depth={depth + 1} />;
  return String(value);
}

function Fields({ data, depth }: { data: Record<string, unknown>; depth: number }) {
  // `$schema` only says which format the file is in; readers do not need it.
  const entries = Object.entries(data).filter(([key]) => key !== '$schema');
  if (entries.length === 0) return <span className={styles.empty}>no fields</span>;
  return (
    <dl className={depth === 0 ? styles.top : styles.nested}>
      {entries.map(([key, value]) => (
        <div key={key} className={styles.row}>
          <dt>{humanize(key)}</dt>
          <dd>
            <Value value={value} depth={depth} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function JsonSummary({ data }: { data: unknown }) {
  if (!isRecord(data)) return <p className={styles.empty}>The structured content of this article could not be read.</p>;
  return <Fields data={data} depth={0} />;
}
