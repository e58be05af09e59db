/**
 * A compact, readable summary of an `ArticleBody` for fixture files: what a reviewer needs to see
 * (title, outline, steps, links, markers, JSON shape, diagnostics as `line:col severity rule message`),
 * not whole mdast dumps.
 */
import type { RootContent } from 'mdast';
import { plainText } from '@/lib/content/body/text';
import type { Diagnostic } from '@/lib/content/diagnostics';
import type { ArticleBody, JsonBody } from '@/lib/content/model';

const short = (s: string, max = 70): string => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
};

const block = (n: RootContent): string => `${n.type}: ${short(n.type === 'html' ? n.value : plainText([n]), 50)}`;

export function summariseBody(body: ArticleBody, diagnostics: Diagnostic[]): Record<string, unknown> {
  const out: Record<string, unknown> = { h1: body.h1 };
  const put = (key: string, list: unknown[]): void => {
    if (list.length > 0) out[key] = list;
  };
  put('intro', body.intro.map(block));
  put(
    'sections',
    body.sections.map(
      (s) =>
        `L${s.line} ${s.depth === 0 ? 'bold' : `H${s.depth}`} ${s.role ?? '-'}${s.canonical ? ' canonical' : ''} \`${s.heading}\` (${s.nodes.length} nodes)`,
    ),
  );
  put(
    'steps',
    body.steps.map((s) => `L${s.line} ${short(s.text)}${s.nodes.some((n) => n.type !== 'paragraph') ? ` [${s.nodes.map((n) => n.type).join(',')}]` : ''}`),
  );
  put(
    'documents',
    body.documents.map((d) => `${d.line}:${d.column} [${d.text}](${d.url})${d.nearLink ? ' near-link' : ''}`),
  );
  put(
    'tokens',
    body.tokens.map((t) => `${t.line}:${t.column} $${t.name} = \`${t.placeholder}\``),
  );
  put(
    'issueDescriptions',
    body.issueDescriptions.map((r) => `${r.line}:${r.column}${r.opened ? '' : ' no-opener'}${r.closed ? '' : ' no-closer'} \`${short(r.markdown)}\``),
  );
  put(
    'regions',
    body.regions.map((r) => `${r.line}:${r.column} ${r.name}${r.opened ? '' : ' no-opener'}${r.closed ? '' : ' no-closer'} \`${short(r.markdown)}\``),
  );
  put(
    'apolloSections',
    body.apolloSections.map((s) => `${s.line}:${s.column} ${s.title}`),
  );
  put(
    'apolloElements',
    body.apolloElements.map((e) => ({
      at: `${e.line}:${e.column} <${e.tag}>${e.closed ? '' : ' unclosed'}`,
      fields: e.fields,
      ...(e.children ? { children: e.children.map((c) => ({ at: `${c.line}:${c.column} <${c.tag}>`, fields: c.fields })) } : {}),
    })),
  );
  if (body.json) out.json = summariseJson(body.json);
  put(
    'diagnostics',
    diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.message}`),
  );
  return out;
}

function summariseJson(json: JsonBody): unknown {
  const head = { kind: json.kind, line: json.line };
  switch (json.kind) {
    case 'problemScoping':
    case 'tsgQuestions':
      return json.data === null
        ? { ...head, data: null }
        : {
            ...head,
            title: json.data.title,
            elements: json.data.formElements.map((e) =>
              [
                `${e.order} ${e.id} ${e.controlType ?? '?'}`,
                e.required === undefined ? '' : `required=${e.required}`,
                e.displayLabel ? `"${short(e.displayLabel, 30)}"` : '',
                e.visibility !== undefined ? `visibility=${JSON.stringify(e.visibility)}` : '',
                e.dropdownOptions ? `options=${e.dropdownOptions.map((o) => `${o.value}:${o.text}`).join('|')}` : '',
                e.radioButtonOptions ? `radio=${e.radioButtonOptions.map((o) => `${o.value}:${o.text}`).join('|')}` : '',
                e.watermarkText ? `watermark="${short(e.watermarkText, 30)}"` : '',
                e.infoBalloonText ? `info="${short(e.infoBalloonText, 30)}"` : '',
              ]
                .filter(Boolean)
                .join(' '),
            ),
          };
    case 'advisor':
      return json.data === null
        ? { ...head, data: null }
        : {
            ...head,
            id: json.data.recommendationTypeId,
            category: json.data.recommendationCategory,
            version: json.data.version,
            description: json.data.description,
            longDescription: json.data.longDescription,
            actions: (json.data.actions ?? []).map((a) => `${a.actionType} ${a.extensionName ?? ''}/${a.bladeName ?? a.link ?? ''}`),
          };
    case 'supportTopicDescription':
      return json.data === null
        ? { ...head, data: null }
        : {
            ...head,
            short: json.data.shortDescription,
            topics: (json.data.supportTopics ?? []).map((t) => `${t.id} diagnoseAndSolve=${t.useInDiagnoseAndSolve}`),
          };
    case 'diagnoseAndSolve':
      return json.data === null
        ? { ...head, data: null }
        : {
            ...head,
            problems: (json.data.commonProblems ?? []).map((p) => `${p.id} -> ${p.commonSolutionArticleId ?? '?'} (${(p.subProblems ?? []).length} sub)`),
            tools: (json.data.troubleshootingTools ?? []).map(
              (t) =>
                `${t.id} ${t.bladeLink?.extensionName}/${t.bladeLink?.bladeName} ${(t.bladeLink?.parameters ?? []).map((p) => `${p.name}=${String(p.value)}`).join(',')}`,
            ),
          };
  }
}
