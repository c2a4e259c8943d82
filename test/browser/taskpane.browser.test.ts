/**
 * The built task pane in Debian's Chromium (playwright-core), with the fake Excel host standing in
 * for office.js: 一键检查, findings, a live edit, navigation, a fix, and screenshots.
 * Skipped with a clear message when /usr/bin/chromium is missing (CI installs it).
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdirSync } from 'fs';
import type { Server } from 'http';
import { join } from 'path';
import type { Browser, Page } from 'playwright-core';
import { fakeWorkbookFromXlsx } from '../support/fakeExcel/fromXlsx';
import { writeTaughtWorkbook } from '../support/storeWorkbook';
import type { SerializedWorkbook } from './fakeOfficeEntry';
import { bundleFake, CHROMIUM, launchChromium, serve } from './harness';

const ROOT = join(__dirname, '..', '..');
const WEB = join(ROOT, 'dist', 'web');
const OUT = join(__dirname, 'output');
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
/** Seed 002's unit budget set as it is (its figures agree across sheets). */
let unitAsIs: SerializedWorkbook;
/** A new workbook: one empty sheet. */
const emptyWorkbook: SerializedWorkbook = { excelApi: 13, sheets: [{ name: 'Sheet1', cells: [], merges: [] }] };
const SCREENSHOTS = join(OUT, 'screenshots');

function buildFakeOffice(): Promise<string> {
  return bundleFake(join(__dirname, 'fakeOfficeEntry.ts'), join(OUT, 'fake'), 'fake-office.js');
}

/** `office: false`: office.js does not load (a blocked CDN); `plain`: it loads, but in a browser, not in Excel. */
async function openPane(
  options: { excelApi?: number; office?: boolean; plain?: boolean; dark?: boolean; book?: SerializedWorkbook; height?: number; search?: string } = {},
): Promise<{ page: Page; firstRenderMs: number }> {
  const page = await browser.newPage({ viewport: { width: 350, height: options.height ?? 900 } });
  const data = { ...(options.book ?? workbook), excelApi: options.excelApi ?? 13, theme: options.dark ? { bodyBackgroundColor: '#262626' } : { bodyBackgroundColor: '#ffffff' } };
  if (!options.plain) {
    await page.addInitScript((d) => {
      (window as unknown as Record<string, unknown>).__FAKE_WORKBOOK__ = d;
    }, data);
  }
  // Nothing leaves the machine. (Playwright tries routes last-registered first.)
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  // office.js comes from Microsoft's CDN in Excel; here the fake host answers instead.
  await page.route('https://appsforoffice.microsoft.com/**', (route) =>
    options.office === false ? route.fulfill({ status: 404, body: '' }) : route.fulfill({ status: 200, contentType: 'text/javascript', body: fakeOffice }),
  );
  const t0 = Date.now();
  await page.goto(`${base}/taskpane.html${options.search ?? ''}`);
  await page.locator('h1').first().waitFor();
  return { page, firstRenderMs: Date.now() - t0 };
}

