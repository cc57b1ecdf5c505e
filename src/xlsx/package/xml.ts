// Small helpers for the few XML shapes of a workbook package. The parts are machine-written OOXML, so regular
// expressions over the text are enough and far lighter than a DOM (a 50,000-row sheet is read in one pass).

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML text with entities and OOXML's `_xHHHH_` escapes decoded. */
// Control characters and U+FFFE/U+FFFF, which XML 1.0 cannot hold.
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function decodeXml(text: string): string {
  const plain =
    text.indexOf("&") < 0
      ? text
      : text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, name: string) => {
          if (name.startsWith("#x")) return String.fromCodePoint(parseInt(name.slice(2), 16));
          if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
          return ENTITIES[name] ?? whole;
        });
  return plain.indexOf("_x") < 0
    ? plain
    : plain.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Text for an element body or attribute value. Characters XML 1.0 cannot hold are written as `_xHHHH_`. */
export function escapeXml(text: string): string {
  return (
    text
      .replace(/_x([0-9A-Fa-f]{4})_/g, "_x005F_x$1_")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      // XML 1.0 has no way to hold these characters; Excel writes them as _xHHHH_.
      .replace(XML_FORBIDDEN, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`)
  );
}

/** The attributes of a start tag's attribute text (`r="A1" s="3"`), prefixes kept (`r:id`). */
export function attributes(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.set(m[1] ?? "", decodeXml(m[2] ?? m[3] ?? ""));
  return out;
}

/** An attribute's value in a start tag's attribute text, or undefined. */
const attributePatterns = new Map<string, RegExp>();

export function attribute(text: string, name: string): string | undefined {
  let re = attributePatterns.get(name);
  if (!re) {
    re = new RegExp(String.raw`(?:^|\s)${name.replace(/[.:]/g, "\\$&")}\s*=\s*(?:"([^"]*)"|'([^']*)')`);
    attributePatterns.set(name, re);
  }
  const m = re.exec(text);
  return m ? decodeXml(m[1] ?? m[2] ?? "") : undefined;
}

/** Sets (or, with undefined, removes) an attribute in a start tag's attribute text. */
export function withAttribute(text: string, name: string, value: string | undefined): string {
  const re = new RegExp(String.raw`\s${name.replace(/[.:]/g, "\\$&")}\s*=\s*(?:"[^"]*"|'[^']*')`);
  const without = text.replace(re, "");
  return value === undefined ? without : `${without} ${name}="${escapeXml(value)}"`;
}

/**
 * The text of every `<t>` run in a string item (`<si>`, `<is>`), joined: plain and rich text alike; phonetic
 * guides (`<rPh>`) are not part of the value.
 */
export function stringItemText(inner: string): string {
  const body = inner.indexOf("<rPh") < 0 ? inner : inner.replace(/<(\w+:)?rPh\b[\s\S]*?<\/(\w+:)?rPh>/g, "");
  let text = "";
  const re = /<(?:\w+:)?t(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g;
  for (let m = re.exec(body); m; m = re.exec(body)) text += m[1] ?? "";
  return decodeXml(text);
}

const decoder = new TextDecoder("utf-8");
const encoder = new TextEncoder();

export function utf8Text(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

export function utf8Bytes(text: string): Uint8Array {
  return encoder.encode(text);
}
