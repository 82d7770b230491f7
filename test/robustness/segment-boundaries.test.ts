import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { lineStartsOf, parseDocument } from '../../server/src/engine';
import { opensSegmentAfter, opensSegmentAt } from '../../server/src/engine/segments';
import { fuzzParameters } from './fuzz-budget';
import { script } from './script-arbitraries';

/**
 * The incremental linter parses an edited region alone and asks whether the line after it still
 * opens a segment from the state that parse ended in (a front matter or a stage direction still
 * open), so that the region's parse can be its new segment's: the answer must be the one a parse
 * of the region and that line together gives.
 */
describe('whether the line after a region opens a segment', () => {
  it('reads the same from the region parsed alone as from the region parsed with the line', () => {
    fc.assert(
      fc.property(script({ maxLines: 12 }), fc.nat(), (shape, pick) => {
        const text = shape.text;
        const starts = lineStartsOf(text);
        if (starts.length < 2) return;
        // A region that ends where a line starts, and that line.
        const k = 1 + (pick % (starts.length - 1));
        const region = text.slice(0, starts[k]);
        const nextEnd = k + 1 < starts.length ? starts[k + 1] : text.length;
        const line = text.slice(starts[k], nextEnd).replace(/(?:\r\n|\r|\n)$/, '');
        const together = parseDocument(text.slice(0, nextEnd));
        assert.equal(opensSegmentAfter(parseDocument(region), line), opensSegmentAt(together, region.length), JSON.stringify({ region, line }));
      }),
      fuzzParameters(1000),
    );
  });
});
