/** The report is written file by file as the files are checked: the same text and the same JSON document as at once. */
import { join } from 'path';
import { checkFiles } from '../../src/cli/main';
import { StreamingReport, toJson, toText, type FileResult } from '../../src/cli/report';
import { BUILTIN_PROFILES, DEFAULT_PROFILE_ID } from '../../src/core/rules/profiles';

const FIXTURES = join(__dirname, '..', 'fixtures');
const files = [join(FIXTURES, 'seed-003-pingluo-xianweiban.xlsx'), join(FIXTURES, 'no-such-file.xlsx'), join(FIXTURES, 'seed-001-tongfu.xlsx')];

function capture() {
  const writes: string[] = [];
  return { writes, out: { write: (s: string) => writes.push(s) } as unknown as NodeJS.WritableStream };
}

describe('the streaming report', () => {
  let results: FileResult[];
  beforeAll(async () => {
    results = await checkFiles(files, BUILTIN_PROFILES[DEFAULT_PROFILE_ID]!);
  });

  it('writes each file’s part when it is checked, then the totals; the text is the report at once', async () => {
    const { writes, out } = capture();
    const report = new StreamingReport(out, 'text', false);
    const seen: number[] = [];
    await checkFiles(files, BUILTIN_PROFILES[DEFAULT_PROFILE_ID]!, (r) => {
      report.add(r);
      seen.push(writes.length);
    });
    report.end();
    // One write per file as it arrives, one for the totals.
    expect(seen).toEqual([1, 2, 3]);
    expect(writes[0]).toContain('seed-003-pingluo-xianweiban.xlsx');
    expect(writes[1]).toContain('无法检查：文件不存在');
    expect(writes.join('')).toBe(`${toText(results, false)}\n`);
  });

  it('writes one JSON document, equal to the report at once, for any number of files', () => {
    for (const some of [[], results.slice(0, 1), results]) {
      const { writes, out } = capture();
      const report = new StreamingReport(out, 'json', false);
      for (const r of some) report.add(r);
      report.end();
      expect(JSON.parse(writes.join(''))).toEqual(JSON.parse(JSON.stringify(toJson(some))));
    }
  });
});
