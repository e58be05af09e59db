'use server';
/**
 * The preview's render: the text read and linted by `previewArticle`, then rendered by the very components of
 * `/articles/[id]` (as React Server Components, so Fluent's client parts hydrate with their styles in the page).
 */
import { ArticleContent } from '@/components/ArticleView/ArticleView';
import { CloudDifferences } from '@/components/CloudDifferences/CloudDifferences';
import type { PreviewInput, PreviewOutcome } from '@/components/PreviewWorkbench/types';
import { articleTitle } from '@/lib/catalog/display';
import { parsePreviewRequest, previewArticle, tooLargeMessage } from '@/lib/preview/preview';
import { previewLintConfig } from '@/lib/preview/server';
import { tokenValuesFromJson } from '@/lib/render/tokens';

export async function renderPreview(input: PreviewInput): Promise<PreviewOutcome> {
  const size = tooLargeMessage(Buffer.byteLength(input.text) + Buffer.byteLength(input.tokens));
  if (size) return { ok: false, status: 413, error: size };
  const parsed = parsePreviewRequest(input);
  if (!parsed.ok) return parsed;
  const { text, cloud, file, tokens } = parsed.value;
  const started = performance.now();
  const { values: tokenValues, error: tokenError } = tokenValuesFromJson(tokens);
  const { config, problem: configProblem } = previewLintConfig();
  const { article, diagnostics, differences } = previewArticle(text, file, config);
  const { meta } = article;
  const view = input.allClouds ? (
    <CloudDifferences differences={differences} title={articleTitle(article)} />
  ) : (
    // As on the article page: the author's chosen cloud wins, with the notice when the article is not offered there.
    <ArticleContent
      article={article}
      cloud={cloud}
      unavailableIn={meta.availableIn.includes(cloud) ? undefined : cloud}
      duplicates={[]}
      tokenValues={tokenValues}
      showTitle
    />
  );
  return {
    ok: true,
    view,
    diagnostics,
    serverMs: Math.round((performance.now() - started) * 10) / 10,
    ...(tokenError ? { tokenError } : {}),
    ...(configProblem ? { configProblem } : {}),
  };
}
