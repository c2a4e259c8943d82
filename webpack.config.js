/**
 * Builds the task pane (React + Fluent UI) into dist/web: taskpane.html, taskpane.js and the
 * icons. `npm run build` for production; `npm run dev-server` serves it on https://localhost:3000
 * with office-addin-dev-certs (certificates are only asked for when serving).
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
