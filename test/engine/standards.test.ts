import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../server/src/engine';
import { allStandards, citationText, standardOf } from '../../server/src/engine/standards';

const ROOT = join(__dirname, '..', '..', '..');

describe('standards cited by title', () => {
  it('every source a rule cites is a known standard, shown by its title', () => {
    for (const rule of RULES) {
      for (const source of rule.sources) {
        assert.ok(standardOf(source.seed), `${rule.id} cites an unknown standard: ${source.seed}`);
        assert.match(citationText(source), /^《[^》]+》 \S/);
      }
    }
  });

  it('docs/standards.md lists every standard with the rules that draw on it', () => {
    const page = readFileSync(join(ROOT, 'docs', 'standards.md'), 'utf8');
    for (const [key, standard] of allStandards()) {
      const rules = RULES.filter((r) => r.sources.some((s) => s.seed === key)).map((r) => r.id);
      if (rules.length === 0) continue;
      const at = page.indexOf(`## 《${standard.title}》`);
      assert.ok(at >= 0, `docs/standards.md has no section for 《${standard.title}》`);
      const next = page.indexOf('\n## ', at + 1);
      const section = page.slice(at, next < 0 ? undefined : next);
      for (const id of rules) assert.ok(section.includes(`rules/${id}.md`), `《${standard.title}》 does not list ${id}`);
    }
  });
});
