// Bundles the administration page (run by the Maven build: npm ci && npm run build). Everything the page needs is in
// the bundle: no download when the page runs. The bundle the application serves is the copy committed in
// src/main/resources/static/admin (so a JDK alone builds and runs DXFlow); with DXFLOW_ADMIN_COMMITTED set, the build
// fails unless that copy is exactly what these sources bundle to.
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';

const out = process.env.DXFLOW_ADMIN_OUT || '../target/classes/static/admin';
const committed = process.env.DXFLOW_ADMIN_COMMITTED;
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

if (committed) {
  const stale = ['main.js', 'main.css'].filter((file) => !existsSync(`${committed}/${file}`)
      || !readFileSync(`${out}/${file}`).equals(readFileSync(`${committed}/${file}`)));
  if (stale.length > 0) {
    console.error(`The committed bundle in ${committed} differs from a fresh build of admin-ui/ (${stale.join(', ')}): `
        + `copy ${out}/main.js and main.css there and commit them.`);
    process.exit(1);
  }
  console.log(`the committed bundle in ${committed} is what admin-ui/ builds to`);
}
