/**
 * A compact, readable summary of an `ArticleBody` for fixture files: what a reviewer needs to see
 * (title, outline, steps, links, markers, JSON shape, diagnostics as `line:col severity rule message`),
 * not whole mdast dumps.
 */
import type { Nodes, RootContent } from 'mdast';
import { plainText } from '@/lib/content/body/text';
import type { Diagnostic } from '@/lib/content/diagnostics';
import type { FormElement, MarkdownField, VisibilityExpr } from '@/lib/content/json';
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
            ...nonEmpty('fields', json.data.formElements.flatMap(formFields)),
            elements: json.data.formElements.map((e) =>
              [
                `${e.order} ${e.id} ${e.controlType ?? '?'}`,
                e.required === undefined ? '' : `required=${e.required}`,
                e.displayLabel ? `"${short(e.displayLabel, 30)}"` : '',
                e.visibility !== undefined ? `visibility=${JSON.stringify(e.visibility?.source ?? null)}` : '',
                e.dropdownOptions ? `options=${e.dropdownOptions.map((o) => `${o.value}:${o.text}`).join('|')}` : '',
                e.radioButtonOptions ? `radio=${e.radioButtonOptions.map((o) => `${o.value}:${o.text}`).join('|')}` : '',
                e.watermarkText ? `watermark="${short(e.watermarkText, 30)}"` : '',
                e.infoBalloonText?.source ? `info="${short(e.infoBalloonText.source, 30)}"` : '',
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
            longDescription: json.data.longDescription?.source ?? json.data.longDescription,
            ...nonEmpty('fields', markdownFields('longDescription', json.data.longDescription)),
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

const nonEmpty = (key: string, list: string[]): Record<string, string[]> => (list.length > 0 ? { [key]: list } : {});

/** An element's parsed fields: the rule as read (or its problems, with file places), markdown nodes at their places. */
function formFields(e: FormElement): string[] {
  const rule = e.visibility;
  const lines = [...markdownFields(`${e.id}.content`, e.content), ...markdownFields(`${e.id}.infoBalloonText`, e.infoBalloonText)];
  if (rule && typeof rule.source === 'string') lines.push(`${e.id}.visibility ${rule.error ? 'malformed' : showRule(rule.expr)}`);
  for (const issue of rule?.issues ?? []) lines.push(`${e.id}.visibility ${issue.at.line}:${issue.at.column} ${issue.message}`);
  return lines;
}

function showRule(expr: VisibilityExpr): string {
  if (expr.type === 'const') return String(expr.value);
  if (expr.type === 'compare') return `${expr.id} ${expr.op} \`${expr.value}\``;
  return `(${showRule(expr.left)} ${expr.type === 'and' ? '&&' : '||'} ${showRule(expr.right)})`;
}

/** Every node of a markdown field but plain text, with its file place: `name type@line:col …`. */
function markdownFields(name: string, field: MarkdownField | null | undefined): string[] {
  if (!field) return [];
  const found: string[] = [];
  const walk = (n: Nodes): void => {
    if (n.type !== 'text') found.push(`${n.type}@${n.position?.start.line}:${n.position?.start.column}`);
    if ('children' in n) for (const c of n.children) walk(c);
  };
  for (const n of field.nodes) walk(n);
  return [`${name} ${found.join(' ')}`];
}
