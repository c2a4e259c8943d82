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

describe('one pane, in the Office users have', () => {
  const { manifestFor, CHECK_FUNCTION } = require('../../webpack.config.js') as {
    manifestFor: (xml: string, o?: { host?: string; sharedRuntime?: boolean }) => string;
    CHECK_FUNCTION: string;
  };

  it('both buttons show the one pane, with no function file, in the manifest for every Excel', () => {
    expect(manifest.match(/<TaskpaneId>([^<]+)<\/TaskpaneId>/g)).toEqual(['<TaskpaneId>PerfTargetPane</TaskpaneId>', '<TaskpaneId>PerfTargetPane</TaskpaneId>']);
    expect(manifest).not.toContain('FunctionFile');
    expect(manifest).not.toContain('Runtimes');
  });

  it('refuses two panes, a function file no button uses, and a function command without a shared runtime', () => {
    const twoPanes = manifest.replace(/(<SourceLocation resid="Check.Url"\/>)/, '$1').replace(/<TaskpaneId>PerfTargetPane<\/TaskpaneId>(\s*<SourceLocation resid="Check.Url"\/>)/, '<TaskpaneId>PerfTargetCheck</TaskpaneId>$1');
    expect(validateManifest(twoPanes, ROOT)).toEqual([expect.stringContaining('buttons open 2 task panes')]);
    const idleFile = manifest.replace('</GetStarted>', '</GetStarted><FunctionFile resid="Taskpane.Url"/>');
    expect(validateManifest(idleFile, ROOT)).toEqual(['a FunctionFile without a function command (no button uses it)']);
    const shared = manifestFor(manifest, { sharedRuntime: true });
    const noRuntime = shared.replace(/<Runtimes>[\s\S]*?<\/Runtimes>/, '');
    expect(validateManifest(noRuntime, ROOT)).toEqual(
      expect.arrayContaining([expect.stringContaining('Excel 2019 has no shared runtime'), expect.stringContaining('cannot reach the pane')]),
    );
  });

  it('the Microsoft 365 manifest runs 一键检查 in the pane through a shared runtime, and passes', () => {
    const shared = manifestFor(manifest, { sharedRuntime: true });
    expect(validateManifest(shared, ROOT)).toEqual([]);
    expect(shared).toContain('<Set Name="SharedRuntime" MinVersion="1.1"/>');
    expect(shared).toContain('<Runtime resid="Taskpane.Url" lifetime="long"/>');
    expect(shared).toContain(`<FunctionName>${CHECK_FUNCTION}</FunctionName>`);
    expect(shared.match(/<TaskpaneId>/g)).toHaveLength(1);
    // The pane registers the function the button runs.
    expect(readFileSync(join(ROOT, 'src', 'taskpane', 'index.tsx'), 'utf8')).toContain(`'${CHECK_FUNCTION}'`);
  });

  it('a build for a server points every URL at it, the domain at its origin', () => {
    for (const sharedRuntime of [false, true]) {
      const built = manifestFor(manifest, { host: 'https://addin.czj.example.cn/perf/', sharedRuntime });
      expect(built).not.toContain('localhost');
      expect(built).toContain('<AppDomain>https://addin.czj.example.cn</AppDomain>');
      expect(built).toContain('DefaultValue="https://addin.czj.example.cn/perf/taskpane.html?action=check"');
      expect(validateManifest(built, ROOT)).toEqual([]);
    }
    expect(() => manifestFor(manifest, { host: 'http://intranet/perf' })).toThrow(/https/);
  });
});
