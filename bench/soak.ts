/**
 * Soak: `npm run bench -- --soak 60 [--corpus <dir>] [--articles 15600] [--connections 64]`. Copies the corpus to
 * a temp folder grown to `--articles` (bench/corpus.ts), serves it with SELFHELP_WATCH=1 through the production
 * server, and loads a mix of pages and API calls with autocannon while content files are added, edited, broken
 * and deleted (changes.ts). Prints unexpected errors, latency, RSS at 20 s and at the end, and reload latency
 * (file written → served). The source corpus is never written.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { SELF_HELP_TYPES } from '../lib/content/model';
import { type ChangeTimes, runChanges, SOAK_IDS } from './changes';
import { articlesDir, buildScaledCorpus } from './corpus';
import { firstAnswer, startServer, treeRssMb } from './spawn';
import { quantile } from './stats';

export interface SoakOptions {
  corpus: string;
  seconds: number;
  articles: number;
  connections: number;
}

type Summary = { articleId: string; selfHelpType: string; supportTopicIds: string[] };

/** The request mix: browse, filtered, search, article pages of every type, API; plus the ids that come and go. */
async function buildMix(base: string): Promise<{ paths: string[]; mayBeMissing: Set<string> }> {
  const perType: string[] = [];
  for (const type of SELF_HELP_TYPES) {
    const list = (await (await fetch(`${base}/api/articles?type=${type}&limit=3`)).json()) as { articles: Summary[] };
    for (const a of list.articles) perType.push(`/articles/${encodeURIComponent(a.articleId)}`, `/api/articles/${encodeURIComponent(a.articleId)}`);
  }
  const fairfax = (await (await fetch(`${base}/api/articles?cloud=fairfax&limit=1`)).json()) as { articles: Summary[] };
  const topic = fairfax.articles[0]?.supportTopicIds[0] ?? '';
  const changing = SOAK_IDS.flatMap((id) => [`/articles/${id}`, `/api/articles/${id}`]);
  const paths = [
    '/',
    `/?cloud=fairfax&supportTopicId=${topic}`,
    '/?q=virtual%20machine',
    '/?cloud=public&q=storage%20account',
    '/?q=cannot%20connect&type=generic',
    '/api/articles?cloud=mooncake&limit=20',
    `/api/articles?cloud=fairfax&supportTopicId=${topic}`,
    '/api/articles?q=network',
    ...perType,
    ...changing,
  ];
  return { paths, mayBeMissing: new Set(changing) };
}

/** Runs the soak and prints its figures. */
export async function runSoak(options: SoakOptions): Promise<void> {
  const source = articlesDir(path.resolve(options.corpus));
  let t = performance.now();
  const { dir, articles } = buildScaledCorpus(source, options.articles);
  console.log(`soak: ${articles} articles copied from ${source} to ${dir} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  // Beside the copy, not in it (the server watches the copy); kept after the run for a look at the reloads.
  const log = `${dir}.server.log`;
  t = performance.now();
  const { base, child } = await startServer(dir, { SELFHELP_WATCH: '1', LOG_LEVEL: 'info' }, log);
  try {
    await firstAnswer(`${base}/api/ready`, child);
    console.log(`soak: server ready in ${((performance.now() - t) / 1000).toFixed(1)} s; ${options.connections} connections for ${options.seconds} s`);
    const { paths, mayBeMissing } = await buildMix(base);
    const statuses = { ok: 0, expected404: 0, unexpected: new Map<string, number>() };
    const requests = paths.map((p) => ({
      path: p,
      onResponse: (status: number) => {
        if (status >= 200 && status < 300) statuses.ok++;
        else if (status === 404 && mayBeMissing.has(p)) statuses.expected404++;
        else statuses.unexpected.set(`${status} ${p}`, (statuses.unexpected.get(`${status} ${p}`) ?? 0) + 1);
      },
    }));
    const rss: Array<[number, number]> = [];
    const pid = child.pid ?? 0;
    const started = performance.now();
    const sampler = setInterval(() => rss.push([Math.round((performance.now() - started) / 1000), treeRssMb(pid)]), 1000);
    const changes: ChangeTimes = { add: [], edit: [], break: [], delete: [], timeouts: 0 };
    const changing = runChanges(dir, base, options.seconds * 1000, changes);
    // A 30 s client timeout: a slow answer counts in the latency figures, not as an error.
    const result = await autocannon({ url: base, connections: options.connections, duration: options.seconds, timeout: 30, requests });
    await changing;
    clearInterval(sampler);
    report(options, result, statuses, rss, changes, log);
    console.log(`soak: the server's JSON log is in ${log}`);
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  }
}

function report(
  options: SoakOptions,
  result: autocannon.Result,
  statuses: { ok: number; expected404: number; unexpected: Map<string, number> },
  rss: Array<[number, number]>,
  changes: ChangeTimes,
  log: string,
): void {
  const at = (s: number) => rss.find(([sec]) => sec >= s)?.[1] ?? rss.at(-1)?.[1] ?? NaN;
  const early = at(20);
  const late = rss.at(-1)?.[1] ?? NaN;
  const unexpected = [...statuses.unexpected.values()].reduce((a, b) => a + b, 0) + result.errors + result.timeouts;
  console.log(
    `soak: ${result.requests.total} requests, ${Math.round(result.requests.average)} req/s; latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
  );
  console.log(
    `soak: errors ${unexpected} (non-2xx other than expected 404s: ${unexpected - result.errors - result.timeouts}; socket errors ${result.errors}; timeouts ${result.timeouts}); expected 404s ${statuses.expected404}`,
  );
  for (const [what, n] of [...statuses.unexpected].slice(0, 10)) console.log(`  unexpected ${what} ×${n}`);
  console.log(
    `soak: RSS ${early.toFixed(0)} MB at 20 s, ${late.toFixed(0)} MB at ${options.seconds} s (${(((late - early) / early) * 100).toFixed(1)}% growth; goal < 10%)`,
  );
  console.log(
    `soak: RSS every 10 s: ${rss
      .filter(([s]) => s % 10 === 0)
      .map(([s, mb]) => `${s}s ${mb.toFixed(0)}`)
      .join(', ')}`,
  );
  for (const kind of ['add', 'edit', 'break', 'delete'] as const) {
    const sorted = [...changes[kind]].sort((a, b) => a - b);
    if (sorted.length)
      console.log(`soak: ${kind} → served: ${sorted.length} changes, median ${quantile(sorted, 0.5).toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms`);
  }
  if (changes.timeouts) console.log(`soak: ${changes.timeouts} changes not served within 10 s`);
  const reloads = readFileSync(log, 'utf8')
    .split('\n')
    .filter((l) => l.includes('"catalog.reload"'))
    .map((l) => JSON.parse(l) as { latencyMs: number; buildMs: number });
  const lat = reloads.map((r) => r.latencyMs).sort((a, b) => a - b);
  const build = reloads.map((r) => r.buildMs).sort((a, b) => a - b);
  console.log(
    `soak: ${reloads.length} reloads (server log): change seen → swapped median ${quantile(lat, 0.5)} ms, max ${lat.at(-1)} ms; build median ${quantile(build, 0.5)} ms`,
  );
}
