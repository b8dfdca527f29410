// `npm run serve`: serve dist/ on localhost so the built decks can be presented offline.
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import sirv from 'sirv';

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' }, port: { type: 'string', default: '4173' } } });
const dir = resolve(values.dir);
if (!existsSync(dir)) {
  console.error(`${dir} does not exist: run npm run build first.`);
  process.exit(1);
}
const serve = sirv(dir, { dev: true, etag: true });
createServer((req, res) => serve(req, res, () => { res.statusCode = 404; res.end('Not found'); }))
  .listen(Number(values.port), '127.0.0.1', () => console.log(`Serving ${dir} at http://127.0.0.1:${values.port}/ (Ctrl+C to stop)`));
