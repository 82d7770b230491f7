import { DiagnosticSeverity, type Connection, type Diagnostic, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { decodeScript } from '../host/decode';
import { messageIn } from '../messages';
import { readRegularFile } from '../host/read-file';
import { filePathOf } from './config-store';
import { diagnosticsOf } from './diagnostics';
import type { DocumentLinter } from './linter';
import { LINT_FILES_REQUEST, type LintedFile, type LintFilesParams, type LintFilesResult } from './protocol';

/**
 * `callscript/lintFiles`: the diagnostics of files whether open or not (an open one as the editor
 * holds it), so that a whole workspace can be listed in the Problems panel.
 */
export function serveLintFiles(connection: Connection, documents: TextDocuments<TextDocument>, linter: DocumentLinter): void {
  connection.onRequest(LINT_FILES_REQUEST, async (params: LintFilesParams, token): Promise<LintFilesResult> => {
    const files: LintedFile[] = [];
    for (const uri of params.uris) {
      if (token.isCancellationRequested) break;
      files.push({ uri, diagnostics: await fileDiagnostics(uri, documents, linter) });
    }
    return { files };
  });
}

async function fileDiagnostics(uri: string, documents: TextDocuments<TextDocument>, linter: DocumentLinter): Promise<Diagnostic[]> {
  const open = documents.get(uri);
  let text = open?.getText();
  if (text === undefined) {
    const file = filePathOf(uri);
    if (file === undefined) return [];
    const locale = await linter.localeFor(uri);
    let bytes: Uint8Array;
    try {
      bytes = await readRegularFile(file);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? String(err);
      return [fileProblem(messageIn({ zh: `无法读取:${code}`, en: `cannot read: ${code}` }, locale))];
    }
    const decoded = decodeScript(bytes);
    if (!decoded.ok) return [fileProblem(messageIn(decoded.problem, locale))];
    text = decoded.text;
  }
  const linted = await linter.lintText(uri, text);
  return linted ? diagnosticsOf(linted, await linter.maxProblemsFor(uri)) : [];
}

function fileProblem(message: string): Diagnostic {
  return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Error, source: 'callscript', message };
}
