/**
 * The built task pane in Debian's Chromium (playwright-core), with the fake Excel host standing in
 * for office.js: 一键检查, findings, a live edit, navigation, a fix, and screenshots.
 * Skipped with a clear message when /usr/bin/chromium is missing (CI installs it).
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdirSync, readFileSync } from 'fs';
import { createServer, type Server } from 'http';
import { AddressInfo } from 'net';
import { join, extname } from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';
import webpack from 'webpack';
import { fakeWorkbookFromXlsx } from '../support/fakeExcel/fromXlsx';
import { writeTaughtWorkbook } from '../support/storeWorkbook';
import type { SerializedWorkbook } from './fakeOfficeEntry';

const ROOT = join(__dirname, '..', '..');
const WEB = join(ROOT, 'dist', 'web');
const OUT = join(__dirname, 'output');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHEET = '项目绩效目标表';
const describeIf = existsSync(CHROMIUM) ? describe : describe.skip;
if (!existsSync(CHROMIUM)) console.warn(`browser test skipped: ${CHROMIUM} not found (apt-get install -y chromium)`);

let server: Server;
let base = '';
let browser: Browser;
let fakeOffice = '';
let workbook: SerializedWorkbook;
/** Seed 002's unit budget set with "三公" 公务用车运行维护费 changed to 8.5 (基本支出表 30231 says 8.4). */
let unitWorkbook: SerializedWorkbook;
/** A county table with a 计算单位 column the vocabulary does not know. */
let unknownColumnWorkbook: SerializedWorkbook;

async function buildFakeOffice(): Promise<string> {
  const compiler = webpack({
    mode: 'development',
    devtool: false,
    entry: join(__dirname, 'fakeOfficeEntry.ts'),
    output: { path: join(OUT, 'fake'), filename: 'fake-office.js' },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext' } } } }],
    },
  });
  await new Promise<void>((resolve, reject) =>
    compiler.run((err, stats) => (err || stats?.hasErrors() ? reject(err ?? new Error(stats?.toString())) : resolve())),
  );
  return readFileSync(join(OUT, 'fake', 'fake-office.js'), 'utf8');
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.png': 'image/png' };

async function openPane(options: { excelApi?: number; office?: boolean; dark?: boolean; book?: SerializedWorkbook } = {}): Promise<{ page: Page; firstRenderMs: number }> {
  const page = await browser.newPage({ viewport: { width: 350, height: 900 } });
  const data = { ...(options.book ?? workbook), excelApi: options.excelApi ?? 13, theme: options.dark ? { bodyBackgroundColor: '#262626' } : undefined };
  await page.addInitScript((d) => {
    (window as unknown as Record<string, unknown>).__FAKE_WORKBOOK__ = d;
  }, data);
  // Nothing leaves the machine. (Playwright tries routes last-registered first.)
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  // office.js comes from Microsoft's CDN in Excel; here the fake host answers instead.
  await page.route('https://appsforoffice.microsoft.com/**', (route) =>
    options.office === false ? route.fulfill({ status: 404, body: '' }) : route.fulfill({ status: 200, contentType: 'text/javascript', body: fakeOffice }),
  );
  const t0 = Date.now();
  await page.goto(`${base}/taskpane.html`);
  await page.locator('h1').first().waitFor();
  return { page, firstRenderMs: Date.now() - t0 };
}

