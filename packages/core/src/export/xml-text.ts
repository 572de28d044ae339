/**
 * Characters XML 1.0 does not allow in a document: the C0 controls other than tab, line feed and
 * carriage return, lone surrogates, U+FFFE and U+FFFF.
 */
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters XML forbids are what we look for.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The replacement for a character XML cannot hold: U+FFFD, visible in any viewer and never a silent loss of position. */
export const REPLACEMENT_CHARACTER = '\uFFFD';

/** The text with every character XML 1.0 forbids replaced by U+FFFD (see {@link REPLACEMENT_CHARACTER}). */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, REPLACEMENT_CHARACTER);
}

/** Text for an XML attribute value in double quotes (tab and line breaks as references, so they survive normalisation). */
export function xmlAttribute(text: string): string {
  return xmlSafe(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll('\t', '&#x9;')
    .replaceAll('\n', '&#xA;')
    .replaceAll('\r', '&#xD;');
}

/** Text for XML element content (`]]>` cannot appear, since `>` is escaped; `\r` as a reference, so it survives). */
export function xmlText(text: string): string {
  return xmlSafe(text).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('\r', '&#xD;');
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the entity and character references of an attribute value read from XML. */
export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

const TAG_ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** One start tag found by {@link scanStartTags}: its name, its decoded attributes, where it is in the text. */
export interface StartTag {
  name: string;
  attributes: Record<string, string>;
  index: number;
  length: number;
}

/**
 * Every start tag whose name matches `names` (a regular expression source such as `node|edge`), in
 * document order: a light scan for what graphology's parsers do not return (GEXF spells, the
 * titles of attributes). Attribute values are decoded and may hold `>`.
 */
export function scanStartTags(text: string, names: string): StartTag[] {
  const tag = new RegExp(`<(${names})(?=[\\s/>])((?:\\s+[^\\s=/>]+\\s*=\\s*(?:"[^"]*"|'[^']*'))*)\\s*/?>`, 'g');
  const out: StartTag[] = [];
  for (const match of text.matchAll(tag)) {
    const attributes = Object.create(null) as Record<string, string>;
    for (const a of (match[2] ?? '').matchAll(TAG_ATTRIBUTE)) attributes[a[1] as string] = decodeXml(a[2] ?? a[3] ?? '');
    out.push({ name: match[1] as string, attributes, index: match.index, length: match[0].length });
  }
  return out;
}

const NAME = '[A-Za-z_:\\u00C0-\\uFFFF][-A-Za-z0-9_:.\\u00B7\\u00C0-\\uFFFF]*';
const TOKEN = new RegExp(
  `<!--[\\s\\S]*?-->|<!\\[CDATA\\[[\\s\\S]*?\\]\\]>|<\\?[\\s\\S]*?\\?>|<!DOCTYPE[^>]*>|</(${NAME})\\s*>|<(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>|<|&(?!(?:#x[0-9a-fA-F]+|#[0-9]+|${NAME});)`,
  'g',
);

const BAD_AMPERSAND = new RegExp(`&(?!(?:#x[0-9a-fA-F]+|#[0-9]+|${NAME});)`);

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Checks that a text is well-formed XML in what matters to read a graph: tags balanced and
 * properly nested, attributes quoted and not repeated, `<` and `&` only where XML allows them, one
 * root element, no character XML 1.0 forbids. Throws an Error prefixed with `module`, naming the line.
 */
export function checkWellFormed(text: string, module: string): void {
  const fail = (index: number, what: string): never => {
    throw new Error(`${module}: not well-formed XML at line ${lineOf(text, index)}: ${what}.`);
  };
  const bad = text.search(NOT_XML);
  if (bad >= 0) fail(bad, `the character U+${text.charCodeAt(bad).toString(16).toUpperCase().padStart(4, '0')} is not allowed in XML`);
  const open: string[] = [];
  let roots = 0;
  for (const match of text.matchAll(TOKEN)) {
    const [whole, close, name, attributes, selfClosing] = match;
    if (close !== undefined) {
      const expected = open.pop();
      if (expected !== close)
        fail(match.index, expected === undefined ? `</${close}> closes nothing` : `</${close}> where </${expected}> was expected`);
    } else if (name !== undefined) {
      if (open.length === 0 && ++roots > 1) fail(match.index, `a second root element <${name}>`);
      const seen = new Set<string>();
      for (const a of (attributes ?? '').matchAll(new RegExp(`(${NAME})\\s*=`, 'g'))) {
        if (seen.has(a[1] as string)) fail(match.index, `the attribute ${a[1]} is repeated in <${name}>`);
        seen.add(a[1] as string);
      }
      if (BAD_AMPERSAND.test(attributes ?? '')) fail(match.index, `an '&' that starts no reference in <${name}> (write &amp;)`);
      if (selfClosing !== '/') open.push(name);
    } else if (whole === '<') fail(match.index, "a '<' that starts no valid tag (write &lt; in text)");
    else if (whole === '&') fail(match.index, "an '&' that starts no reference (write &amp;)");
  }
  if (open.length > 0) fail(text.length, `<${open[open.length - 1]}> is never closed`);
  if (roots === 0) fail(0, 'no element');
}
