import { readArticleMeta } from '@/lib/content/meta';
import { formatDiagnostics, runFixtures } from './support/fixtures';

// One case per properties-block quirk of FORMAT.md §1 and §5.
runFixtures('meta', (file, bytes) => {
  const m = readArticleMeta(file, bytes);
  return {
    articleId: m.articleId,
    articleIdDerived: m.articleIdDerived,
    selfHelpType: m.selfHelpType,
    rawSelfHelpType: m.rawSelfHelpType,
    title: m.title,
    description: m.description,
    cloudEnvironments: m.cloudEnvironments,
    disableClouds: m.disableClouds,
    availableIn: m.availableIn,
    supportTopicIds: m.supportTopicIds,
    productPesIds: m.productPesIds,
    displayOrder: m.displayOrder,
    extra: m.extra,
    attributes: m.attributes.map((a) => `${a.line}:${a.column} ${a.name}${a.known ? '' : ' (unknown)'}=${JSON.stringify(a.value)}`),
    encoding: m.encoding,
    source: m.source,
    diagnostics: formatDiagnostics(m.diagnostics),
  };
});
