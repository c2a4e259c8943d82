/**
 * Numbers for `{n}` read from the table's own 年度目标: counts, lengths and standards, with their
 * source, and count × standard checked against the funds.
 */
import { join } from 'path';
import { readWorkbookFile } from '../../../src/cli/readWorkbook';
import { recognizeSheet } from '../../../src/core/engine/check';
import { recognizeProjectTables } from '../../../src/core/layouts/project';
import { isProjectTable, projectName, type ProjectTable } from '../../../src/core/model';
import { LIBRARY } from '../../../src/core/templates/library';
import { proposeValue } from '../../../src/core/templates/proposals';
import { ningxia } from '../../support/tables';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');

async function table(file: string, name: RegExp): Promise<ProjectTable> {
  const { grids } = await readWorkbookFile(join(FIXTURES, file));
  for (const g of grids) for (const t of recognizeSheet(g).filter(isProjectTable)) if (name.test(projectName(t) ?? '')) return t;
  throw new Error(`no ${name}`);
}

const propose = (id: string, t: ProjectTable) => proposeValue(LIBRARY.indicator(id)!, t);

describe('proposals from the 年度目标', () => {
  it('reads seed 001’s 13 个行政村 × 每村 5 人 as 65 人, the standard as 2 万元/人/年, and checks 65 × 2 = 130 against the funds', async () => {
    const t = await table('seed-001-tongfu.xlsx', /村干部报酬/);
    expect(propose('subsidy-recipients', t)).toEqual({ value: '65人', source: '据年度目标“13个行政村，每村5人”' });
    expect(propose('subsidy-standard', t)).toEqual({ value: '2万元/人/年', source: '据年度目标“每人每年补助2万元”；65人 × 2万元 = 130万元，与资金总额一致' });
    expect(propose('villages-supported', t)?.value).toBe('13个');
    // A rate is a standard, not a number from the text.
    expect(propose('payment-accuracy', t)).toBeUndefined();
  });

  it('says when the count × the standard does not make the funds', () => {
    const [t] = recognizeProjectTables(ningxia(undefined, { total: '20', fiscal: '20' }, { name: '村干部补贴', goal: '为全镇10个行政村，每村3人发放补贴，每人每年补助1万元。' }));
    expect(propose('subsidy-standard', t!)?.source).toBe('据年度目标“每人每年补助1万元”；30人 × 1万元 = 30万元，与资金总额 20 万元不一致，请核实');
  });

  it('reads lengths in the unit the template writes, and counts of what the name speaks of', async () => {
    expect(propose('road-length', await table('realworld-projects.xlsx', /大青冈/))).toEqual({ value: '3.5公里', source: '据年度目标“3500米公路沿线”' });
    expect(propose('water-works', await table('realworld-projects.xlsx', /第七批/))).toEqual({ value: '7处', source: '据年度目标“7个小型水利工程建设”' });
  });

  it('proposes nothing when the text does not say', () => {
    const [t] = recognizeProjectTables(ningxia(undefined, {}, { name: '干部培训', goal: '提升干部能力' }));
    expect(propose('training-attendance', t!)).toBeUndefined();
    expect(propose('subsidy-recipients', t!)).toBeUndefined();
  });
});
