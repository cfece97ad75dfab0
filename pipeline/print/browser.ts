import { accessSync, constants, rmSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer';
import { makeScratch } from '../io/scratch.js';

/** Where Chromium is looked for, after PUPPETEER_EXECUTABLE_PATH. */
const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];

/** Thrown when no browser can be found or started: an environment problem (exit code 3). */
export class BrowserUnavailable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BrowserUnavailable';
  }
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The Chromium to print with: PUPPETEER_EXECUTABLE_PATH, else the usual system paths. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env['PUPPETEER_EXECUTABLE_PATH'];
  if (configured) {
    if (executable(configured)) return configured;
    throw new BrowserUnavailable(
      `PUPPETEER_EXECUTABLE_PATH names ${configured}, which is not an executable file. Correct the path, or unset it to use the system's Chromium ` +
        `(on Debian, install it with: apt-get install -y chromium)`,
    );
  }
  const found = SYSTEM_PATHS.find(executable);
  if (found) return found;
  throw new BrowserUnavailable(
    'no Chromium was found to print the PDF. On Debian, install it with: apt-get install -y chromium ' +
      '(or set PUPPETEER_EXECUTABLE_PATH to a Chromium or Chrome executable)',
  );
}

/** A running headless Chromium with its own throw-away profile and temporary directory. */
export interface PrintBrowser {
  browser: Browser;
  /** Closes the browser and removes its profile and temporary files. */
  close(): Promise<void>;
}

/** How to start Chromium. */
export interface LaunchOptions {
  /** The executable (optional; default: findChromium()). */
  executablePath?: string;
  /** How long Chromium may take to start, in milliseconds (optional; default: 60,000). */
  timeoutMs?: number;
  /**
   * Shut the browser's own network as well (optional; default: false): every host name fails to
   * resolve and every HTTP(S) connection goes to a proxy that does not exist. The PDF stage sets
   * it, under its request interception; the preview, which loads from localhost, does not.
   */
  offline?: boolean;
}

/**
 * Starts headless Chromium with no background networking, component updates, sync or first-run
 * work, a fresh profile, and its temporary files in a directory of its own that `close()`
 * removes. `--no-sandbox` only when running as root, where Chromium requires it.
 */
export async function launchBrowser(options: LaunchOptions = {}): Promise<PrintBrowser> {
  const executablePath = options.executablePath ?? findChromium();
  const scratch = makeScratch('chromium');
  const profile = join(scratch, 'profile');
  const args = [
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--disable-extensions',
    '--disable-gpu',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-dev-shm-usage',
    '--font-render-hinting=none',
  ];
  if (options.offline) args.push('--host-resolver-rules=MAP * ~NOTFOUND', '--proxy-server=http://127.0.0.1:9', '--proxy-bypass-list=<-loopback>');
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  try {
    const browser = await puppeteer.launch({
      executablePath,
      headless: true,
      userDataDir: profile,
      args,
      timeout: options.timeoutMs ?? 60_000,
      // Chromium's own temporary files go to the scratch directory, removed on close.
      env: { ...process.env, TMPDIR: scratch },
    });
    return {
      browser,
      close: async () => {
        const pid = browser.process()?.pid;
        await browser.close().catch(() => undefined);
        // A browser that crashed or was killed may leave children writing to its profile: end them all
        // (Chromium runs in a process group of its own), and let the removal retry while they go.
        if (pid !== undefined) killGroup(pid);
        rmSync(scratch, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
      },
    };
  } catch (error) {
    rmSync(scratch, { recursive: true, force: true });
    throw new BrowserUnavailable(`Chromium (${executablePath}) could not be started: ${(error as Error).message.split('\n')[0]}`);
  }
}

/** Kills what is left of a Chromium's process group; nothing when it has already gone. */
function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // ESRCH: the group has ended, as it does after a clean close.
  }
}
