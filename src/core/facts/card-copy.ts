import type { CompactCardData } from './card-data';

/** The compact card as one copy: plain text, Markdown, and a formatted reference. */
export interface CardCopy {
  text: string;
  markdown: string;
  reference: string;
}

/**
 * What the card's one copy action puts on the clipboard: the entity's name, role and description,
 * its shown facts with their dates and provenance lines, the "since" line, and the pack they come
 * from; or a one-line reference to the entity's entry in that pack, retrieved on `today`.
 */
export function formatCardCopy(
  card: CompactCardData,
  provenance: (factId: string) => string,
  today: string,
): CardCopy {
  const pack = card.packs[card.entity.pack];
  const packName = pack?.label ?? card.entity.pack;
  const head = [card.entity.name, card.role].filter(Boolean).join(', ');
  const facts = card.facts.map((f) => ({
    when: f.label + (f.reportedLater ? ' (reported later)' : ''),
    statement: f.fact.statement,
    from: provenance(f.fact.id),
    pack: f.fact.pack !== card.entity.pack ? card.packs[f.fact.pack]?.label : undefined,
  }));
  const since = card.since.latest
    ? `Since this article: ${card.since.count} more, latest ${card.since.latest.label}: ${card.since.latest.fact.statement}`
    : '';
  const asOf = card.articleDate ? `As of ${card.articleDate}:` : 'Latest facts:';
  const text = [
    `${head}. ${card.description}`,
    asOf,
    ...facts.map((f) => `- ${f.when}: ${f.statement} (${[f.from, f.pack].filter(Boolean).join('; ')})`),
    since,
    `Source: ${packName}`,
  ]
    .filter(Boolean)
    .join('\n');
  const md = (s: string) => s.replace(/([\\`*_[\]<>])/g, '\\$1');
  const markdown = [
    `**${md(card.entity.name)}**${card.role ? `, ${md(card.role)}` : ''}. ${md(card.description)}`,
    '',
    `*${asOf}*`,
    '',
    ...facts.map(
      (f) => `- **${md(f.when)}**: ${md(f.statement)} (${md([f.from, f.pack].filter(Boolean).join('; '))})`,
    ),
    ...(since ? ['', md(since)] : []),
    '',
    `*Source: ${md(packName)}*`,
  ].join('\n');
  const version = pack ? ` (Version ${pack.version})` : '';
  const title = pack?.bundled ? 'Gloss bundled dataset' : (pack?.title ?? card.entity.pack);
  const reference = `Gloss. ${card.entity.name} [Dataset entry]. In ${title}${version}. Retrieved ${today}.`;
  return { text, markdown, reference };
}
