import { BUILTIN_PROFILES } from '../../../src/core/rules/profiles';
import { requiredLevel2Rule } from '../../../src/core/rules/required-level2';
import { run, runFull } from '../../support/rules';
import { hebei, ningxia, VALID_HEBEI, VALID_INDICATORS } from '../../support/tables';

describe('required-level2', () => {
  it('accepts a complete ningxia table and a complete hebei table', () => {
    expect(run(requiredLevel2Rule, ningxia(VALID_INDICATORS))).toEqual([]);
    expect(run(requiredLevel2Rule, hebei(VALID_HEBEI))).toEqual([]);
  });

  it('reports a missing 可持续影响 where it belongs (seed 000 乡村整治专项资金)', () => {
    const table = ningxia(`
产出指标	数量指标（必填硬性指标）	补助村党组织数量	144个
	质量指标（必填）	村委会各类事项完成质量	≥95%
	时效指标（必填）	本年内完成所有任务	2024 年底
	成本指标（必填硬性指标）	3000 人以下	10 万元/村
效益指标	经济效益	改善民生和创新社会治理	明显提高
	社会效益指标（必填）	确保农村和谐稳定	有效提高
	生态效益	提升村治理能力	提高
满意度指标	服务对象满意度指标（必填）	村干部满意度	≥95%`);
    const findings = runFull(requiredLevel2Rule, table);
    expect(findings.map((f) => [f.messageId, f.cells, f.message])).toEqual([
      ['missingLevel2', ['C17'], '缺少必填二级指标「可持续影响指标」'],
    ]);
  });

  it('reports a missing level-1 block (seed 002 驻村干部工作经费, cut off before 满意度)', () => {
    const table = hebei(`
产出指标	数量指标	工作组个数	驻村工作队数为13个	13个
	质量指标	经费拨付覆盖率	占比	100%
	时效指标	完成时间	按照要求时间	≤1年
	成本指标	驻村工作经费单位成本	每个工作队	≤1万元
效益指标	社会效益指标	加快推进乡村振兴步伐	加快推进乡村振兴步伐	有效推进`);
    expect(run(requiredLevel2Rule, table).map((f) => f.messageId)).toEqual(['missingLevel1', 'missingLevel2']);
  });

  it('requires 经济成本指标 under mof-2021, where legacy 成本指标 does not count', () => {
    const findings = runFull(requiredLevel2Rule, ningxia(VALID_INDICATORS), BUILTIN_PROFILES['mof-2021']);
    expect(findings.map((f) => f.message)).toEqual(['缺少一级指标「成本指标」', '缺少必填二级指标「经济成本指标」']);
  });
});