describeIf('task pane in Chromium', () => {
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    const build = spawnSync('npx', ['webpack', '--mode', 'production'], { cwd: ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`webpack failed: ${build.stdout}${build.stderr}`);
    fakeOffice = await buildFakeOffice();
    const model = await fakeWorkbookFromXlsx(join(ROOT, 'test', 'fixtures', 'seed-000-pingluo-zuzhibu.xlsx'));
    workbook = { excelApi: 13, sheets: model.sheets.map((s) => ({ name: s.name, cells: [...s.cells.entries()], merges: s.merges })) };
    const unit = await fakeWorkbookFromXlsx(join(ROOT, 'test', 'fixtures', 'seed-002-dachang-unit.xlsx'));
    unit.sheet('财政拨款三公经费支出表')!.get(11, 2)!.value = 8.5;
    unitWorkbook = { excelApi: 13, sheets: unit.sheets.map((s) => ({ name: s.name, cells: [...s.cells.entries()], merges: s.merges })) };
    await writeTaughtWorkbook(join(OUT, 'unknown-column.xlsx'));
    const unknown = await fakeWorkbookFromXlsx(join(OUT, 'unknown-column.xlsx'));
    unknownColumnWorkbook = { excelApi: 7, sheets: unknown.sheets.map((s) => ({ name: s.name, cells: [...s.cells.entries()], merges: s.merges })) };
    server = createServer((req, res) => {
      const path = join(WEB, decodeURIComponent((req.url ?? '/').split('?')[0]!));
      if (!path.startsWith(WEB) || !existsSync(path)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 240000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
  });

  it('checks the workbook, updates live, navigates, applies a fix', async () => {
    const { page, firstRenderMs } = await openPane();
    console.log(`first render: ${firstRenderMs} ms`);
    await page.getByTestId('check').click();
    await page.getByText('已识别 18 张表').waitFor();
    const summary = await page.getByTestId('summary').innerText();
    expect(summary).toContain('项目支出绩效目标表（宁夏表样） 18');
    expect(await page.locator('[data-testid="finding"][data-cell="E104"]').count()).toBe(1);
    await page.waitForTimeout(400); // let Fluent's colour transitions finish
    await page.screenshot({ path: join(OUT, 'taskpane-findings.png') });

    // The user corrects 时效 in Excel; the pane updates by itself.
    await page.evaluate((sheet) => {
      (window as unknown as { __fakeHost: { userEdit: (s: string, a: string, v: unknown[][]) => void } }).__fakeHost.userEdit(sheet, 'E104', [['2024年12月底前']]);
    }, SHEET);
    await page.locator('[data-testid="finding"][data-cell="E104"]').waitFor({ state: 'detached' });

    // Clicking a finding selects its cell in Excel.
    const link = page.locator('[data-testid="finding"][data-cell="E105"] [data-testid="cell-link"]');
    await link.click();
    await page.waitForFunction(() => (window as unknown as { __fakeHost: { model: { selection: { address: string } } } }).__fakeHost.model.selection.address === 'E105');

    // Keyboard: the link is focusable and Enter follows it.
    await page.locator('[data-testid="finding"][data-cell="E102"] [data-testid="cell-link"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as unknown as { __fakeHost: { model: { selection: { address: string } } } }).__fakeHost.model.selection.address === 'E102');

    // 应用建议 on a 2. 9567 amount.
    await page.getByTestId('filter-info').click(); // hide info …
    expect(await page.locator('[data-testid="finding"][data-rule="value-format"]').count()).toBe(0);
    await page.getByTestId('filter-info').click(); // … and show it again
    await page.locator('[data-testid="finding"][data-cell="C309"] [data-testid="apply-fix"]').click();
    await page.locator('[data-testid="finding"][data-cell="C309"]').waitFor({ state: 'detached' });
    const value = await page.evaluate(() => (window as unknown as { __fakeHost: { model: { sheets: Array<{ cells: Map<string, { value: unknown }> }> } } }).__fakeHost.model.sheets[0]!.cells.get('308,2')?.value);
    expect(value).toBe('2.9567');

    // 清除标记 leaves no mark.
    await page.getByTestId('clear').click();
    await page.getByText(/已清除 \d+ 处标记/).waitFor();
    const marks = await page.evaluate(() => (window as unknown as { __fakeHost: { model: { sheets: Array<{ conditionalFormats: unknown[] }> } } }).__fakeHost.model.sheets[0]!.conditionalFormats.length);
    expect(marks).toBe(0);
    await page.close();
    expect(firstRenderMs).toBeLessThan(5000);
  }, 60000);

  it('inserts the missing indicators from the 模板 tab, keeping the merged structure', async () => {
    const { page } = await openPane();
    await page.getByTestId('check').click();
    await page.getByText('已识别 18 张表').waitFor();
    await page.getByTestId('tab-templates').click();
    await page.getByTestId('templates').waitFor();
    await page.getByRole('combobox').first().click();
    await page.getByRole('option', { name: /^乡村整治专项资金/ }).click();
    await page.getByTestId('fill-missing').click();
    await page.getByTestId('inserted').waitFor();
    expect(await page.getByTestId('inserted').innerText()).toContain('新增“可持续影响指标” 1 行');

    // Show the sheet beside the pane as Excel would draw it: merged cells span their rows.
    await page.setViewportSize({ width: 980, height: 900 });
    await page.evaluate((sheetName) => {
      type Cell = { value: unknown };
      type Range = { top: number; left: number; bottom: number; right: number };
      const host = (window as unknown as { __fakeHost: { model: { sheet: (n: string) => { get: (r: number, c: number) => Cell | undefined; merges: Range[] } } } }).__fakeHost;
      const s = host.model.sheet(sheetName);
      const top = 253;
      const bottom = 277;
      const wrap = document.createElement('div');
      wrap.style.cssText = 'position:fixed;top:0;right:0;width:620px;height:100%;overflow:auto;background:#fff;border-left:2px solid #999;font:12px sans-serif;color:#000;z-index:9999';
      const table = document.createElement('table');
      table.style.cssText = 'border-collapse:collapse;width:100%';
      for (let r = top; r <= bottom; r++) {
        const tr = document.createElement('tr');
        const th = document.createElement('th');
        th.textContent = String(r + 1);
        th.style.cssText = 'background:#eee;border:1px solid #bbb;padding:2px 4px;font-weight:normal';
        tr.appendChild(th);
        for (let c = 0; c <= 4; c++) {
          const m = s.merges.find((x) => r >= x.top && r <= x.bottom && c >= x.left && c <= x.right);
          if (m && (m.top !== r || m.left !== c)) continue;
          const td = document.createElement('td');
          if (m) {
            td.rowSpan = Math.min(m.bottom, bottom) - r + 1;
            td.colSpan = m.right - m.left + 1;
          }
          const v = s.get(r, c)?.value;
          td.textContent = v === null || v === undefined ? '' : String(v);
          td.style.cssText = `border:1px solid #888;padding:2px 4px;vertical-align:middle;${r === 272 ? 'background:#e6f4ea' : ''}`;
          tr.appendChild(td);
        }
        table.appendChild(tr);
      }
      wrap.appendChild(table);
      document.body.appendChild(wrap);
    }, SHEET);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(OUT, 'taskpane-insert.png') });
    // The 效益指标 cell now spans the new row too (B270:B273 after insertion).
    const benefit = await page.evaluate((sheetName) => {
      const host = (window as unknown as { __fakeHost: { model: { sheet: (n: string) => { merges: Array<{ top: number; left: number; bottom: number }> } } } }).__fakeHost;
      return host.model.sheet(sheetName).merges.find((m) => m.left === 1 && m.top <= 272 && m.bottom >= 272);
    }, SHEET);
    expect(benefit).toMatchObject({ top: 269, bottom: 272 });
    await page.close();
  }, 60000);

  it('lists a cross-table finding under 跨表核对 and goes to the cell on the other sheet', async () => {
    const { page } = await openPane({ book: unitWorkbook });
    await page.getByTestId('check').click();
    await page.getByText('已识别 32 张表').waitFor();
    expect(await page.getByTestId('summary').innerText()).toContain('单位预算·政府采购预算表 1');
    await page.getByText('跨表核对').first().waitFor();
    const finding = page.locator('[data-testid="finding"][data-rule="budget-figures-agree"]');
    expect(await finding.innerText()).toContain('8.5 万元与基本支出表 30231 公务用车运行维护费 8.4 万元不一致');
    await finding.scrollIntoViewIfNeeded();
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(OUT, 'taskpane-cross-table.png') });
    await finding.locator('[data-testid="other-cell-link"]').click();
    await page.waitForFunction(() => {
      const sel = (window as unknown as { __fakeHost: { model: { selection: { sheet: string; address: string } } } }).__fakeHost.model.selection;
      return sel.sheet === '一般公共预算财政拨款基本支出表' && sel.address === 'D26';
    });
    // Both ends carry a mark.
    const marked = await page.evaluate(() => {
      const host = (window as unknown as { __fakeHost: { model: { sheet(n: string): { conditionalFormats: Array<{ formula?: string }> } } } }).__fakeHost;
      return host.model.sheet('一般公共预算财政拨款基本支出表').conditionalFormats.filter((cf) => /perf-target/.test(cf.formula ?? '')).length;
    });
    expect(marked).toBe(1);
    await page.close();
  }, 60000);

  it('teaches a column it did not know its role, saves it in the workbook, and 清除 takes it away', async () => {
    const { page } = await openPane({ book: unknownColumnWorkbook, excelApi: 7 });
    await page.getByTestId('check').click();
    await page.getByText('已识别 1 张表').waitFor();
    const columns = page.getByTestId('columns');
    await columns.waitFor();
    expect(await columns.innerText()).toContain('「计算单位」（文化活动!E4）');
    expect(await page.locator('[data-testid="finding"][data-rule="cost-value-is-money"]').count()).toBe(1);
    await columns.getByRole('combobox').click();
    await page.getByRole('option', { name: '计量单位' }).click();
    // Re-checked with the column's role: 8 · 万元 is money, 12 · 场 a count.
    await page.locator('[data-testid="finding"][data-rule="cost-value-is-money"]').waitFor({ state: 'detached' });
    const stored = await page.evaluate(() => {
      const host = (window as unknown as { __fakeHost: { model: { sheet(n: string): { visibility: string; get(r: number, c: number): { value: unknown } } | undefined } } }).__fakeHost;
      const sheet = host.model.sheet('__绩效目标表助手');
      return sheet ? { visibility: sheet.visibility, json: String(sheet.get(0, 0)?.value) } : undefined;
    });
    expect(stored?.visibility).toBe('VeryHidden');
    expect(JSON.parse(stored!.json).columns).toEqual([{ sheet: '文化活动', heading: '计算单位', role: 'unit' }]);
    await page.screenshot({ path: join(OUT, 'taskpane-columns.png') });

    await page.getByRole('tab', { name: '设置' }).click();
    await page.getByTestId('clear-store').click();
    await page.getByText('已清除工作簿中的助手数据。').waitFor();
    const gone = await page.evaluate(() => (window as unknown as { __fakeHost: { model: { sheet(n: string): unknown } } }).__fakeHost.model.sheet('__绩效目标表助手') === undefined);
    expect(gone).toBe(true);
    await page.getByRole('tab', { name: '问题' }).click();
    await page.locator('[data-testid="finding"][data-rule="cost-value-is-money"]').waitFor();
    await page.close();
  }, 60000);

  it('follows a dark Office theme', async () => {
    const { page } = await openPane({ dark: true });
    await page.getByTestId('check').click();
    await page.getByText('已识别 18 张表').waitFor();
    await page.waitForTimeout(400);
    const bg = await page.locator('main').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).not.toBe('rgb(255, 255, 255)');
    await page.screenshot({ path: join(OUT, 'taskpane-dark.png'), fullPage: false });
    await page.close();
  }, 30000);

  it('says plainly when it is not running in Excel, or Excel is too old', async () => {
    const outside = await openPane({ office: false });
    await outside.page.getByTestId('unavailable').waitFor();
    expect(await outside.page.getByTestId('unavailable').innerText()).toContain('请在 Excel 中打开本加载项');
    await outside.page.close();

    const old = await openPane({ excelApi: 6 });
    await old.page.getByTestId('unavailable').waitFor();
    expect(await old.page.getByTestId('unavailable').innerText()).toContain('此 Excel 版本过旧');
    await old.page.close();
  }, 30000);

  it('runs the check at once when opened from the 一键检查 button', async () => {
    const { page } = await openPane();
    await page.goto(`${base}/taskpane.html?action=check`);
    await page.getByText('已识别 18 张表').waitFor();
    await page.close();
  }, 30000);
});
