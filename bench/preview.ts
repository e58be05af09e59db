/**
 * Preview benchmark: N previews of a 10 KB article in-process, each what `/preview` does per edit on the server:
 * `previewArticle` (read + lint + cloud differences) and the article rendered by `ArticleView` inside Fluent's
 * providers to HTML. The goal is under 100 ms per preview. CSS modules are stubbed (Node cannot import CSS).
 * Run alone: `npx tsx bench/preview.ts`.
 */
import { register } from 'node:module';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { quantile } from './stats';

// Every `*.css` import becomes an object whose class names are the keys asked for; `server-only` (which throws
// outside a React server bundle) becomes its empty twin, as in vitest.config.ts.
const HOOKS = `export async function resolve(specifier, context, next) {
  if (specifier === 'server-only') return next(specifier, { ...context, conditions: [...context.conditions, 'react-server'] });
  return next(specifier, context);
}
export async function load(url, context, next) {
  if (url.endsWith('.css')) return { format: 'module', shortCircuit: true, source: 'export default new Proxy({}, { get: (_, k) => String(k) });' };
  return next(url, context);
}`;

/** A 10 KB markdown article with the parts that cost: steps with blade and docs links, code, tokens, documents. */
export function tenKilobyteArticle(): string {
  const head = `<properties\n    pageTitle="Bench article"\n    description="Ten kilobytes"\n    service="microsoft.compute"\n    resource="virtualmachines"\n    authors="bench"\n    ms.author="bench"\n    selfHelpType="generic"\n    supportTopicIds="32411841"\n    productPesIds="14749"\n    cloudEnvironments="public, fairfax, mooncake"\n    articleId="00000000-0000-0000-0000-00000000b10c"\n/>\n# Bench article\n\nConnections to <!--$vmname-->[vmname]<!--/$vmname--> time out.\n\n## **Recommended Steps**\n\n`;
  const step = (i: number) =>
    `${i}. Open the [networking blade](data-blade:Microsoft_Azure_Compute.VirtualMachineNetworkingBlade) and check rule **${i}**; see https://portal.azure.com/#home and \`az vm show -n vm${i}\`.\n`;
  const doc = (i: number) => `* [Troubleshoot connections, part ${i}](https://docs.microsoft.com/en-us/azure/virtual-machines/troubleshoot-${i})\n`;
  let text = head;
  for (let i = 1; text.length < 8 * 1024; i++) text += step(i);
  text += '\n## **Recommended Documents**\n\n';
  for (let i = 1; text.length < 10 * 1024; i++) text += doc(i);
  return text;
}

export interface PreviewBench {
  bytes: number;
  runs: number;
  medianMs: number;
  p99Ms: number;
}

/** Times `runs` previews (after a warm-up) of the 10 KB article; returns the median and p99 in ms. */
export async function benchPreview(runs = 200): Promise<PreviewBench> {
  register(`data:text/javascript,${encodeURIComponent(HOOKS)}`, import.meta.url);
  // Imported after the hooks are in place: the components import CSS modules, the render code `server-only`.
  const { previewArticle } = await import('../lib/preview/preview');
  const { ArticleView } = await import('../components/ArticleView/ArticleView');
  const text = tenKilobyteArticle();
  const once = () => {
    const { article } = previewArticle(text);
    return renderToString(createElement(ArticleView, { article, cloud: 'fairfax', duplicates: [] })).length;
  };
  for (let i = 0; i < 20; i++) once();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    once();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { bytes: Buffer.byteLength(text), runs, medianMs: quantile(times, 0.5), p99Ms: quantile(times, 0.99) };
}

/** One line for `npm run bench`. */
export function printPreview(r: PreviewBench): void {
  console.log(
    `preview: ${(r.bytes / 1024).toFixed(1)} KB article, ${r.runs} runs: median ${r.medianMs.toFixed(1)} ms, p99 ${r.p99Ms.toFixed(1)} ms (goal < 100 ms)`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) printPreview(await benchPreview());
