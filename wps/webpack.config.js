/**
 * `npm run build:wps`: the WPS 表格 add-in (JS 加载项) folder, written by this script alone (not
 * wpsjs's interactive build):
 *
 *   dist/wps/perf-target_<version>/   the add-in: index.html + main.js (the ribbon's callbacks,
 *                                      loaded hidden by WPS; main.js because WPS builds that write
 *                                      their own index.html load main.js from the folder),
 *                                      taskpane.html + taskpane.js (the pane),
 *                                      ribbon.xml (the 绩效目标 group: 打开助手, 一键检查), assets/
 *   dist/wps/publish.xml              the entry WPS reads from its jsaddons folder to load the add-in
 *
 * Everything the pages need is inside the folder — no office.js, no CDN, no web fonts — so the
 * add-in works on a PC or intranet without internet. `--env url=http://server/path/` writes a
 * publish.xml for an add-in served from an intranet web server instead (WPS's 在线模式).
 *
 * Targets WPS Office 2019 for Windows and WPS Office 2019 for Linux (11.1.0.x), whose JS add-in
 * pages run in the Chromium WPS embeds. The bundle needs Chromium 73 or later: ES2018 syntax at
 * most (packages' code is lowered by wps/downlevel-loader.js; the browser test parses the bundle
 * to hold this) and library calls up to Chromium 73's (String.prototype.matchAll, Object.fromEntries).
 */
const path = require('path');
const fs = require('fs');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const ROOT = path.join(__dirname, '..');
const pkg = require(path.join(ROOT, 'package.json'));
const NAME = 'perf-target';
const FOLDER = `${NAME}_${pkg.version}`;
const OUT = path.join(ROOT, 'dist', 'wps');
const ADDIN = path.join(OUT, FOLDER);

function escapeXml(s) {
  return String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * publish.xml: the add-in folder next to it (离线模式, as wpsjs's offline package installs it), or an
 * intranet URL (在线模式). `type="et"`: WPS 表格.
 */
function publishXml(url) {
  if (url !== undefined) {
    if (!/^https?:\/\/[^\s"]+\/$/.test(url)) throw new Error(`--env url must be an http(s) URL ending in /, got "${url}"`);
    return `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  <jspluginonline name="${NAME}" type="et" url="${escapeXml(url)}" enable="enable" install="null"/>\n</jsplugins>\n`;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  <jsplugin name="${NAME}" type="et" url="${FOLDER}" version="${pkg.version}" enable="enable" install="null"/>\n</jsplugins>\n`;
}

/**
 * Copies ribbon.xml and the icons into the add-in folder; once the folder is written, writes
 * publish.xml beside it (whole or not at all: a temporary file renamed).
 */
class WpsPackagePlugin {
  constructor(url) {
    this.url = url;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('WpsPackage', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'WpsPackage', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const { RawSource } = compiler.webpack.sources;
        compilation.emitAsset('ribbon.xml', new RawSource(fs.readFileSync(path.join(__dirname, 'ribbon.xml'))));
        const icons = path.join(ROOT, 'assets');
        for (const file of fs.readdirSync(icons).filter((f) => f.endsWith('.png'))) {
          compilation.emitAsset(`assets/${file}`, new RawSource(fs.readFileSync(path.join(icons, file))));
        }
      });
    });
    compiler.hooks.afterEmit.tap('WpsPackage', (compilation) => {
      if (compilation.errors.length > 0) return;
      const file = path.join(OUT, 'publish.xml');
      fs.writeFileSync(`${file}.tmp`, publishXml(this.url));
      fs.renameSync(`${file}.tmp`, file);
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode ?? 'production';
  return {
    mode,
    entry: {
      main: path.join(ROOT, 'src', 'wps', 'ribbon.ts'),
      taskpane: path.join(ROOT, 'src', 'wps', 'taskpane.tsx'),
    },
    output: { path: ADDIN, filename: '[name].js', publicPath: '', clean: true },
    target: ['web', 'es2017'],
    devtool: false,
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext', target: 'es2017', sourceMap: false } } },
        },
        { test: /\.m?js$/, include: /node_modules/, use: { loader: path.join(__dirname, 'downlevel-loader.js') } },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ template: path.join(__dirname, 'index.html'), filename: 'index.html', chunks: ['main'], publicPath: '' }),
      new HtmlWebpackPlugin({ template: path.join(__dirname, 'taskpane.html'), filename: 'taskpane.html', chunks: ['taskpane'], publicPath: '' }),
      new WpsPackagePlugin(env.url),
    ],
    performance: { hints: false },
  };
};

module.exports.FOLDER = FOLDER;
module.exports.publishXml = publishXml;
