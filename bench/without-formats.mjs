// The baseline of `npm run bench -- --only formats` (bench/formats.mjs): bundled in place of
// server/src/formats, it knows no document kind, so the CLI reads `.callscript` files only and
// carries none of the Markdown, text, Word, Excel and CSV readers — the CLI as it was before them.
export const DOCUMENT_EXTENSIONS = [];
export const DOCUMENT_LANGUAGES = {};
export const documentKindOf = () => undefined;
export const isLineDocument = () => false;
const unreachable = () => {
  throw new Error('the CLI built without document readers was given a document');
};
export const lintLineDocument = unreachable;
export const readPlacedDocument = unreachable;
export const spokeNothing = unreachable;
