// Bundles the administration page into the application's static resources (run by the Maven build:
// npm ci && npm run build). Everything the page needs is in the bundle: no download when the page runs.
import { build } from 'esbuild';
import { cpSync, mkdirSync, statSync } from 'node:fs';

const out = process.env.DXFLOW_ADMIN_OUT || '../target/classes/static/admin';
mkdirSync(out, { recursive: true });
const started = Date.now();
await build({
  entryPoints: ['src/main.js'],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  outdir: out,
  loader: { '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl', '.eot': 'dataurl', '.svg': 'dataurl' },
  logLevel: 'warning'
});
cpSync('src/index.html', `${out}/index.html`);
const kb = (file) => Math.round(statSync(`${out}/${file}`).size / 1024);
console.log(`admin page bundled into ${out} in ${Date.now() - started} ms: main.js ${kb('main.js')} KiB, main.css ${kb('main.css')} KiB`);
