import { findNodeAtLocation, type Node } from 'jsonc-parser';
import { lineStartsOf } from './document';
import { positionAt } from './positions';
import type { Message } from './types';

/** A problem in a `callscript.json`, at its place in that file. */
export interface ConfigProblem {
  start: number;
  end: number;
  line: number;
  character: number;
  /** Chinese and English in one line, `中文 / English`, for where both are shown. */
  message: string;
  /** The same message by language, for a client that shows one. */
  localized: Message;
}

/** Where things are in a config file's parse tree, so that every problem points at its own text. */
export class ConfigLocator {
  private readonly starts: number[];

  constructor(
    text: string,
    readonly root: Node | undefined,
  ) {
    this.starts = lineStartsOf(text);
  }

  problem(start: number, end: number, message: Message): ConfigProblem {
    const p = positionAt(this.starts, start);
    return { start, end, line: p.line, character: p.character, message: `${message.zh} / ${message.en}`, localized: message };
  }

  /** The value at a path of keys and array indices, as JSON Schema's instance paths name it. */
  nodeAt(path: readonly (string | number)[]): Node | undefined {
    return this.root && findNodeAtLocation(this.root, [...path]);
  }

  /** A problem with a value; an object or array spans lines, so it is marked at its key or opening bracket. */
  atValue(node: Node, message: Message): ConfigProblem {
    if (node.type === 'object' || node.type === 'array') return this.atObject(node, message);
    return this.problem(node.offset, node.offset + node.length, message);
  }

  /** A problem with a property name (an unknown or duplicate key). */
  atKey(node: Node, message: Message): ConfigProblem {
    const key = keyOf(node) ?? node;
    return this.problem(key.offset, key.offset + key.length, message);
  }

  /** A problem with an object or array as a whole (a missing key): its key, or its opening bracket. */
  atObject(node: Node, message: Message): ConfigProblem {
    const key = keyOf(node);
    return key ? this.problem(key.offset, key.offset + key.length, message) : this.problem(node.offset, node.offset + 1, message);
  }
}

/** The key node of the property whose value is `node`. */
export function keyOf(node: Node): Node | undefined {
  const parent = node.parent;
  return parent?.type === 'property' && parent.children?.[1] === node ? parent.children[0] : undefined;
}

/** JSON Schema's instance path (`/holidays/0/lunar`) as jsonc-parser's path, indices as numbers. */
export function pathOf(root: Node | undefined, instancePath: string): (string | number)[] {
  const path: (string | number)[] = [];
  if (!root || instancePath === '') return path;
  let node: Node | undefined = root;
  for (const raw of instancePath.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const step: string | number = node?.type === 'array' ? Number(segment) : segment;
    path.push(step);
    node = node && findNodeAtLocation(node, [step]);
  }
  return path;
}
