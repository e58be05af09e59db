/**
 * The grouping rule, in one place (documented in the README): a troubleshooter node belongs to the
 * `TSG_Description` of its folder; a node whose folder has none belongs to the one description elsewhere with
 * the same service and resource and a shared name stem. Everything else is reported with a reason. Pure and
 * metadata-only: on the real corpus (9.3k files) it runs in milliseconds, so the catalog can build it on demand.
 */
import type { CatalogMeta } from '../content/model';
import { type Guide, type GuideNode, GuideSet, type UnplacedNode } from './model';
import { baseName, folderOf, nodeRole, orderHint, resourceTypes, sharedPrefix, sharesStem, stem, stemWords } from './names';
import { orderNodes } from './order';

interface Folder {
  descriptions: CatalogMeta[];
  hasContent: boolean;
}

const folderName = (file: string) => folderOf(file).split('/').pop() ?? '';
const fold = (s: string | null) => (s ?? '').trim().toLowerCase();

/** Builds every guide of a set of articles (any types; only the TSG ones are looked at). */
export function buildGuides(metas: readonly CatalogMeta[]): GuideSet {
  const descriptions = metas.filter((m) => m.selfHelpType === 'tsg_description');
  const nodes = metas.filter((m) => m.selfHelpType === 'tsg_content' || m.selfHelpType === 'tsg_questions');
  const folders = new Map<string, Folder>();
  const folder = (file: string) => {
    const key = folderOf(file);
    let f = folders.get(key);
    if (!f) folders.set(key, (f = { descriptions: [], hasContent: false }));
    return f;
  };
  for (const d of descriptions) folder(d.file).descriptions.push(d);
  for (const n of nodes) if (n.selfHelpType === 'tsg_content') folder(n.file).hasContent = true;

  const placed = new Map<CatalogMeta, GuideNode[]>(descriptions.map((d) => [d, []]));
  const unplaced: UnplacedNode[] = [];
  const stems = descriptions.map((d) => ({ d, theirs: [stem(folderName(d.file), d.service), stem(baseName(d.file), d.service)] }));
  // Nodes of one folder usually agree on service and resource: one answer per distinct key keeps this linear.
  const answers = new Map<string, ReturnType<typeof byStem>>();
  for (const node of nodes) {
    const own = folder(node.file).descriptions;
    const role = node.selfHelpType === 'tsg_questions' ? 'check' : nodeRole(node.file);
    if (own.length > 0) {
      for (const d of pickInFolder(node, own)) placed.get(d)?.push({ meta: node, role, placedBy: 'folder' });
      continue;
    }
    const key = [folderOf(node.file), node.service, node.resource, node.selfHelpType === 'tsg_questions' ? node.file : ''].join('\u0000');
    let found = answers.get(key);
    if (!found) answers.set(key, (found = byStem(node, stems, folders)));
    if ('description' in found) placed.get(found.description)?.push({ meta: node, role, placedBy: 'stem' });
    else unplaced.push({ meta: node, reason: found.reason });
  }
  const guides = descriptions.map((d) => toGuide(d, placed.get(d) ?? []));
  guides.sort((a, b) => a.title.localeCompare(b.title, 'en', { sensitivity: 'base' }) || (a.description.file < b.description.file ? -1 : 1));
  return new GuideSet(guides, unplaced);
}

/**
 * A folder with several descriptions: the node goes to those whose file name shares the most leading stem
 * words with its own; when names say nothing (all share none, or tie), to every description of the folder.
 */
function pickInFolder(node: CatalogMeta, own: readonly CatalogMeta[]): readonly CatalogMeta[] {
  if (own.length === 1) return own;
  const words = stemWords(baseName(node.file), node.service);
  const scores = own.map((d) => sharedPrefix(words, stemWords(baseName(d.file), d.service)));
  const best = Math.max(...scores);
  return best === 0 ? own : own.filter((_, i) => scores[i] === best);
}

/** Same service and resource (where the node names them) and a shared stem; one answer or a reason. */
function byStem(
  node: CatalogMeta,
  descriptions: ReadonlyArray<{ d: CatalogMeta; theirs: string[] }>,
  folders: ReadonlyMap<string, Folder>,
): { description: CatalogMeta } | { reason: string } {
  // Content moves as a folder (its name is the family's); a questions form, which the corpus keeps in a
  // shared `tsgQuestions/` folder, is matched by its own file name too.
  const names = [stem(folderName(node.file), node.service)];
  if (node.selfHelpType === 'tsg_questions') names.push(stem(baseName(node.file), node.service));
  const stemmed = descriptions.filter(({ theirs }) => names.some((a) => theirs.some((b) => sharesStem(a, b)))).map(({ d }) => d);
  const types = resourceTypes(node.resource);
  const agrees = (d: CatalogMeta) =>
    (!node.service || fold(node.service) === fold(d.service)) && (types.size === 0 || [...resourceTypes(d.resource)].some((t) => types.has(t)));
  const matching = stemmed.filter(agrees);
  // A description with checks of its own is another family: two families under one summary would repeat steps.
  const free = node.selfHelpType === 'tsg_content' ? matching.filter((d) => !folders.get(folderOf(d.file))?.hasContent) : matching;
  const where = `\`${folderOf(node.file) || '.'}\``;
  const list = (ds: readonly CatalogMeta[]) => ds.map((d) => `\`${d.file}\``).join(', ');
  if (free.length === 1 && free[0]) return { description: free[0] };
  if (free.length > 1) return { reason: `No description in ${where}; several share its service, resource and name stem: ${list(free)}` };
  if (matching.length > 0)
    return { reason: `No description in ${where}; ${list(matching)} shares its service, resource and name stem but has checks of its own` };
  if (stemmed.length > 0) {
    const d = stemmed[0] as CatalogMeta;
    return {
      reason: `No description in ${where}; ${list(stemmed)} shares the name stem but not the service and resource (\`${node.service ?? ''}\` \`${node.resource ?? ''}\` against \`${d.service ?? ''}\` \`${d.resource ?? ''}\`)`,
    };
  }
  return { reason: `No description in ${where} and none elsewhere with the same service, resource and name stem` };
}

const isEscalation = (n: GuideNode) => /escalat/i.test(baseName(n.meta.file));

function toGuide(d: CatalogMeta, nodes: readonly GuideNode[]): Guide {
  const hint = (n: GuideNode) => orderHint(n.meta.file, n.meta.title);
  const byRole = (role: GuideNode['role']) =>
    orderNodes(
      nodes.filter((n) => n.role === role && n.meta.selfHelpType === 'tsg_content'),
      hint,
    );
  return {
    id: d.articleId,
    description: d,
    title: d.title || d.articleId,
    folder: folderOf(d.file),
    service: d.service,
    clouds: d.availableIn,
    checks: byRole('check'),
    // Escalation paths are what is left when no fix applies: they close the list (a stable sort keeps the rest).
    solutions: byRole('solution').sort((a, b) => Number(isEscalation(a)) - Number(isEscalation(b))),
    questions: nodes.filter((n) => n.meta.selfHelpType === 'tsg_questions'),
  };
}
