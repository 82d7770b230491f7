import type * as Fflate from 'fflate';
import type * as FastXmlParser from 'fast-xml-parser';
import type { Message } from '../engine';

/** An element of an Office Open XML part: its name with prefix (`w:p`), attributes and children. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | { text: string };

/** A part larger than this unpacked is refused: no script is, and a zip bomb would be. */
const MAX_PART_BYTES = 64 * 1024 * 1024;

export class OfficeFileError extends Error {
  constructor(readonly problem: Message) {
    super(problem.en);
  }
}

/**
 * The named parts of a .docx or .xlsx (a zip of XML files), unpacked. fflate and fast-xml-parser
 * are required here, on the first such file: a run over `.callscript` files never loads them.
 */
export function readParts(bytes: Uint8Array, wanted: (name: string) => boolean): Map<string, Uint8Array> {
  const { unzipSync } = require('fflate') as typeof Fflate;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        if (!wanted(f.name)) return false;
        if (f.originalSize > MAX_PART_BYTES) throw new OfficeFileError({ zh: `${f.name} 解压后过大`, en: `${f.name} is too large unpacked` });
        return true;
      },
    });
  } catch (err) {
    if (err instanceof OfficeFileError) throw err;
    throw new OfficeFileError({ zh: '不是有效的 Office 文件(无法解压)', en: 'not a valid Office file (cannot unzip it)' });
  }
  return new Map(Object.entries(files));
}

type Ordered = Array<Record<string, unknown>>;

/** A part's root element. Text stays text (`10086` is not a number) and keeps its spaces. */
export function parseXml(bytes: Uint8Array): XmlElement {
  const { XMLParser } = require('fast-xml-parser') as typeof FastXmlParser;
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: true,
    htmlEntities: false,
  });
  const tree = parser.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')) as Ordered;
  const root = toNodes(tree).find((n): n is XmlElement => 'name' in n && !n.name.startsWith('?'));
  if (!root) throw new OfficeFileError({ zh: 'XML 部件为空', en: 'an empty XML part' });
  return root;
}

function toNodes(list: Ordered): XmlNode[] {
  const out: XmlNode[] = [];
  for (const item of list) {
    for (const [key, value] of Object.entries(item)) {
      if (key === ':@') continue;
      if (key === '#text') out.push({ text: String(value) });
      else out.push({ name: key, attrs: (item[':@'] as Record<string, string> | undefined) ?? {}, children: toNodes(value as Ordered) });
    }
  }
  return out;
}

export function elements(node: XmlElement, name?: string): XmlElement[] {
  return node.children.filter((c): c is XmlElement => 'name' in c && (name === undefined || c.name === name));
}

export function firstElement(node: XmlElement | undefined, name: string): XmlElement | undefined {
  return node === undefined ? undefined : elements(node, name)[0];
}

/** Every element of that name below node, in document order, not looking inside a match. */
export function descendants(node: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of elements(node)) {
    if (c.name === name) out.push(c);
    else out.push(...descendants(c, name));
  }
  return out;
}

export function textContent(node: XmlNode): string {
  return 'text' in node ? node.text : node.children.map(textContent).join('');
}
