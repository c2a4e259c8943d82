/** budget-sangong: tables as they are published, correct and with a planted error. */
import { checkTable, recognizeSheet } from '../../../../src/core/engine/check';
import { gridFromTsv } from '../../../support/tsv';

describe('budget-sangong', () => {
  const sangong = (edit: Record<number, string> = {}) => {
    const lines = [
      '单位预算财政拨款“三公”经费支出表',
      '203001中共大厂回族自治县委组织部\t\t\t预算年度：2024\t单位：万元',
      '序号\t项  目\t资 金 性 质',
      '\t\t合计\t一般公共预算财政拨款\t政府性基金预算拨款\t国有资本经营预算财政拨款',
      '栏次\t1\t2\t3\t4\t5',
      '1\t“三公”经费小计\t8.83\t8.83',
      '2\t一、因公出国（境）费',
      '3\t其中：教学科研人员因公出国（境）费',
      '4\t其他因公出国（境）费',
      '5\t二、公务用车购置及运维费\t8.40\t8.40',
      '6\t其中：公务用车购置费',
      '7\t公务用车运行维护费\t8.40\t8.40',
      '8\t三、公务接待费\t0.43\t0.43',
    ];
    for (const [i, line] of Object.entries(edit)) lines[Number(i)] = line;
    return gridFromTsv(lines.join('\n'), { sheet: '三公' });
  };
  const run = (grid: ReturnType<typeof sangong>) =>
    recognizeSheet(grid)
      .flatMap((t) => checkTable(t))
      .filter((f) => f.rule === 'budget-sangong')
      .map((f) => ({ severity: f.severity, cells: f.cells, message: f.message }));

  it('accepts seed 002’s table: 8.83 = 0 + 8.40 + 0.43 and 8.40 = 0 + 8.40', () => {
    expect(recognizeSheet(sangong())[0]!.kind).toBe('budget/财政拨款“三公”经费支出表');
    expect(run(sangong())).toEqual([]);
  });

  it('reports a 小计 that leaves out 公务接待费', () => {
    const f = run(sangong({ 5: '1\t“三公”经费小计\t8.40\t8.40' }));
    expect(f.map((x) => [x.severity, x.cells[0]])).toEqual([
      ['error', 'C6'],
      ['error', 'D6'],
    ]);
    expect(f[0]!.message).toBe('「“三公”经费小计」的合计 8.4 万元不等于出国、车辆、接待之和 8.83 万元（相差 0.43 万元）');
    expect(f[0]!.cells).toEqual(['C6', 'C10', 'C13']);
  });

  it('reports 公务用车购置及运维费 that is not 购置费 + 运行维护费', () => {
    const f = run(sangong({ 6: '6\t其中：公务用车购置费\t2.00\t2.00' }));
    expect(f.map((x) => x.cells[0])).toEqual(['C10', 'D10']);
    expect(f[0]!.message).toBe('「公务用车购置及运维费」的合计 8.4 万元不等于购置费与运行维护费之和 10.4 万元（相差 2 万元）');
  });

  it('calls a last-digit gap a 尾差 warning', () => {
    expect(run(sangong({ 5: '1\t“三公”经费小计\t8.84\t8.84' }))).toEqual([
      { severity: 'warning', cells: ['C6', 'C10', 'C13'], message: '「“三公”经费小计」的合计 8.84 万元与出国、车辆、接待之和 8.83 万元相差 0.01 万元（尾差）' },
      { severity: 'warning', cells: ['D6', 'D10', 'D13'], message: '「“三公”经费小计」的一般公共预算财政拨款 8.84 万元与出国、车辆、接待之和 8.83 万元相差 0.01 万元（尾差）' },
    ]);
  });
});
