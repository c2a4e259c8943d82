/**
 * `npm run build:wps` and the WPS add-in it builds, in Debian's Chromium (playwright-core) with the
 * fake WPS application standing in for `window.Application`: the main page's ribbon callback opens
 * the pane, which checks the workbook, follows a live edit, re-checks on 一键检查 while open, and
 * inserts template rows; a screenshot of the pane over the fake host for the README.
 * The build's checks run without Chromium; the browser's are skipped with a message when
 * /usr/bin/chromium is missing (CI installs it).
 */
import { spawnSync } from 'child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync } from 'fs';
import type { Server } from 'http';
import { join } from 'path';
import { parse } from 'acorn';
import { SaxesParser } from 'saxes';
import type { Browser, Frame, Page } from 'playwright-core';
import { fakeWpsFromXlsx } from '../support/fakeWps/fromXlsx';
import type { SerializedWps } from './fakeWpsEntry';
import { bundleFake, CHROMIUM, launchChromium, serve } from './harness';

const ROOT = join(__dirname, '..', '..');
const WPS = join(ROOT, 'dist', 'wps');
const OUT = join(__dirname, 'output');
const SHEET = '项目绩效目标表';
const describeIf = existsSync(CHROMIUM) ? describe : describe.skip;
if (!existsSync(CHROMIUM)) console.warn(`WPS browser test skipped: ${CHROMIUM} not found (apt-get install -y chromium)`);

let folder = '';

beforeAll(() => {
  const build = spawnSync('npx', ['webpack', '--config', 'wps/webpack.config.js', '--mode', 'production'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`npm run build:wps failed: ${build.stdout}${build.stderr}`);
  folder = readdirSync(WPS).find((f) => f.startsWith('perf-target_'))!;
}, 240000);

describe('npm run build:wps', () => {
  it('writes the add-in folder and a publish.xml that names it', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(folder).toBe(`perf-target_${pkg.version}`);
    for (const f of ['index.html', 'main.js', 'taskpane.html', 'taskpane.js', 'ribbon.xml', 'assets/icon-80.png']) expect(existsSync(join(WPS, folder, f))).toBe(true);
    const publish = readFileSync(join(WPS, 'publish.xml'), 'utf8');
    expect(publish).toMatch(new RegExp(`<jsplugin name="perf-target" type="et" url="${folder}" version="${pkg.version}" enable="enable" install="null"/>`));
  });

  it('writes well-formed XML: ribbon.xml in the Office CustomUI namespace, publish.xml a jsplugins list', () => {
    const root = (xml: string) => {
      const parser = new SaxesParser({ xmlns: true });
      let first: { local: string; uri: string } | undefined;
      parser.on('opentag', (t) => (first ??= { local: t.local, uri: t.uri }));
      parser.write(xml).close();
      return first;
    };
    expect(root(readFileSync(join(WPS, folder, 'ribbon.xml'), 'utf8'))).toEqual({ local: 'customUI', uri: 'http://schemas.microsoft.com/office/2006/01/customui' });
    expect(root(readFileSync(join(WPS, 'publish.xml'), 'utf8'))).toEqual({ local: 'jsplugins', uri: '' });
  });

  it('has a ribbon with 打开助手 and 一键检查 whose callbacks the main page defines', () => {
    const xml = readFileSync(join(WPS, folder, 'ribbon.xml'), 'utf8');
    expect(xml).toContain('label="绩效目标"');
    expect(xml).toMatch(/id="PerfTarget.Open" label="打开助手"/);
    expect(xml).toMatch(/id="PerfTarget.Check" label="一键检查"/);
    const callbacks = [...xml.matchAll(/(?:onAction|getImage|onLoad)="ribbon\.(\w+)"/g)].map((m) => m[1]!);
    const ribbon = readFileSync(join(WPS, folder, 'main.js'), 'utf8');
    for (const name of new Set(callbacks)) expect(ribbon).toContain(name);
    expect(readFileSync(join(WPS, folder, 'index.html'), 'utf8')).toMatch(/<script[^>]*src="?main\.js/);
  });

  it('needs nothing from outside its folder: no office.js, no CDN, scripts by relative path', () => {
    for (const page of ['index.html', 'taskpane.html']) {
      const html = readFileSync(join(WPS, folder, page), 'utf8');
      expect(html).not.toMatch(/office\.js|appsforoffice|https?:\/\//);
      for (const m of html.matchAll(/src="?([^"\s>]+)/g)) expect(existsSync(join(WPS, folder, m[1]!))).toBe(true);
    }
  });

  it('is ES2018 syntax at most, for the Chromium WPS embeds', () => {
    for (const f of ['main.js', 'taskpane.js']) expect(() => parse(readFileSync(join(WPS, folder, f), 'utf8'), { ecmaVersion: 2018 })).not.toThrow();
  });
});

let server: Server;
let base = '';
let browser: Browser;
let fakeWps = '';
let workbook: SerializedWps;


/** The add-in's main page, as WPS loads it (hidden), with the fake application. */
async function openMainPage(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 820 } });
  await page.addInitScript((d) => ((window as unknown as Record<string, unknown>).__FAKE_WPS__ = d), workbook);
  await page.addInitScript({ content: fakeWps });
  // Nothing leaves the machine.
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  await page.goto(`${base}/${folder}/index.html`);
  await page.waitForFunction(() => typeof (window as unknown as { ribbon?: unknown }).ribbon === 'object');
  return page;
}

