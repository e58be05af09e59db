/**
 * Content changes during a soak: every second one step of a cycle per id (add, edit, break, repair, delete) is
 * written to `<dir>/soak/`, then the API is polled until the change is served; the time from the write to the
 * first answer that shows it is recorded (write → served, the figure an author waits for).
 */
import { mkdirSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Ids the soak adds and removes; requests for them may answer 404. */
export const SOAK_IDS = Array.from({ length: 6 }, (_, i) => `soak-${i}`);

export interface ChangeTimes {
  add: number[];
  edit: number[];
  break: number[];
  delete: number[];
  /** Changes not served within the poll limit. */
  timeouts: number;
}

// Written for the benchmark (not corpus text).
const article = (id: string, title: string) =>
  `<properties\n  pageTitle="${title}"\n  description="Written by the soak benchmark"\n  selfHelpType="generic"\n  cloudEnvironments="public, fairfax"\n  articleId="${id}"\n  supportTopicIds="99990001"\n  service="microsoft.soak"\n  resource="soak"\n  authors="bench"\n/>\n# ${title}\n\n## **Recommended Steps**\n\n1. Wait for the reload.\n`;

type Step = 'add' | 'edit' | 'break' | 'repair' | 'delete';
const CYCLE: Step[] = ['add', 'edit', 'break', 'repair', 'delete'];

/** What the article API answers, as far as the soak looks. */
interface Answer {
  meta?: { title?: string };
  diagnostics?: Array<{ ruleId: string }>;
}

/** Polls `/api/articles/<id>` until `done(status, body)`; returns ms since `since`, or null after 10 s. */
async function servedAfter(base: string, id: string, since: number, done: (status: number, body: Answer | null) => boolean): Promise<number | null> {
  while (performance.now() - since < 10_000) {
    const res = await fetch(`${base}/api/articles/${id}`).catch(() => null);
    if (res) {
      // A failed answer's body is read anyway, so the connection is free for the next poll.
      const body = res.ok ? ((await res.json()) as Answer) : await res.arrayBuffer().then(() => null);
      if (done(res.status, body)) return performance.now() - since;
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  return null;
}

/** Runs change cycles for `durationMs`, recording write → served times into `times`. */
export async function runChanges(dir: string, base: string, durationMs: number, times: ChangeTimes): Promise<void> {
  const folder = path.join(dir, 'soak');
  mkdirSync(folder, { recursive: true });
  const end = performance.now() + durationMs;
  for (let i = 0; performance.now() < end; i++) {
    const tick = performance.now();
    const id = SOAK_IDS[Math.floor(i / CYCLE.length) % SOAK_IDS.length] as string;
    const step = CYCLE[i % CYCLE.length] as Step;
    const file = path.join(folder, `${id}.md`);
    const title = `Soak ${id} ${step} ${i}`;
    let ms: number | null;
    if (step === 'break') {
      // The block never closes: served with its error, or gone by id if the id is no longer read.
      writeFileSync(file, `<properties\n  articleId="${id}"\n  pageTitle="${title}"\n# the block never closes\n`);
      ms = await servedAfter(
        base,
        id,
        tick,
        (status, body) => status === 404 || body?.diagnostics?.some((d) => d.ruleId === 'properties-unterminated') === true,
      );
    } else if (step === 'delete') {
      unlinkSync(file);
      ms = await servedAfter(base, id, tick, (status) => status === 404);
    } else {
      writeFileSync(file, article(id, title));
      ms = await servedAfter(base, id, tick, (status, body) => status === 200 && body?.meta?.title === title);
    }
    if (ms === null) times.timeouts++;
    else times[step === 'repair' ? 'edit' : step].push(ms);
    await new Promise((r) => setTimeout(r, Math.max(0, 1000 - (performance.now() - tick))));
  }
}
