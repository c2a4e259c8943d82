/** The WPS add-in's pages: one pane shown again rather than opened twice, 一键检查 reaching an open pane, errors in Chinese. */
import { CHECK_REQUEST_KEY, paneUrl, showPane, watchCheckRequests } from '../../src/wps/addin';
import { describeWpsError, WpsHostError, wpsErrorKind } from '../../src/wps/host';
import { wpsPaneHost } from '../../src/wps/paneHost';
import { memoryLegacySettings } from '../../src/excel/settings';
import { Checker } from '../../src/taskpane/checker';
import { fakeWps } from '../support/fakeWps/app';

describe('the ribbon and the pane', () => {
  it('points at the pane page beside the main page, with ?action=check for 一键检查', () => {
    expect(paneUrl('file:///C:/Users/u/AppData/Roaming/kingsoft/wps/jsaddons/perf-target_0.1.0/index.html', false)).toBe('file:///C:/Users/u/AppData/Roaming/kingsoft/wps/jsaddons/perf-target_0.1.0/taskpane.html');
    expect(paneUrl('http://intranet/perf-target/index.html?x=1#a', true)).toBe('http://intranet/perf-target/taskpane.html?action=check');
  });

  it('creates the pane once, shows it again, and leaves a check request for an open pane', () => {
    jest.useFakeTimers();
    try {
      const app = fakeWps([{ name: '表' }]);
      const first = showPane(app, 'http://h/a/index.html', true, 1);
      expect(app.panes).toHaveLength(1);
      expect(first.Visible).toBe(true);
      expect(app.panes[0]!.url).toBe('http://h/a/taskpane.html?action=check');
      expect(app.storage.get(CHECK_REQUEST_KEY)).toBeUndefined();
      const requests: number[] = [];
      const stop = watchCheckRequests(app, () => requests.push(1), 500);
      first.Visible = false;
      showPane(app, 'http://h/a/index.html', false, 2);
      expect(app.panes).toHaveLength(1);
      expect(app.panes[0]!.Visible).toBe(true);
      jest.advanceTimersByTime(600);
      expect(requests).toHaveLength(0);
      showPane(app, 'http://h/a/index.html', true, 3);
      jest.advanceTimersByTime(600);
      expect(requests).toHaveLength(1);
      stop();
    } finally {
      jest.useRealTimers();
    }
  });
});

describe('errors', () => {
  it('says in Chinese what failed and what to do, and tells the controller when a sheet or workbook is gone', async () => {
    const app = fakeWps([{ name: '表', rows: [['a']] }]);
    const host = wpsPaneHost(app);
    const e = await host.selectCell('没有这页', 'A1').catch((x: unknown) => x);
    expect(wpsErrorKind(e)).toBe('gone');
    expect(host.describeError(e, '定位')).toBe('定位未完成：找不到工作表“没有这页”，可能已被删除或重命名。请点击“一键检查”重新识别后再试。');
    expect(describeWpsError(new Error('Method Range.Select failed'), '定位')).toMatch(/^定位未完成：WPS 报告了错误（Method Range.Select failed）。/);
    expect(describeWpsError(new WpsHostError('other', '目标区域 A1:E9 已有内容'), '新建空白表')).toBe('新建空白表未完成：目标区域 A1:E9 已有内容。');
  });

  it('refuses a sheet whose used range reaches far beyond its content, in Chinese and at once', async () => {
    const app = fakeWps([{ name: '表', rows: [['项目名称', '甲']] }]);
    app.sheet('表')!.set(1048575, 16383, { v: '备注' });
    const host = wpsPaneHost(app);
    const t0 = Date.now();
    const e = await host.readWorkbook().catch((x: unknown) => x);
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(host.describeError(e, '检查')).toMatch(/^检查未完成：工作表“表”的已用区域太大（A1:XFD1048576，约 \d+ 万个单元格）.*Ctrl\+End/);
  });

  it('says live checking is unavailable on a WPS without cell-change events, and 一键检查 still works', async () => {
    const app = fakeWps([{ name: '表', rows: [['项目名称', '甲']] }]);
    Object.defineProperty(app, 'ApiEvent', { get: () => undefined });
    const checker = new Checker(wpsPaneHost(app), memoryLegacySettings({ live: true }), { debounceMs: 0 });
    await checker.fullCheck();
    expect(checker.getSnapshot().status).toBe('ready');
    expect(checker.getSnapshot().watching).toBe(false);
    expect(checker.getSnapshot().error).toMatch(/^开启边填边查未完成：这个 WPS 版本不提供单元格修改事件/);
  });

  it('reads a workbook of empty and odd sheets without breaking', async () => {
    const app = fakeWps([{ name: '空' }, { name: '错误值', rows: [[{ error: '#N/A' }, { error: '#DIV/0!' }], [null, { v: 45292, fmt: 'yyyy"年"m"月"d"日"' }]] }]);
    const read = await wpsPaneHost(app).readWorkbook();
    expect(read.sheets.map((s) => s.name)).toEqual(['空', '错误值']);
    expect(read.sheets[0]!.grid.rowCount).toBe(0);
    const g = read.sheets[1]!.grid;
    expect(g.value(0, 0)).toEqual({ error: '#N/A' });
    expect(g.text(0, 1)).toBe('#DIV/0!');
    expect(g.text(1, 1)).toBe('2024年1月1日');
  });
});

describe('publish.xml', () => {
  const { publishXml, FOLDER } = require('../../wps/webpack.config.js') as { publishXml(url?: string): string; FOLDER: string };

  it('names the add-in folder beside it (离线), or an intranet server (在线)', () => {
    expect(publishXml()).toContain(`<jsplugin name="perf-target" type="et" url="${FOLDER}"`);
    expect(publishXml('http://10.1.2.3/jsaddons/perf-target/')).toContain('<jspluginonline name="perf-target" type="et" url="http://10.1.2.3/jsaddons/perf-target/" enable="enable" install="null"/>');
  });

  it('refuses a server address that is not an http(s) URL ending in /', () => {
    expect(() => publishXml('ftp://x/')).toThrow(/--env url/);
    expect(() => publishXml('http://x/perf-target')).toThrow(/ending in \//);
  });
});
