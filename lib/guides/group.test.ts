import { describe, expect, it } from 'vitest';
import { readArticleMeta } from '../content/meta';
import type { CatalogMeta } from '../content/model';
import { buildGuides } from './group';
import { guideInCloud, nodeTitle } from './model';

interface Node {
  file: string;
  type: 'TSG_Description' | 'TSG_Content' | 'TSG_Questions' | 'Generic';
  title?: string;
  service?: string;
  resource?: string;
  clouds?: string;
  order?: string;
}

let counter = 0;
// Articles written for these tests, in the properties-block format; ids are made up.
function meta(n: Node): CatalogMeta {
  counter++;
  const attrs = [
    `pageTitle="${n.title ?? `Node ${counter}`}"`,
    `selfHelpType="${n.type}"`,
    `cloudEnvironments="${n.clouds ?? 'public, fairfax'}"`,
    `articleId="id-${counter}"`,
    `displayOrder="${n.order ?? ''}"`,
  ];
  if (n.service !== '') attrs.push(`service="${n.service ?? 'microsoft.widgets'}"`);
  if (n.resource !== '') attrs.push(`resource="${n.resource ?? 'Microsoft.Widgets/gadgets'}"`);
  const body = n.type === 'TSG_Questions' ? '# Form\n---\n{"formElements": []}\n---\n' : `# ${n.title ?? 'Node'}\n\nText.\n`;
  return readArticleMeta(n.file, `<properties\n  ${attrs.join('\n  ')}\n/>\n${body}`);
}

const files = (nodes: readonly { meta: CatalogMeta }[]) => nodes.map((n) => n.meta.file);

describe('grouping: same folder', () => {
  const metas = [
    meta({ file: 'widgets-restart-tsg/tsg-summary-restart.md', type: 'TSG_Description', title: 'Widget restarts' }),
    meta({ file: 'widgets-restart-tsg/content-check-power-3.md', type: 'TSG_Content', title: 'Check the power' }),
    meta({ file: 'widgets-restart-tsg/content-start-scope-1.md', type: 'TSG_Content', title: 'Scope the problem' }),
    meta({ file: 'widgets-restart-tsg/content-read-logs.md', type: 'TSG_Content', title: 'A check without a hint' }),
    meta({ file: 'widgets-restart-tsg/content-first-by-order.md', type: 'TSG_Content', title: 'Zeta', order: '1' }),
    meta({ file: 'widgets-restart-tsg/solution-replace-fuse.md', type: 'TSG_Content', title: 'Replace the fuse' }),
    meta({ file: 'widgets-restart-tsg/escalation.md', type: 'TSG_Content', title: 'Escalate to the widget team' }),
    meta({ file: 'widgets-restart-tsg/forms.md', type: 'TSG_Questions', title: 'Restart questions' }),
    meta({ file: 'widgets-restart-tsg/an-insight.md', type: 'Generic', title: 'Not a node' }),
  ];
  const set = buildGuides(metas);
  const guide = set.guides[0]!;

  it('gives the description its folder’s checks, solutions and form', () => {
    expect(set.guides).toHaveLength(1);
    expect(guide.id).toBe(metas[0]!.articleId);
    expect(guide.title).toBe('Widget restarts');
    expect(guide.folder).toBe('widgets-restart-tsg');
    expect(files(guide.solutions)).toEqual(['widgets-restart-tsg/solution-replace-fuse.md', 'widgets-restart-tsg/escalation.md']);
    expect(files(guide.questions)).toEqual(['widgets-restart-tsg/forms.md']);
    expect(set.unplaced).toEqual([]);
  });

  it('orders checks by displayOrder, then step numbers in names, then title', () => {
    expect(guide.checks.map((c) => c.meta.title)).toEqual(['Zeta', 'Scope the problem', 'Check the power', 'A check without a hint']);
    expect(guide.checks.every((c) => c.placedBy === 'folder')).toBe(true);
  });

  it('finds guides by description id and by node file', () => {
    expect(set.byId(metas[0]!.articleId.toUpperCase())).toBe(guide);
    expect(set.ofFile('widgets-restart-tsg/content-check-power-3.md')).toEqual([guide]);
    expect(set.ofFile('widgets-restart-tsg/an-insight.md')).toEqual([]);
    expect(set.empty()).toEqual([]);
  });
});

describe('grouping: a folder with two descriptions', () => {
  const metas = [
    meta({ file: 'backup/backup-sql-summary-connectivity.md', type: 'TSG_Description', title: 'SQL connectivity' }),
    meta({ file: 'backup/backup-vm-summary-slow.md', type: 'TSG_Description', title: 'Slow VM backup' }),
    meta({ file: 'backup/backup-sql-connectivity-content-firewall.md', type: 'TSG_Content' }),
    meta({ file: 'backup/backup-vm-content-disk-size.md', type: 'TSG_Content' }),
    meta({ file: 'backup/content-collect-info.md', type: 'TSG_Content' }),
  ];
  const set = buildGuides(metas);
  const sql = set.byId(metas[0]!.articleId)!;
  const vm = set.byId(metas[1]!.articleId)!;

  it('splits nodes by the longest shared name stem, and shares those whose names say nothing', () => {
    expect(files(sql.checks)).toEqual(['backup/backup-sql-connectivity-content-firewall.md', 'backup/content-collect-info.md']);
    expect(files(vm.checks)).toEqual(['backup/backup-vm-content-disk-size.md', 'backup/content-collect-info.md']);
    expect(set.ofFile('backup/content-collect-info.md')).toHaveLength(2);
  });
});

