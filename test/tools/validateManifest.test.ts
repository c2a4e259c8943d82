import { readFileSync } from 'fs';
import { join } from 'path';
import { validateManifest } from './validateManifest';

const ROOT = join(__dirname, '..', '..');
const manifest = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

describe('manifest.xml (offline check)', () => {
  it('passes', () => {
    expect(validateManifest(manifest, ROOT)).toEqual([]);
  });

  it('catches what Microsoft’s validator would reject', () => {
    const broken = manifest
      .replace('<Set Name="ExcelApi" MinVersion="1.7"/>', '<Set Name="ExcelApi" MinVersion="1.13"/>')
      .replace('resid="Check.Label"/>', 'resid="Check.Labl"/>')
      .replace('https://localhost:3000/assets/icon-80.png', 'http://localhost:3000/assets/icon-80.png')
      .replace('<DefaultLocale>zh-CN</DefaultLocale>', '<DefaultLocale>en-US</DefaultLocale>');
    const problems = validateManifest(broken, ROOT);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('ExcelApi MinVersion 1.7'),
        expect.stringContaining('resid Check.Labl'),
        expect.stringContaining('must use https'),
        expect.stringContaining('DefaultLocale'),
      ]),
    );
    expect(validateManifest('<OfficeApp><Id>', ROOT)[0]).toMatch(/not well formed/);
  });
});
