/** Every Excel error reaches the user as Chinese with a next step: no English text from Office. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { describeOfficeError, errorKindOf, OFFICE_ERRORS } from '../../src/excel/errors';

/** Excel.ErrorCodes as @types/office-js declares them. */
function excelErrorCodes(): string[] {
  const types = readFileSync(join(__dirname, '..', '..', 'node_modules', '@types', 'office-js', 'index.d.ts'), 'utf8');
  const excel = types.slice(types.indexOf('declare namespace Excel'));
  const body = excel.slice(excel.indexOf('enum ErrorCodes {'), excel.indexOf('}', excel.indexOf('enum ErrorCodes {')));
  return [...body.matchAll(/= "([A-Za-z]+)"/g)].map((m) => m[1]!);
}

describe('Office errors in Chinese', () => {
  it('has a message for every code Excel declares, and the request-level ones', () => {
    const codes = excelErrorCodes();
    expect(codes.length).toBeGreaterThan(30);
    for (const code of [...codes, 'RequestPayloadSizeLimitExceeded']) {
      expect([code, OFFICE_ERRORS[code] !== undefined]).toEqual([code, true]);
      // Product and key names are the only Latin words.
      const text = describeOfficeError({ code, message: 'An internal error has occurred.' }, '检查').replace(/Excel|Office|Power Query|Ctrl\+End|Esc|F9/g, '');
      expect([code, text]).not.toEqual([code, expect.stringMatching(/[A-Za-z]{3,}/)]);
    }
  });

  it('says what failed and what to do', () => {
    expect(describeOfficeError({ code: 'GeneralException', message: 'An internal error has occurred.' }, '检查')).toBe(
      '检查未完成：Excel 内部出错。请稍后再试一次；如果反复出现，请保存并重新打开工作簿。',
    );
    expect(describeOfficeError({ code: 'ResponsePayloadSizeLimitExceeded' }, '检查')).toContain('按 Ctrl+End 查看已用区域的末尾');
    expect(describeOfficeError({ code: 'AccessDenied' }, '插入指标（受益群众满意度）')).toMatch(/^插入指标（受益群众满意度）未完成：工作簿是只读的或受保护/);
  });

  it('keeps a Chinese message of the add-in’s own, and names an unknown code without its English text', () => {
    expect(describeOfficeError(new Error('目标区域 A30:E40 已有内容，未写入（不会覆盖已有单元格）'), '新建空白表（培训）')).toBe(
      '新建空白表（培训）未完成：目标区域 A30:E40 已有内容，未写入（不会覆盖已有单元格）',
    );
    const unknown = describeOfficeError({ code: 'SomethingNew', message: 'Something new went wrong.' }, '检查');
    expect(unknown).toContain('代码 SomethingNew');
    expect(unknown).not.toContain('went wrong');
  });

  it('tells the controller which errors it sequences around', () => {
    expect(errorKindOf({ code: 'InvalidOperationInCellEditMode' })).toBe('cell-edit');
    expect(errorKindOf({ code: 'ItemNotFound' })).toBe('gone');
    expect(errorKindOf(new Error('x'))).toBe('other');
  });
});