async function press(page: Page, id: string): Promise<void> {
  await page.evaluate((button) => (window as unknown as { ribbon: { OnAction(c: { Id: string }): boolean } }).ribbon.OnAction({ Id: button }), id);
}

async function pane(page: Page): Promise<Frame> {
  await page.locator('#wps-pane').waitFor();
  const handle = await page.locator('#wps-pane').elementHandle();
  return (await handle!.contentFrame())!;
}

describeIf('the WPS add-in in Chromium', () => {
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    fakeWps = await bundleFake(join(__dirname, 'fakeWpsEntry.ts'), join(OUT, 'fake'), 'fake-wps.js');
    const app = await fakeWpsFromXlsx(join(ROOT, 'test', 'fixtures', 'seed-000-pingluo-zuzhibu.xlsx'));
    workbook = { name: app.workbookName, sheets: app.sheets.map((s) => ({ name: s.name, visible: s.visible, cells: [...s.cells.entries()], merges: s.merges, conditions: s.conditions })) };
    ({ server, base } = await serve(WPS));
    browser = await launchChromium();
  }, 240000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
  });

  it('opens from the ribbon and checks, follows a live edit, re-checks on 一键检查, inserts template rows', async () => {
    const page = await openMainPage();
    // 一键检查 with the pane closed: the pane opens and checks at once.
    await press(page, 'PerfTarget.Check');
    const frame = await pane(page);
    await frame.getByText('已识别 18 张表').waitFor({ timeout: 30000 });
    await frame.locator('[data-testid="finding"][data-cell="E104"]').waitFor();
    const marks = () => page.evaluate((s) => (window as unknown as { __fakeWps: { sheet(n: string): { conditions: Array<{ formula: string }> } } }).__fakeWps.sheet(s).conditions.filter((c) => c.formula.includes('perf-target')).length, SHEET);
    expect(await marks()).toBeGreaterThan(10);

    // The user corrects 时效 in WPS; the pane updates by itself (SheetChange).
    await page.evaluate((s) => (window as unknown as { __fakeWps: { userEdit(a: string, b: string, c: string): void } }).__fakeWps.userEdit(s, 'E104', '2024年12月底前'), SHEET);
    await frame.locator('[data-testid="finding"][data-cell="E104"]').waitFor({ state: 'detached' });

    // A value typed while the pane is open is marked once 一键检查 is pressed again (the pane is shown, not opened twice).
    await page.evaluate(() => {
      const app = (window as unknown as { __fakeWps: { listeners: Map<string, unknown[]> } }).__fakeWps;
      app.listeners.set('SheetChange', []); // as if live checking were off
    });
    await page.evaluate((s) => (window as unknown as { __fakeWps: { userEdit(a: string, b: string, c: string): void } }).__fakeWps.userEdit(s, 'E21', '明显提高'), SHEET);
    await press(page, 'PerfTarget.Check');
    await frame.locator('[data-testid="finding"][data-cell="E21"]').first().waitFor({ timeout: 10000 });
    expect(await page.locator('#wps-pane').count()).toBe(1);

    // 模板: fill 乡村整治专项资金's missing 可持续影响指标.
    await frame.getByTestId('tab-templates').click();
    await frame.getByTestId('templates').waitFor();
    await frame.getByRole('combobox').first().click();
    await frame.getByRole('option', { name: /^乡村整治专项资金/ }).click();
    await frame.getByTestId('fill-missing').click();
    await frame.getByTestId('inserted').waitFor();
    expect(await frame.getByTestId('inserted').innerText()).toContain('新增“可持续影响指标” 1 行');
    const lost = await page.evaluate(() => (window as unknown as { __fakeWps: { lostValues: string[] } }).__fakeWps.lostValues);
    expect(lost).toEqual([]);
    await page.close();
  }, 120000);

  it('says so in Chinese when the pane page is opened outside WPS', async () => {
    const page = await browser.newPage({ viewport: { width: 350, height: 600 } });
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    await page.goto(`${base}/${folder}/taskpane.html`);
    await page.getByTestId('unavailable').waitFor();
    expect(await page.getByTestId('unavailable').innerText()).toContain('当前页面没有运行在 WPS 表格中');
    await page.close();
  }, 30000);

  it('takes a screenshot of the pane over the fake WPS host', async () => {
    const page = await openMainPage();
    await press(page, 'PerfTarget.Open');
    const frame = await pane(page);
    await frame.getByTestId('check').click();
    await frame.getByText('已识别 18 张表').waitFor({ timeout: 30000 });
    await page.evaluate((s) => (window as unknown as { __drawSheet(n: string, t: number, b: number, c: number): void }).__drawSheet(s, 90, 125, 5), SHEET);
    await page.waitForTimeout(400);
    const shot = join(OUT, 'wps-pane.png');
    await page.screenshot({ path: shot });
    // The README's copy is refreshed when asked (UPDATE_SCREENSHOTS=1), not on every run.
    if (process.env.UPDATE_SCREENSHOTS) copyFileSync(shot, join(ROOT, 'assets', 'screenshots', 'wps-pane.png'));
    await page.close();
  }, 60000);
});