describe('grouping: same service, resource and name stem', () => {
  const lonely = meta({ file: 'azure-widgets-switchtopaybyinvoice/tsg-summary-switchtopaybyinvoice.md', type: 'TSG_Description' });
  const family = [
    meta({ file: 'microsoft.widgets-switch-to-pay-by-invoice-tsg/content-check-plan-1.md', type: 'TSG_Content' }),
    meta({ file: 'microsoft.widgets-switch-to-pay-by-invoice-tsg/solution-send-form-2.md', type: 'TSG_Content' }),
  ];
  const form = meta({ file: 'tsgQuestions/switch-to-pay-by-invoice.md', type: 'TSG_Questions', service: '', resource: '' });

  it('places a folder without description, and a shared-folder form, with the one matching description', () => {
    const set = buildGuides([lonely, ...family, form]);
    const guide = set.byId(lonely.articleId)!;
    expect(files(guide.checks)).toEqual([family[0]!.file]);
    expect(files(guide.solutions)).toEqual([family[1]!.file]);
    expect(files(guide.questions)).toEqual([form.file]);
    expect([...guide.checks, ...guide.solutions, ...guide.questions].every((n) => n.placedBy === 'stem')).toBe(true);
    expect(set.unplaced).toEqual([]);
  });

  it('does not place across services or resources, and says which description nearly matched', () => {
    const other = meta({
      file: 'microsoft.widgets-switch-to-pay-by-invoice-tsg/content-other-resource.md',
      type: 'TSG_Content',
      resource: 'Microsoft.Widgets/invoices',
    });
    const set = buildGuides([lonely, other]);
    expect(set.unplaced).toHaveLength(1);
    expect(set.unplaced[0]!.reason).toContain('shares the name stem but not the service and resource');
    expect(set.unplaced[0]!.reason).toContain(lonely.file);
    expect(set.empty()).toEqual([set.byId(lonely.articleId)]);
  });

  it('does not merge a family into a description that has checks of its own', () => {
    const v1 = [
      meta({ file: 'microsoft.widgets_lb_pool_tsg/lb-pool-summary.md', type: 'TSG_Description' }),
      meta({ file: 'microsoft.widgets_lb_pool_tsg/check-probe.md', type: 'TSG_Content' }),
    ];
    const v2 = meta({ file: 'microsoft.widgets_lb_pool_tsgv2/check-probe.md', type: 'TSG_Content' });
    const set = buildGuides([...v1, v2]);
    expect(set.unplaced.map((u) => u.meta.file)).toEqual([v2.file]);
    expect(set.unplaced[0]!.reason).toContain('has checks of its own');
  });

  it('reports a tie instead of guessing', () => {
    const twin = meta({ file: 'widgets-switch-to-pay-by-invoice/summary.md', type: 'TSG_Description' });
    const set = buildGuides([lonely, twin, family[0]!]);
    expect(set.unplaced[0]!.reason).toContain('several share');
  });

  it('reports a node with no description anywhere', () => {
    const stray = meta({ file: 'microsoft.widgets-unrelated-tsg/content-x.md', type: 'TSG_Content' });
    const set = buildGuides([lonely, stray]);
    expect(set.unplaced[0]!.reason).toMatch(/^No description in `microsoft\.widgets-unrelated-tsg` and none elsewhere/);
  });
});

describe('guides in a cloud and node titles', () => {
  it('leaves out nodes a cloud does not offer', () => {
    const metas = [
      meta({ file: 'g/summary.md', type: 'TSG_Description', clouds: 'public, mooncake' }),
      meta({ file: 'g/content-a-1.md', type: 'TSG_Content', clouds: 'public' }),
      meta({ file: 'g/content-b-2.md', type: 'TSG_Content', clouds: 'public, mooncake' }),
    ];
    const guide = buildGuides(metas).guides[0]!;
    expect(guide.clouds).toEqual(['public', 'mooncake']);
    expect(files(guideInCloud(guide, 'mooncake').checks)).toEqual(['g/content-b-2.md']);
    expect(files(guideInCloud(guide, 'public').checks)).toHaveLength(2);
  });

  it('names an untitled node by its file', () => {
    const untitled = readArticleMeta('g/solution-guest-nic.md', '<properties selfHelpType="TSG_Content" articleId="x" cloudEnvironments="public" />\nText\n');
    expect(nodeTitle(untitled)).toBe('solution guest nic');
  });
});
