/** The reserved sections (Recommended Steps / Documents) of an article, with their heading's place. */
import type { Position } from '../content/diagnostics';
import type { Article, Section } from '../content/model';
import { linesOf } from './source';

export interface ReservedSection {
  section: Section;
  role: 'steps' | 'documents';
  /** The heading's first character. */
  at: Position;
}

/** Reserved sections in document order. */
export function reservedSections(article: Article, text: string): ReservedSection[] {
  const out: ReservedSection[] = [];
  for (const section of article.body.sections) {
    if (section.role === null) continue;
    out.push({ section, role: section.role, at: linesOf(text).at(section.offset) });
  }
  return out.sort((a, b) => a.section.offset - b.section.offset);
}
