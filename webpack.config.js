/**
 * Builds the task pane (React + Fluent UI) into dist/web: taskpane.html, taskpane.js, the icons
 * and two manifests for the server the pane is served from (`--env host=https://…`, default
 * https://localhost:3000):
 *   - manifest.xml: every Excel the add-in supports (2019, 2021, Microsoft 365, the web); both
 *     ribbon buttons show the one pane, 一键检查 with `?action=check` so the pane checks on opening;
 *   - manifest-m365.xml: the same with a shared runtime (SharedRuntime 1.1: Excel 2021 and later,
 *     Microsoft 365, the web), where 一键检查 runs the check in the open pane (an ExecuteFunction
 *     handled by the pane itself). Excel 2019 does not load this one: deploy it only where every
 *     user has Microsoft 365 or Excel 2021.
 * `npm run build` for production; `npm run dev-server` serves it on https://localhost:3000 with
 * office-addin-dev-certs (certificates are only asked for when serving).
 */
const path = require('path');
const fs = require('fs');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const ROOT = __dirname;
const OUT = path.join(ROOT, 'dist', 'web');

/** Copies assets/*.png next to the page (the manifest points at /assets/icon-N.png). */
class CopyAssetsPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('CopyAssets', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'CopyAssets', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const dir = path.join(ROOT, 'assets');
        for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.png'))) {
          compilation.emitAsset(`assets/${file}`, new compiler.webpack.sources.RawSource(fs.readFileSync(path.join(dir, file))));
        }
      });
    });
  }
}

const DEV_HOST = 'https://localhost:3000';

/** The function 一键检查 runs in the shared runtime (registered by src/taskpane/index.tsx). */
const CHECK_FUNCTION = 'runCheck';

/**
 * manifest.xml for a server and a variant: every localhost URL points at `host` (https only), and
 * `sharedRuntime` adds the runtime, its requirement, the function file and the function command.
 */
function manifestFor(xml, { host = DEV_HOST, sharedRuntime = false } = {}) {
  const base = String(host).replace(/\/+$/, '');
  if (!/^https:\/\/[^/\s]+(\/[^\s]*)?$/.test(base)) throw new Error(`--env host must be an https URL, got "${host}"`);
  // The add-in's domain is the server's origin; every URL is under the path it is served from.
  let out = xml.split(`<AppDomain>${DEV_HOST}</AppDomain>`).join(`<AppDomain>${new URL(base).origin}</AppDomain>`).split(DEV_HOST).join(base);
  if (!sharedRuntime) return out;
  const replace = (from, to) => {
    if (!out.includes(from)) throw new Error(`manifest.xml has no ${from.trim().slice(0, 60)}`);
    out = out.replace(from, to);
  };
  replace('<Set Name="ExcelApi" MinVersion="1.7"/>', '<Set Name="ExcelApi" MinVersion="1.7"/>\n      <Set Name="SharedRuntime" MinVersion="1.1"/>');
  replace('<Host xsi:type="Workbook">', '<Host xsi:type="Workbook">\n        <Runtimes>\n          <Runtime resid="Taskpane.Url" lifetime="long"/>\n        </Runtimes>');
  replace('</GetStarted>', '</GetStarted>\n          <FunctionFile resid="Taskpane.Url"/>');
  const check = /(<Control xsi:type="Button" id="PerfTarget.Check">[\s\S]*?)<Action xsi:type="ShowTaskpane">[\s\S]*?<\/Action>/;
  if (!check.test(out)) throw new Error('manifest.xml has no 一键检查 button');
  out = out.replace(check, `$1<Action xsi:type="ExecuteFunction">\n                    <FunctionName>${CHECK_FUNCTION}</FunctionName>\n                  </Action>`);
  out = out.replace(/(<bt:String id="Check.Tooltip" DefaultValue=")[^"]*(">)/, '$1打开助手并立即检查整个工作簿中的绩效目标表，在问题单元格上做标记；助手已打开时重新检查。$2');
  out = out.replace(/(<bt:String id="Check.Tooltip"[^>]*>\s*<bt:Override Locale="en-US" Value=")[^"]*(")/, '$1Open the assistant and check every performance target table now, marking the cells with problems; re-checks when the pane is open.$2');
  return out;
}

/** Writes both manifests next to the pane, for the host the build is for. */
class ManifestPlugin {
  constructor(host) {
    this.host = host;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('Manifest', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'Manifest', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const xml = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
        for (const [file, sharedRuntime] of [['manifest.xml', false], ['manifest-m365.xml', true]]) {
          compilation.emitAsset(file, new compiler.webpack.sources.RawSource(manifestFor(xml, { host: this.host, sharedRuntime })));
        }
      });
    });
  }
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode ?? 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  const config = {
    mode,
    entry: { taskpane: path.join(ROOT, 'src', 'taskpane', 'index.tsx') },
    output: { path: OUT, filename: '[name].js', clean: true },
    devtool: mode === 'production' ? false : 'source-map',
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              // ES modules so webpack can drop the unused parts of Fluent UI and the engine.
              compilerOptions: { module: 'esnext', target: 'es2019', sourceMap: mode !== 'production' },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ template: path.join(ROOT, 'src', 'taskpane', 'taskpane.html'), filename: 'taskpane.html', chunks: ['taskpane'] }),
      new CopyAssetsPlugin(),
      new ManifestPlugin(env.host ?? DEV_HOST),
    ],
    performance: { hints: false },
  };
  if (serving) {
    const devCerts = require('office-addin-dev-certs');
    config.devServer = {
      port: 3000,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: { type: 'https', options: await devCerts.getHttpsServerOptions() },
      static: { directory: path.join(ROOT, 'assets'), publicPath: '/assets' },
      client: { overlay: false },
    };
  }
  return config;
};

module.exports.manifestFor = manifestFor;
module.exports.CHECK_FUNCTION = CHECK_FUNCTION;
