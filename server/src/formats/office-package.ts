import type * as Fflate from 'fflate';
import type * as Saxes from 'saxes';
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
 * The named parts of a .docx or .xlsx (a zip of XML files), unpacked. fflate and saxes are
 * required here and in parseXml, on the first such file: a run over `.callscript` files never loads them.
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

/**
 * A part's root element. Names keep their prefix (`w:p`), text keeps its spaces, entities and
 * character references are decoded; a part that is not well-formed XML makes the file unreadable.
 */
export function parseXml(bytes: Uint8Array): XmlElement {
  const { SaxesParser } = require('saxes') as typeof Saxes;
  const root: XmlElement = { name: '', attrs: {}, children: [] };
  const open: XmlElement[] = [root];
  const parser = new SaxesParser();
  const addText = (text: string) => open[open.length - 1].children.push({ text });
  parser.on('opentag', (tag) => {
    const element: XmlElement = { name: tag.name, attrs: tag.attributes as Record<string, string>, children: [] };
    open[open.length - 1].children.push(element);
    if (!tag.isSelfClosing) open.push(element);
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) open.pop();
  });
  parser.on('text', addText);
  parser.on('cdata', addText);
  try {
    parser.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')).close();
  } catch {
    throw new OfficeFileError({ zh: '文件中的 XML 已损坏', en: 'the XML inside the file is broken' });
  }
  const element = elements(root)[0];
  if (!element) throw new OfficeFileError({ zh: 'XML 部件为空', en: 'an empty XML part' });
  return element;
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
