/**
 * Keeps the rule registry, the tests and the README in step: a rule module that is not
 * registered, a registered rule no test names, or one missing from the README's rule tables fails.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { join, sep } from 'path';
import { BUDGET_RULES, DEPARTMENT_RULES, PROJECT_RULES, WORKBOOK_RULES } from '../../../src/core/rules';

const ROOT = join(__dirname, '..', '..', '..');
const registered = [...PROJECT_RULES, ...BUDGET_RULES, ...DEPARTMENT_RULES, ...WORKBOOK_RULES];
const ids = new Set(registered.map((r) => r.meta.id));

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p, ext) : ext.test(f) ? [p] : [];
  });
}

describe('the rule registry', () => {
  it('registers every rule module', () => {
    const unregistered: string[] = [];
    for (const file of files(join(ROOT, 'src', 'core', 'rules'), /\.ts$/)) {
      const mod = require(file) as Record<string, unknown>;
      for (const value of Object.values(mod)) {
        const meta = (value as { meta?: { id?: unknown }; check?: unknown } | null)?.meta;
        if (meta && typeof meta.id === 'string' && typeof (value as { check?: unknown }).check === 'function' && !ids.has(meta.id)) unregistered.push(meta.id);
      }
    }
    expect(unregistered).toEqual([]);
  });

  it('has a test naming each rule', () => {
    const tests = files(join(ROOT, 'test'), /\.test\.tsx?$/).filter((f) => !f.endsWith('parity.test.ts')).map((f) => readFileSync(f, 'utf8')).join('\n');
    const untested = registered.filter((r) => !tests.includes(`'${r.meta.id}'`) && !tests.includes(`${r.meta.id}/`) && !new RegExp(`\\b${camel(r.meta.id)}\\b`).test(tests));
    expect(untested.map((r) => r.meta.id)).toEqual([]);
  });

  it('gives each rule a test file of its own, which asserts every message the rule declares', () => {
    const testFiles = files(join(ROOT, 'test'), /\.test\.tsx?$/);
    const gaps: string[] = [];
    for (const rule of registered) {
      const own = testFiles.find((f) => f.endsWith(`${sep}${rule.meta.id}.test.ts`));
      if (!own) {
        gaps.push(`${rule.meta.id}: no test/**/${rule.meta.id}.test.ts`);
        continue;
      }
      const text = readFileSync(own, 'utf8');
      for (const [id, template] of Object.entries(rule.meta.messages)) {
        // Asserted by id (`messageId: 'x'`, `rule/x`), or as rendered text: every literal part of the template.
        const literal = template.split(/\{[a-zA-Z0-9]+\}/).filter((part) => part.length >= 2);
        if (!text.includes(`'${id}'`) && !text.includes(`/${id}`) && !(literal.length > 0 && literal.every((part) => text.includes(part)))) {
          gaps.push(`${rule.meta.id}: message ${id} is not asserted in ${own.slice(ROOT.length + 1)}`);
        }
      }
    }
    expect(gaps).toEqual([]);
  });

  it('explains each rule, specifically: why it matters, what a good value is, and its source', () => {
    const whys = new Set<string>();
    for (const r of registered) {
      const e = r.meta.explain;
      expect([r.meta.id, e.why.length > 10, e.good.length > 4]).toEqual([r.meta.id, true, true]);
      // A named document, or said to be local practice.
      expect([r.meta.id, /财预〔2021〕101号|本地常见做法/.test(e.source)]).toEqual([r.meta.id, true]);
      whys.add(e.why);
    }
    expect(whys.size).toBe(new Set(registered.map((r) => r.meta.id)).size);
  });

  it('lists each rule in the README', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(registered.filter((r) => !readme.includes(`| \`${r.meta.id}\` |`)).map((r) => r.meta.id)).toEqual([]);
  });
});

function camel(id: string): string {
  return id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}
