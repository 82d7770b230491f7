import type { Block } from './blocks';
import { columnLetters, sheetCellPlace, type Place } from './place';

/** A sheet as rows of cell texts (`undefined` for an empty cell), row 0 being the sheet's row 1. */
export interface SheetRows {
  /** undefined for a CSV file, whose one sheet has no name. */
  name: string | undefined;
  rows: Array<Array<string | undefined>>;
}

/** Which columns hold what, by header or named in callscript.json (`documents`). */
export interface ColumnNames {
  agent?: string[];
  scene?: string[];
  question?: string[];
}

/** Headers that name the agent's words in a 话术库 (any header ending in 话术 does too). */
const AGENT_HEADERS = ['话术', '回复', '答复', '回答', '应答', '坐席', '客服', '坐席回复', '客服回复', '标准答复', '标准回复', '参考答复'];
const SCENE_HEADERS = ['场景', '场景名称', '业务场景', '环节', '流程', '节点', '分类'];
const QUESTION_HEADERS = ['问题', '客户问题', '用户问题', '客户提问', '客户说', '客户', '用户', '问法'];
/** How far down a header row is looked for: a title row or two often stands above it. */
const HEADER_SEARCH_ROWS = 10;

interface Columns {
  header: number;
  agent: number[];
  scene: number[];
  question: number[];
}

/** A cell of a 话术库 read as part of a script: a row's scene, the customer's question, the agent's words. */
export interface ScriptCell {
  role: 'scene' | 'customer' | 'agent';
  row: number;
  column: number;
  text: string;
}

/**
 * A 话术库 table in reading order: for each row below the header, its scene (when it changes), its
 * question as the customer's turn and each agent column as the agent's turn. A table without a
 * header that names an agent column yields nothing: it is data, not a script. Shared by every
 * reader of tables (sheets, CSV, Word and Markdown tables), so that they all read one the same way.
 */
export function scriptCells(rows: SheetRows['rows'], names: ColumnNames, searchRows = HEADER_SEARCH_ROWS): ScriptCell[] {
  const columns = findColumns(rows, names, searchRows);
  if (!columns) return [];
  const cells: ScriptCell[] = [];
  let scene: string | undefined;
  for (let r = columns.header + 1; r < rows.length; r++) {
    const row = rows[r];
    const said = columns.agent.filter((c) => nonEmpty(row[c]));
    if (said.length === 0) continue;
    const sceneColumn = columns.scene.find((c) => nonEmpty(row[c]));
    const rowScene = sceneColumn === undefined ? undefined : (row[sceneColumn] as string).trim();
    if (sceneColumn !== undefined && rowScene !== scene) {
      cells.push({ role: 'scene', row: r, column: sceneColumn, text: rowScene as string });
      scene = rowScene;
    }
    for (const c of columns.question) if (nonEmpty(row[c])) cells.push({ role: 'customer', row: r, column: c, text: row[c] as string });
    for (const c of said) cells.push({ role: 'agent', row: r, column: c, text: row[c] as string });
  }
  return cells;
}

/** A 话术库 sheet as blocks (see scriptCells), each at its cell. */
export function sheetBlocks(sheet: SheetRows, names: ColumnNames, place: (row: number, column: number) => Place = sheetPlaces(sheet.name)): Block[] {
  return scriptCells(sheet.rows, names).map((cell): Block =>
    cell.role === 'scene'
      ? { kind: 'heading', text: cell.text, place: place(cell.row, cell.column) }
      : { kind: 'text', text: cell.text, place: place(cell.row, cell.column), role: cell.role },
  );
}

function nonEmpty(s: string | undefined): boolean {
  return s !== undefined && s.trim() !== '';
}

/**
 * The header row: the first row that names an agent column, passing over a title row above it — a
 * row of one cell that is no known header (信用卡催收话术 ends in 话术 too). `searchRows` is 1 where the
 * format fixes the header (a Markdown table's first row).
 */
function findColumns(rows: SheetRows['rows'], names: ColumnNames, searchRows: number): Columns | undefined {
  let title: Columns | undefined;
  for (let r = 0; r < Math.min(rows.length, searchRows); r++) {
    const headers = rows[r].map((h) => (h ?? '').replace(/\s+/g, ''));
    const matching = (configured: string[] | undefined, known: readonly string[], extra?: (h: string) => boolean) =>
      headers.flatMap((h, c) => {
        if (h === '') return [];
        const hit = configured ? configured.some((n) => n === h || n.toUpperCase() === columnLetters(c)) : known.includes(h) || (extra?.(h) ?? false);
        return hit ? [c] : [];
      });
    const agent = matching(names.agent, AGENT_HEADERS, (h) => h.endsWith('话术'));
    if (agent.length === 0) continue;
    const scene = matching(names.scene, SCENE_HEADERS).filter((c) => !agent.includes(c));
    const question = matching(names.question, QUESTION_HEADERS).filter((c) => !agent.includes(c) && !scene.includes(c));
    const columns = { header: r, agent, scene, question };
    const titleLike = headers.filter((h) => h !== '').length === 1 && names.agent === undefined && !AGENT_HEADERS.includes(headers[agent[0]]);
    if (!titleLike) return columns;
    title ??= columns;
  }
  return title;
}

/** `Sheet!C12` for the 0-based row and column. */
export function sheetPlaces(sheet: string | undefined): (row: number, column: number) => Place {
  return (row, column) => sheetCellPlace(sheet, `${columnLetters(column)}${row + 1}`);
}
