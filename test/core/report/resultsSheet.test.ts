/** The 检查结果 layout: every finding in sheet order with a link to its cell, the dismissed ones after. */
import { join } from 'path';
import { readWorkbook } from '../../../src/cli/readWorkbook';
import { checkGrids } from '../../../src/core/engine/check';
import { dismissalOf } from '../../../src/core/engine/dismiss';
import { resultsSheet } from '../../../src/core/report/resultsSheet';
import { emptyStore } from '../../../src/core/store/document';

describe('resultsSheet', () => {
  it('lists every finding of seed 002’s unit set with table, linked cell, severity, message and suggestion', async () => {
    const result = checkGrids(await readWorkbook(join(__dirname, '..', '..', 'fixtures', 'seed-002-dachang-unit.xlsx')));
    const layout = resultsSheet(result, '大厂预算.xlsx', '2026/12/2 10:00:00');
    expect(layout.rows[0]![0]!.text).toBe('绩效目标表检查结果');
    expect(layout.rows[1]![0]!.text).toBe('文件：大厂预算.xlsx　检查时间：2026/12/2 10:00:00');
    expect(layout.rows[2]![0]!.text).toMatch(/^共 32 张表：错误 \d+ 个，警告 \d+ 个，提示 \d+ 个$/);
    expect(layout.rows[layout.headerRow]!.map((c) => c.text)).toEqual(['序号', '工作表', '表格', '单元格', '级别', '问题', '建议']);
    const body = layout.rows.slice(layout.headerRow + 1);
    expect(body).toHaveLength(result.findings.length);
    expect(body.map((r) => r[0]!.text)).toEqual(body.map((_, i) => String(i + 1)));
    // Every finding once, each cell linked to its sheet.
    expect(new Set(body.map((r) => r[5]!.text))).toEqual(new Set(result.findings.map((f) => f.message)));
    for (const r of body) if (r[3]!.text) expect(r[3]!.link).toEqual({ sheet: expect.any(String), cell: expect.stringMatching(/^[A-Z]+\d+$/) });
    // A cross-table finding's link goes to the sheet its first cell is on.
    expect(body.filter((r) => r[2]!.text === '跨表核对').length).toBe(result.findings.filter((f) => f.table === undefined).length);
    // Sheets in workbook order.
    const order = [...new Set(result.tables.map((t) => t.sheet))];
    const sheets = body.map((r) => order.indexOf(r[1]!.text)).filter((i) => i >= 0);
    expect(sheets).toEqual([...sheets].sort((a, b) => a - b));
  });

  it('adds the dismissed findings after the others, with their reasons, and says none when clean', async () => {
    const grids = await readWorkbook(join(__dirname, '..', '..', 'fixtures', 'seed-001-tongfu.xlsx'));
    const plain = checkGrids(grids);
    const f = plain.findings.find((x) => x.severity === 'error')!;
    const store = { ...emptyStore(), dismissed: [dismissalOf(f, plain.tables[f.table!]!.name, '已与财政局确认')] };
    const layout = resultsSheet(checkGrids(grids, undefined, store), 'x.xlsx', 'now');
    const last = layout.rows.at(-1)!;
    expect(last[4]!.text).toBe('已忽略');
    expect(last[6]!.text).toBe('理由：已与财政局确认');
    expect(layout.rows[2]![0]!.text).toContain('已忽略 1 个（见表末）');
    expect(resultsSheet({ tables: [], findings: [] }, 'x', 'now').rows.at(-1)!.map((c) => c.text)).toEqual(['', '没有发现问题。']);
  });
});
