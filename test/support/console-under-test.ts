import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { PlatformUnderTest } from './platform-under-test';
import { RunningService, startService } from './service-processes';

const repo = path.resolve(__dirname, '..', '..');

/** Where the README's screenshots live: each browser suite run replaces them with the current pages. */
export const SCREENSHOTS = path.join(repo, 'docs', 'screenshots');

/** Chromium from Debian: Playwright's own browser download cannot reach its CDN from CI machines here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The console's server (apps/console/server) in front of the platform's services, serving the
 * console as `npm run console:build` made it (test/run-all.sh builds it once; a suite run on its
 * own builds it when it is missing).
 */
export async function startConsole(platform: PlatformUnderTest): Promise<RunningService> {
  if (!existsSync(path.join(repo, 'dist', 'console', 'index.html'))) {
    execFileSync('npm', ['run', '--silent', 'console:build'], { cwd: repo, stdio: 'inherit' });
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  return startService({ fixture: 'apps/console/server/console-server.js' }, {
    CONSOLE_DIST: path.join(repo, 'dist', 'console'),
    DIRECTORY_URL: platform.url('directory'),
    GRANTS_URL: platform.url('grants'),
    ACTIVITIES_URL: platform.url('activities'),
    INDICATORS_URL: platform.url('indicators'),
  });
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does)`);
  const { chromium } = await import('playwright-core');
  // --no-sandbox: CI runs as root in a container, where Chromium's sandbox cannot start.
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
}
