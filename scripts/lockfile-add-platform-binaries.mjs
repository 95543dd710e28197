// The npm registry reachable from our machines does not serve Tailwind's native binaries for
// platforms other than Linux, so `npm install` here leaves them out of package-lock.json and a
// later `npm ci` refuses the lockfile. This adds them back as the optional, platform-specific
// entries npm writes with the full registry (npm skips them on other platforms).
// Run after any `npm install` that rewrites the lockfile: node scripts/lockfile-add-platform-binaries.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const lockPath = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const oxide = lock.packages['node_modules/@tailwindcss/oxide'];
const platforms = {
  'android-arm64': { os: ['android'], cpu: ['arm64'] },
  'darwin-arm64': { os: ['darwin'], cpu: ['arm64'] },
  'darwin-x64': { os: ['darwin'], cpu: ['x64'] },
  'freebsd-x64': { os: ['freebsd'], cpu: ['x64'] },
  'linux-arm-gnueabihf': { os: ['linux'], cpu: ['arm'] },
  'wasm32-wasi': { cpu: ['wasm32'] },
  'win32-arm64-msvc': { os: ['win32'], cpu: ['arm64'] },
  'win32-x64-msvc': { os: ['win32'], cpu: ['x64'] },
};
let added = 0;
for (const [suffix, constraints] of Object.entries(platforms)) {
  const name = `@tailwindcss/oxide-${suffix}`;
  if (!(name in (oxide.optionalDependencies ?? {}))) continue;
  const key = `node_modules/${name}`;
  if (lock.packages[key]) continue;
  lock.packages[key] = {
    version: oxide.optionalDependencies[name],
    ...constraints,
    dev: true,
    license: 'MIT',
    optional: true,
    engines: { node: '>= 20' },
  };
  added++;
}
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)),
);
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`Added ${added} platform entries to package-lock.json`);
