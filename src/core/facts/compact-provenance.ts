import { isItsOwn, type Provenance } from './describe-provenance';

/**
 * A fact's provenance in one short line for the compact card (the dossier gives it whole), parts
 * joined by " · ": how many outlets and original reports ("4 outlets · 1 original (Bloomberg)",
 * "3 outlets · 3 originals", "UNN only, relaying Bloomberg", "TRT World only"), then who speaks:
 * "on record: Keir Starmer" (names only, without the setting), "unnamed", "via Bloomberg" for a
 * report the evidence credits, and "own reporting" when the one outlet reports it as its own.
 */
export function compactProvenance(p: Provenance): string {
  const parts: string[] = [];
  if (p.outlets.length <= 1) {
    const only = `${p.outlets[0] ?? 'One outlet'} only`;
    const elsewhere = [...new Set(p.origins.map((s) => s.outlet).filter((o) => o !== p.outlets[0]))];
    parts.push(elsewhere.length ? `${only}, relaying ${elsewhere.join(' and ')}` : only);
  } else {
    parts.push(`${p.outlets.length} outlets`);
    parts.push(
      p.origins.length === 1 ? `1 original (${p.origins[0]!.outlet})` : `${p.origins.length} originals`,
    );
  }
  const a = p.attribution;
  if (a.onRecord.length) parts.push(`on record: ${a.onRecord.map((s) => s.who).join(', ')}`);
  if (a.unnamed.length) parts.push('unnamed');
  if (a.relayed.length) parts.push(`via ${a.relayed.join(' and ')}`);
  if (isItsOwn(a, p.outlets)) parts.push('own reporting');
  return parts.join(' · ');
}
