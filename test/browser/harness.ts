/** What both browser tests need: a fake host bundled for the page, a static server for a built folder, and Debian's Chromium. */
import { existsSync, readFileSync } from 'fs';
import { createServer, type Server } from 'http';
import { AddressInfo } from 'net';
import { extname, join } from 'path';
import { chromium, type Browser } from 'playwright-core';
import webpack from 'webpack';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.png': 'image/png', '.xml': 'application/xml' };

/** Bundles a fake host's entry (TypeScript) into one script for the page; returns its text. */
export async function bundleFake(entry: string, outDir: string, filename: string): Promise<string> {
  const compiler = webpack({
    mode: 'development',
    devtool: false,
    entry,
    output: { path: outDir, filename },
    resolve: { extensions: ['.ts', '.js'] },
    module: { rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext' } } } }] },
  });
  await new Promise<void>((resolve, reject) => compiler.run((err, stats) => (err || stats?.hasErrors() ? reject(err ?? new Error(stats?.toString())) : resolve())));
  return readFileSync(join(outDir, filename), 'utf8');
}

/** Serves the files under `root` on 127.0.0.1 (nothing outside it); returns the server and its base URL. */
export async function serve(root: string): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const path = join(root, decodeURIComponent((req.url ?? '/').split('?')[0]!));
    if (!path.startsWith(root) || !existsSync(path)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** Debian's Chromium, headless, with nothing that reaches out to the network by itself. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