describeIf('task pane in Chromium', () => {
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const build = spawnSync('npx', ['webpack', '--mode', 'production'], { cwd: ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`webpack failed: ${build.stdout}${build.stderr}`);
    fakeOffice = await buildFakeOffice();
    const model = await fakeWorkbookFromXlsx(join(ROOT, 'test', 'fixtures', 'seed-000-pingluo-zuzhibu.xlsx'));
    workbook = { excelApi: 13, sheets: model.sheets.map((s) => ({ name: s.name, cells: [...s.cells.entries()], merges: s.merges })) };
    const unit = await fakeWorkbookFromXlsx(join(ROOT, 'test', 'fixtures', 'seed-002-dachang-unit.xlsx'));
    unitAsIs = { excelApi: 13, sheets: unit.sheets.map((s) => ({ name: s.name, cells: structuredClone([...s.cells.entries()]), merges: s.merges })) };
    unit.sheet('财政拨款三公经费支出表')!.get(11, 2)!.value = 8.5;
    unitWorkbook = { excelApi: 13, sheets: unit.sheets.map((s) => ({ name: s.name, cells: [...s.cells.entries()], merges: s.merges })) };
    await writeTaughtWorkbook(join(OUT, 'unknown-column.xlsx'));
    const unknown = await fakeWorkbookFromXlsx(join(OUT, 'unknown-column.xlsx'));
    unknownColumnWorkbook = { excelApi: 7, sheets: unknown.sheets.map((s) => ({ name: s.name, cells: [...s.cells.entries()], merges: s.merges })) };
    ({ server, base } = await serve(WEB));
    browser = await launchChromium();
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
    // Compact: tables with errors, with warnings, clean; the kinds in its tooltip.
    expect(await page.getByTestId('summary').innerText()).toMatch(/^已识别 18 张表：\d+ 张有错误，\d+ 张有警告，\d+ 张无错误和警告$/);
    expect(await page.getByTestId('summary').getAttribute('title')).toContain('项目支出绩效目标表（宁夏表样） 18');
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

    // Keyboard: the finding is one tab stop and Enter goes to its cell.
    await page.locator('[data-testid="finding"][data-cell="E102"]').focus();
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

    // Marks go with the file: the pane says so and offers 清除标记 there; after a fix it does not promise the workbook back.
    expect(await page.getByTestId('marks-present').innerText()).toMatch(/工作簿中有 \d+ 处检查标记（条件格式），会随文件一起保存/);
    await page.getByTestId('marks-present-clear').click();
    await page.getByTestId('notice').getByText(/已清除 \d+ 处标记/).waitFor();
    expect(await page.getByTestId('notice').innerText()).toContain('这些改动不会撤回');
    expect(await page.getByTestId('marks-present').count()).toBe(0);
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
      const wrap = document.createElement('div');
      wrap.style.cssText = 'position:fixed;top:0;right:0;width:620px;height:100%;overflow:auto;background:#fff;border-left:2px solid #999;font:12px sans-serif;color:#000;z-index:9999';
      const draw = (window as unknown as { __drawSheet(n: string, t: number, b: number, c: number, h: number): HTMLElement }).__drawSheet;
      wrap.appendChild(draw(sheetName, 253, 277, 5, 272));
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
    expect(await page.getByTestId('summary').getAttribute('title')).toContain('单位预算·政府采购预算表 1');
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

  it('tells apart office.js blocked from a plain browser, and names the Excel versions it needs', async () => {
    const blocked = await openPane({ office: false });
    await blocked.page.getByTestId('unavailable').waitFor();
    expect(await blocked.page.getByTestId('unavailable').innerText()).toContain('无法加载 Office 的脚本（office.js）');
    expect(await blocked.page.getByTestId('unavailable').innerText()).toContain('https://appsforoffice.microsoft.com');
    await blocked.page.close();

    const plain = await openPane({ plain: true });
    await plain.page.getByTestId('unavailable').waitFor();
    expect(await plain.page.getByTestId('unavailable').innerText()).toContain('当前页面没有运行在 Excel 中');
    await plain.page.close();

    const old = await openPane({ excelApi: 6 });
    await old.page.getByTestId('unavailable').waitFor();
    const text = await old.page.getByTestId('unavailable').innerText();
    expect(text).toContain('需要 Excel 2019、Excel 2021、Microsoft 365 或网页版 Excel');
    expect(text).toContain('命令行检查工具');
    expect(text).not.toContain('Excel 2016 或更高');
    await old.page.close();
  }, 30000);

  it('runs the check at once when opened from the 一键检查 button', async () => {
    const { page } = await openPane();
    await page.goto(`${base}/taskpane.html?action=check`);
    await page.getByText('已识别 18 张表').waitFor();
    await page.close();
  }, 30000);

  it('shows errors first on the first screen after 一键检查, compactly, and walks the problems in sheet order', async () => {
    const { page } = await openPane({ book: unitWorkbook, height: 640 });
    await page.getByTestId('check').click();
    await page.getByText('已识别 32 张表').waitFor();
    const first = page.getByTestId('finding').first();
    expect(await first.getAttribute('data-severity')).toBe('error');
    const box = await first.boundingBox();
    expect(box!.y + box!.height).toBeLessThan(640);
    const text = await page.locator('main').innerText();
    expect(text).not.toContain('引擎用时');
    expect(text).not.toMatch(/」\d+ 张/);
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(SCREENSHOTS, 'first-screen.png') });

    // 下一个问题 walks the cells in sheet order; 上一个问题 goes back.
    const selection = () => page.evaluate(() => ({ ...(window as unknown as { __fakeHost: { model: { selection: { sheet: string; address: string } } } }).__fakeHost.model.selection }));
    await page.getByTestId('next').click();
    await page.getByTestId('position').waitFor();
    expect(await page.getByTestId('position').innerText()).toMatch(/^第 1 个，共 \d+ 个$/);
    const one = await selection();
    await page.getByTestId('next').click();
    await page.waitForFunction((a) => (window as unknown as { __fakeHost: { model: { selection: { sheet: string; address: string } } } }).__fakeHost.model.selection.address !== a, one.address);
    expect(await page.getByTestId('position').innerText()).toMatch(/^第 2 个/);
    await page.getByTestId('prev').click();
    await page.waitForFunction((a) => (window as unknown as { __fakeHost: { model: { selection: { sheet: string; address: string } } } }).__fakeHost.model.selection.address === a, one.address);
    expect(await selection()).toEqual(one);
    expect(await page.getByTestId('live-status').innerText()).toMatch(/^第 1 个，共 \d+ 个。(错误|警告|提示)：/);
    await page.close();
  }, 60000);

  it('opens what a live edit raises on another sheet and scrolls it into view', async () => {
    const { page } = await openPane({ book: unitAsIs, height: 640 });
    await page.getByTestId('check').click();
    await page.getByText('已识别 32 张表').waitFor();
    expect(await page.locator('[data-testid="finding"][data-rule="budget-figures-agree"]').count()).toBe(0);
    // The user closes every group, then changes 公务用车运行维护费 in the 三公 table.
    const open = page.locator('[data-testid="findings"] button[aria-expanded="true"]');
    while ((await open.count()) > 0) await open.first().click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="finding"]').length === 0);
    await page.evaluate(() => (window as unknown as { __fakeHost: { userEdit: (s: string, a: string, v: unknown[][]) => void } }).__fakeHost.userEdit('财政拨款三公经费支出表', 'C12', [[8.5]]));
    const raised = page.locator('[data-testid="finding"][data-rule="budget-figures-agree"]');
    await raised.first().waitFor();
    expect(await raised.first().getAttribute('data-fresh')).toBe('true');
    await page.waitForTimeout(300);
    const box = await raised.first().boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(640);
    expect(await page.getByTestId('live-status').innerText()).toMatch(/^已重新检查「财政拨款三公经费支出表」，新增 \d+ 个问题/);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SCREENSHOTS, 'live-cross-sheet.png') });
    await page.close();
  }, 60000);

  it('keeps every group open after rows go in above the tables', async () => {
    const { page } = await openPane();
    await page.getByTestId('check').click();
    await page.getByText('已识别 18 张表').waitFor();
    const before = await page.getByTestId('finding').count();
    await page.evaluate((sheet) => (window as unknown as { __fakeHost: { userInsertRows: (s: string, at: number, n: number) => void } }).__fakeHost.userInsertRows(sheet, 0, 2), SHEET);
    await page.waitForFunction(() => document.querySelector('[data-testid="finding"]')?.getAttribute('data-cell') !== null && Array.from(document.querySelectorAll("[data-testid=live-status]")).some((e) => (e.textContent ?? "").startsWith("已重新检查")));
    expect(await page.getByTestId('finding').count()).toBe(before);
    await page.close();
  }, 60000);

  it('is usable by keyboard and screen reader: one tab stop per finding, severity and status announced, labelled inputs, tab panels', async () => {
    const { page } = await openPane();
    await page.getByTestId('check').click();
    await page.getByText('已识别 18 张表').waitFor();
    const status = page.getByTestId('live-status');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await status.textContent()).toMatch(/^检查完成：18 张表，错误 \d+ 个/);
    // Severity is in the text, not only in the icon's colour.
    for (const f of (await page.getByTestId('finding').all()).slice(0, 5)) expect(await f.textContent()).toMatch(/^(错误|警告|提示)：/);
    // Tab moves finding to finding; the arrow keys reach the links inside one.
    const findings = page.getByTestId('finding');
    await findings.nth(0).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('finding');
    expect(await page.evaluate(() => document.activeElement === document.querySelectorAll('[data-testid="finding"]')[1])).toBe(true);
    // A visible focus ring on the finding reached by keyboard.
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-fui-focus-visible'))).toBe(true);
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('cell-link');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('finding');
    // Tab panels are marked up and named by their tabs.
    const panel = page.getByRole('tabpanel');
    expect(await panel.getAttribute('aria-labelledby')).toBe('tab-findings');
    expect(await page.locator('#tab-findings').getAttribute('role')).toBe('tab');
    // The number inputs' buttons announce Chinese names.
    await page.getByTestId('tab-settings').click();
    expect(await page.getByRole('button', { name: '增大' }).count()).toBe(2);
    expect(await page.getByRole('button', { name: '减小' }).count()).toBe(2);
    expect(await page.getByRole('button', { name: /Increment|Decrement/ }).count()).toBe(0);
    expect(await page.getByRole('spinbutton', { name: '满意度下限（%）' }).count()).toBe(1);
    await page.close();
  }, 60000);

  it('offers 同类全部应用 once per kind and group, labels the counts, and keeps the toolbar on one line at 350 px', async () => {
    const { page } = await openPane();
    await page.getByTestId('check').click();
    await page.getByText('已识别 18 张表').waitFor();
    const groups = await page.locator('[data-testid="findings"] > div').all();
    for (const g of groups) {
      const kinds = await g.locator('[data-testid="apply-all-of-kind"]').count();
      const rules = new Set(await g.locator('[data-testid="finding"]:has([data-testid="apply-fix"])').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule'))));
      expect(kinds).toBeLessThanOrEqual(rules.size);
    }
    expect(await page.locator('[data-testid="findings"]').innerText()).toMatch(/· \d+ 个问题/);
    const check = await page.getByTestId('check').boundingBox();
    const live = await page.getByText('边填边查', { exact: true }).boundingBox();
    expect(Math.abs(check!.y + check!.height / 2 - (live!.y + live!.height / 2))).toBeLessThan(8);
    expect(live!.x + live!.width).toBeLessThanOrEqual(350 - 8);
    expect(live!.height).toBeLessThan(44); // one line of text (two would be about 56 px)
    await page.close();
  }, 60000);

  it('follows an Office theme change while open', async () => {
    const { page } = await openPane();
    await page.getByTestId('check').click();
    await page.getByText('已识别 18 张表').waitFor();
    expect(await page.locator('main').getAttribute('data-theme')).toBe('light');
    await page.evaluate(() => (window as unknown as { __setOfficeTheme: (bg: string) => void }).__setOfficeTheme('#262626'));
    await page.locator('main[data-theme="dark"]').waitFor();
    await page.waitForTimeout(400);
    expect(await page.locator('main').evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgb(255, 255, 255)');
    await page.screenshot({ path: join(SCREENSHOTS, 'dark-theme.png') });
    await page.close();
  }, 30000);

  it('offers 新建空白表 in an empty workbook', async () => {
    const { page } = await openPane({ book: emptyWorkbook });
    await page.getByTestId('check').click();
    await page.getByTestId('no-tables').waitFor();
    await page.getByTestId('tab-templates').click();
    expect(await page.getByTestId('templates').innerText()).toContain('还没有识别到绩效目标表');
    await page.getByTestId('blank-new-sheet').click();
    await page.getByTestId('inserted').waitFor();
    // The new table is recognised at once and offered for completing.
    await page.getByText('插入到哪张表').waitFor();
    const sheets = await page.evaluate(() => (window as unknown as { __fakeHost: { model: { sheets: Array<{ name: string }> } } }).__fakeHost.model.sheets.map((s) => s.name));
    expect(sheets.length).toBe(2);
    await page.close();
  }, 30000);

  it('refuses an out-of-range setting with a message, switches a rule off, and says it saved only once it did', async () => {
    const { page } = await openPane();
    await page.getByTestId('check').click();
    await page.getByText('已识别 18 张表').waitFor();
    const timeliness = await page.locator('[data-testid="finding"][data-rule="timeliness-value-is-time"]').count();
    expect(timeliness).toBeGreaterThan(0);
    await page.getByTestId('tab-settings').click();
    expect(await page.getByTestId('settings-saved').innerText()).toContain('修改的设置保存在本工作簿中');
    const floor = page.getByRole('spinbutton', { name: '满意度下限（%）' });
    await floor.fill('30');
    await floor.press('Enter');
    await page.getByText('请输入 50 到 100 之间的数，未保存').waitFor();
    expect(await page.getByTestId('settings-saved').innerText()).toContain('修改的设置保存在本工作簿中');
    await page.getByRole('button', { name: /检查规则/ }).click();
    await page.getByTestId('rule-timeliness-value-is-time').click();
    await page.getByText('设置已随工作簿保存').waitFor();
    await page.getByTestId('tab-findings').click();
    await page.getByText('已识别 18 张表').waitFor();
    expect(await page.locator('[data-testid="finding"][data-rule="timeliness-value-is-time"]').count()).toBe(0);
    await page.close();
  }, 60000);

  it('runs the check from the ribbon through the shared runtime (the Microsoft 365 manifest)', async () => {
    const { page } = await openPane();
    await page.getByText('点击“一键检查”').waitFor();
    await page.evaluate(() => (window as unknown as { __ribbon: (name: string) => Promise<void> }).__ribbon('runCheck'));
    await page.getByText('已识别 18 张表').waitFor();
    await page.close();
  }, 30000);

  it('dismisses a finding with a reason, lists it under 已忽略, and brings it back', async () => {
    const { page } = await openPane({ height: 760 });
    await page.getByTestId('check').click();
    await page.getByText('已识别 18 张表').waitFor();
    const target = page.locator('[data-testid="finding"][data-cell="E104"]');
    // Its rule's explanation is one click away.
    await target.getByTestId('explain').click();
    const explanation = await target.getByTestId('explanation').innerText();
    expect(explanation).toContain('为什么：时效指标反映什么时候完成');
    expect(explanation).toContain('依据：财预〔2021〕101号');
    await target.getByTestId('dismiss').click();
    await page.getByTestId('dismiss-reason').fill('按省厅口径，“保障人才工作有效开展”作为时效表述');
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SCREENSHOTS, 'dismiss-reason.png') });
    await page.getByTestId('dismiss-confirm').click();
    await target.waitFor({ state: 'detached' });
    const dismissed = page.getByTestId('dismissed');
    await dismissed.getByRole('button', { name: /已忽略（1）/ }).click();
    const item = page.getByTestId('dismissed-finding');
    expect(await item.innerText()).toContain('理由：按省厅口径');
    await item.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SCREENSHOTS, 'dismissed.png') });
    // Not marked any more, and kept in the workbook's store.
    const state = await page.evaluate(() => {
      const host = (window as unknown as { __fakeHost: { model: { sheet(n: string): { conditionalFormats: Array<{ formula?: string; range: { top: number; bottom: number; left: number; right: number } }>; get(r: number, c: number): { value: unknown } | undefined } | undefined } } }).__fakeHost;
      const marked = host.model.sheet('项目绩效目标表')!.conditionalFormats.some((cf) => /perf-target/.test(cf.formula ?? '') && cf.range.top <= 103 && cf.range.bottom >= 103 && cf.range.left <= 4 && cf.range.right >= 4);
      return { marked, store: String(host.model.sheet('__绩效目标表助手')?.get(0, 0)?.value ?? '') };
    });
    expect(state.marked).toBe(false);
    expect(state.store).toContain('按省厅口径');
    await item.getByTestId('restore').click();
    await page.locator('[data-testid="finding"][data-cell="E104"]').waitFor();
    await page.close();
  }, 60000);

  it('exports the findings to a 检查结果 sheet, shown beside the pane', async () => {
    const { page } = await openPane({ book: unitWorkbook });
    await page.getByTestId('check').click();
    await page.getByText('已识别 32 张表').waitFor();
    await page.getByTestId('export').click();
    await page.getByTestId('notice').getByText('检查结果已导出到新工作表「检查结果」。').waitFor();
    // Draw the new sheet beside the pane as Excel would show it.
    await page.setViewportSize({ width: 1200, height: 700 });
    await page.evaluate(() => {
      type Cell = { value: unknown; hyperlink?: unknown };
      const host = (window as unknown as { __fakeHost: { model: { sheet: (n: string) => { get: (r: number, c: number) => Cell | undefined; columnWidths: Map<number, number> } } } }).__fakeHost;
      const s = host.model.sheet('检查结果');
      const wrap = document.createElement('div');
      wrap.style.cssText = 'position:fixed;top:0;right:0;width:840px;height:100%;overflow:auto;background:#fff;border-left:2px solid #999;font:12px sans-serif;color:#000;z-index:9999';
      const table = document.createElement('table');
      table.style.cssText = 'border-collapse:collapse;table-layout:fixed';
      for (let r = 0; r < 30; r++) {
        const tr = document.createElement('tr');
        for (let c = 0; c < 7; c++) {
          const td = document.createElement('td');
          const cell = s.get(r, c);
          // The title lines overflow into the empty cells beside them, as in Excel.
          if (r < 3 && c > 0) continue;
          if (r < 3) td.colSpan = 7;
          td.textContent = cell?.value === null || cell?.value === undefined ? '' : String(cell.value);
          td.style.cssText = `border:1px solid #ccc;padding:2px 4px;vertical-align:top;width:${(s.columnWidths.get(c) ?? 60) / 1.6}px;${r === 3 ? 'font-weight:bold;background:#eee;' : ''}${r === 0 ? 'font-weight:bold;font-size:15px;' : ''}${cell?.hyperlink ? 'color:#0563c1;text-decoration:underline;' : ''}`;
          tr.appendChild(td);
        }
        table.appendChild(tr);
      }
      wrap.appendChild(table);
      document.body.appendChild(wrap);
    });
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SCREENSHOTS, 'results-sheet.png') });
    const sheets = await page.evaluate(() => (window as unknown as { __fakeHost: { model: { sheets: Array<{ name: string }> } } }).__fakeHost.model.sheets.map((x) => x.name));
    expect(sheets.at(-1)).toBe('检查结果');
    await page.close();
  }, 60000);

  it('stays responsive on hundreds of tables: renders a page of findings, 显示更多 the next, and 下一个问题 reaches past it', async () => {
    // Seed 000's sheet on 30 sheets: 540 tables.
    const base0 = workbook.sheets[0]!;
    const big: SerializedWorkbook = { excelApi: 13, sheets: Array.from({ length: 30 }, (_, i) => ({ ...base0, name: i === 0 ? base0.name : `项目表${i + 1}` })) };
    const { page } = await openPane({ book: big });
    await page.getByTestId('check').click();
    await page.getByText('已识别 540 张表').waitFor({ timeout: 60000 });
    const rendered = await page.getByTestId('finding').count();
    expect(rendered).toBeLessThanOrEqual(200);
    const more = page.getByTestId('show-more');
    expect(await more.innerText()).toMatch(/^显示更多问题（还有 \d+ 个）$/);
    await more.click();
    expect(await page.getByTestId('finding').count()).toBeGreaterThan(rendered);
    expect(await page.getByTestId('finding').count()).toBeLessThanOrEqual(400);
    // 上一个问题 from the start goes to the last problem of the last sheet, far past what is rendered: it is shown.
    await page.getByTestId('prev').click();
    await page.getByTestId('position').waitFor();
    const [i, n] = (await page.getByTestId('position').innerText()).match(/\d+/g)!.map(Number);
    expect(i).toBe(n);
    const sel = await page.evaluate(() => ({ ...(window as unknown as { __fakeHost: { model: { selection: { sheet: string; address: string } } } }).__fakeHost.model.selection }));
    expect(sel.sheet).toBe('项目表30');
    await page.waitForFunction((cell) => document.querySelector(`[data-testid="finding"][data-current="true"][data-cell="${cell}"]`) !== null, sel.address);
    await page.close();
  }, 120000);
});
