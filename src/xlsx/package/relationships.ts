import { attributes, escapeXml } from "./xml";
import { partName, partText, relsPathOf, resolveTarget } from "./zipPackage";
import type { Parts } from "./zipPackage";

export interface Relationship {
  id: string;
  type: string;
  target: string;
  /** The target part's name in the package (resolved), or null for an external target. */
  part: string | null;
}

/** The relationships of a part ("" for the package itself). */
export function relationshipsOf(parts: Parts, source: string): Relationship[] {
  const name = partName(parts, relsPathOf(source));
  if (!name) return [];
  const xml = partText(parts, name);
  const out: Relationship[] = [];
  const re = /<(?:\w+:)?Relationship\b([^>]*?)\/?>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const a = attributes(m[1] ?? "");
    const target = a.get("Target") ?? "";
    const external = a.get("TargetMode") === "External";
    const resolved = external ? null : resolveTarget(source, target);
    out.push({
      id: a.get("Id") ?? "",
      type: a.get("Type") ?? "",
      target,
      part: resolved === null ? null : (partName(parts, resolved) ?? resolved),
    });
  }
  return out;
}

/** Whether a relationship type URI ends in `/name` (transitional and strict OOXML alike). */
export function isType(rel: Relationship, name: string): boolean {
  return rel.type.endsWith(`/${name}`);
}

/** The rels XML with one more relationship appended. */
export function addRelationship(relsXml: string, rel: { id: string; type: string; target: string }): string {
  const entry = `<Relationship Id="${escapeXml(rel.id)}" Type="${escapeXml(rel.type)}" Target="${escapeXml(rel.target)}"/>`;
  return relsXml.replace(/<\/(\w+:)?Relationships>\s*$/, (end) => `${entry}${end}`);
}

/** The rels XML without the relationships whose Id is in `ids`. */
export function removeRelationships(relsXml: string, ids: Set<string>): string {
  return relsXml.replace(/<(?:\w+:)?Relationship\b([^>]*?)(?:\/>|>\s*<\/(?:\w+:)?Relationship>)/g, (whole, attrs: string) =>
    ids.has(attributes(attrs).get("Id") ?? "") ? "" : whole,
  );
}

/** An Id not yet used in the rels XML: rId1, rId2 … */
export function freeRelationshipId(rels: Relationship[]): string {
  const used = new Set(rels.map((r) => r.id));
  let n = rels.length + 1;
  while (used.has(`rId${n}`)) n++;
  return `rId${n}`;
}
