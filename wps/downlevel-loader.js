/**
 * Lowers the syntax of packages' JavaScript (Fluent UI ships ES2021: `?.`, `??=`) to ES2017 for the
 * Chromium WPS embeds, with esbuild — a well-kept compiler, and fast. Only syntax: no polyfills.
 */
const esbuild = require('esbuild');

module.exports = function downlevel(source) {
  const done = this.async();
  esbuild
    .transform(source, { loader: 'js', target: 'es2017', sourcefile: this.resourcePath })
    .then((r) => done(null, r.code), done);
};
