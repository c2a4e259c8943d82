/** The fake WPS application behaves as its header says, where the adapter depends on it. */
import { fakeWps } from './app';

function app() {
  return fakeWps([
    { name: '表', rows: [['项目名称', '甲', null], [{ v: 0.95, fmt: '0%' }, { v: 12, fmt: '0.00' }, null], [{ error: '#REF!' }, 3, 4]], merges: ['B1:C1'] },
    { name: '第二页', rows: [[null, 1]] },
  ]);
}

describe('fake WPS application', () => {
  it('hands Value2 as a value for one cell and rows for several, with 1-based positions', () => {
    const a = app();
    const ws = a.ActiveWorkbook!.Worksheets.Item(1);
    expect(ws.Name).toBe('表');
    expect(ws.Range('A1').Value2).toBe('项目名称');
    expect(ws.Range('A1:C2').Value2).toEqual([['项目名称', '甲', undefined], [0.95, 12, undefined]]);
    expect(ws.Range('A3').Value2).toBe(-2146826265);
    expect(ws.Range('A3').Text).toBe('#REF!');
    const used = a.ActiveWorkbook!.Worksheets.Item('第二页').UsedRange;
    expect([used.Row, used.Column, used.Rows.Count, used.Columns.Count]).toEqual([1, 2, 1, 1]);
    expect(ws.Cells.Item(2, 2).Value2).toBe(12);
  });

  it('gives null NumberFormat, Text and MergeCells for ranges whose cells differ', () => {
    const ws = app().ActiveWorkbook!.Worksheets.Item(1);
    expect(ws.Range('A2').NumberFormat).toBe('0%');
    expect(ws.Range('A2:B2').NumberFormat).toBeNull();
    expect(ws.Range('C3').NumberFormat).toBe('G/通用格式');
    expect(ws.Range('A2').Text).toBe('95%');
    expect(ws.Range('A2:B2').Text).toBeNull();
    expect(ws.Range('B1:C1').MergeCells).toBe(true);
    expect(ws.Range('A1:C1').MergeCells).toBeNull();
    expect(ws.Range('A2:C3').MergeCells).toBe(false);
    const m = ws.Range('C1').MergeArea;
    expect([m.Row, m.Column, m.Columns.Count]).toEqual([1, 1 + 1, 2]);
  });

  it('inserts whole rows: cells, merged areas and conditional formats move, the new rows take the formats above', () => {
    const a = app();
    const ws = a.ActiveWorkbook!.Worksheets.Item(1);
    ws.Range('B2').FormatConditions.Add(2, undefined, '=N("perf-target:error#k1")=0');
    const seen: string[] = [];
    a.ApiEvent.AddApiEventListener('SheetChange', ((sh: { Name: string }, t: { Row: number; Rows: { Count: number } }) => seen.push(`${sh.Name}:${t.Row}+${t.Rows.Count}`)) as never);
    ws.Range('2:3').Insert(-4121, 0);
    expect(seen).toEqual(['表:2+2']);
    expect(ws.Range('B4').Value2).toBe(12);
    expect(ws.Range('B2').NumberFormat).toBe('G/通用格式');
    expect(ws.Range('B4').FormatConditions.Count).toBe(1);
    expect(ws.Range('B2').FormatConditions.Count).toBe(0);
    ws.Range('4:4').Insert(-4121, 1);
    expect(ws.Range('A4').NumberFormat).toBe('0%');
  });

  it('deletes a conditional format by its object, later ones shifting down; a deleted one throws', () => {
    const ws = app().ActiveWorkbook!.Worksheets.Item(1);
    const fcs = ws.Cells.FormatConditions;
    fcs.Add(2, undefined, '=1');
    fcs.Add(2, undefined, '=2');
    const first = fcs.Item(1);
    const second = fcs.Item(2);
    first.Delete();
    expect(fcs.Count).toBe(1);
    expect(fcs.Item(1).Formula1).toBe('=2');
    expect(second.Formula1).toBe('=2');
    expect(() => first.Formula1).toThrow();
  });

  it('asks before deleting a sheet unless alerts are off, activates added sheets, and refuses Select off the active sheet', () => {
    const a = app();
    const wb = a.ActiveWorkbook!;
    const added = wb.Worksheets.Add(null, wb.Worksheets.Item(2));
    expect(a.ActiveSheet!.Name).toBe(added.Name);
    expect(() => wb.Worksheets.Item('表').Range('A1').Select()).toThrow();
    expect(() => added.Delete()).toThrow(/DisplayAlerts/);
    a.DisplayAlerts = false;
    added.Delete();
    expect(wb.Worksheets.Count).toBe(2);
    expect(() => added.Name).toThrow();
  });
});
