/**
 * A real Request Tracker 5 on loopback for end-to-end tests: a private state folder,
 * a fresh SQLite database, rt-server on a free port, and customers who write in by
 * e-mail through rt-mailgate (so their messages are authored by them, not by root).
 *
 *   const rt = await startRequestTracker();
 *   const id = await rt.fileTicket('Dana <dana@example.test>', 'Broken lid', 'Hello…');
 *   await rt.login(page);
 *   await page.goto(rt.ticketUrl(id));
 *   …
 *   await rt.stop(); // in afterAll; also runs on process exit
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { ensureRequestTracker, RT_MAILGATE, RT_SERVER, RT_SETUP_DATABASE } from './install.mjs';

/** The rtname in the site config; mail subjects carrying `[rt.example.test #N]` join ticket N. */
export const RT_NAME = 'rt.example.test';
const QUEUE = 'General';
const READY_TIMEOUT_MS = 60_000;
/** CKEditor 4's frame over RT's reply box. */
export const CKEDITOR_FRAME = '#cke_UpdateContent iframe.cke_wysiwyg_frame';
const STOP_TIMEOUT_MS = 5_000;

export interface RT {
  /** `http://127.0.0.1:PORT`, no trailing slash (RT runs at the root path). */
  baseUrl: string;
  /** The state folder (database, config, Mason cache, outgoing mail); removed by stop(). */
  stateDir: string;
  /** The root password chosen for this run. */
  rootPassword: string;
  /** How long start-up took, in milliseconds: install check, database set-up, server until it answers. */
  timings: { install: number; database: number; server: number };
  /** Files a new ticket as a customer e-mail ("Name <address>"); resolves to its number. */
  fileTicket(from: string, subject: string, body: string): Promise<number>;
  /** Adds the customer's follow-up mail to ticket N as their correspondence. */
  correspond(ticketId: number, from: string, body: string): Promise<void>;
  /** A reply to the customer written by root (the agent), through REST 2. */
  reply(ticketId: number, body: string): Promise<void>;
  /** An internal comment by root, through REST 2. */
  comment(ticketId: number, body: string): Promise<void>;
  /** Logs the page in as root through RT's own login form. */
  login(page: Page): Promise<void>;
  /** `BASE/Ticket/Display.html?id=N`. */
  ticketUrl(ticketId: number): string;
  /** `BASE/Ticket/Update.html?Action=Respond&id=N`, RT's reply page. */
  replyUrl(ticketId: number): string;
  /** Opens the ticket's display page and waits until RT's AJAX history shows `messages` entries (default: any). */
  openTicket(page: Page, ticketId: number, messages?: number): Promise<void>;
  /** Opens the reply page and waits until CKEditor's editable body is there. */
  openReply(page: Page, ticketId: number): Promise<void>;
  /** Plain-text bodies of the ticket's messages (create, replies, comments), oldest first. */
  historyTexts(ticketId: number): Promise<string[]>;
  /** Stops the server and removes the state folder. Safe to call twice. */
  stop(): Promise<void>;
}

export async function startRequestTracker(): Promise<RT> {
  let mark = Date.now();
  const lap = () => {
    const since = Date.now() - mark;
    mark += since;
    return since;
  };
  await ensureRequestTracker();
  const timings = { install: lap(), database: 0, server: 0 };

  const stateDir = mkdtempSync(join(tmpdir(), 'olive-rt-'));
  let server: ChildProcess | undefined;
  let watchdog: ChildProcess | undefined;
  let stopping: Promise<void> | undefined;

  // Safety net for a test run that dies before afterAll: synchronous, so it works in 'exit'.
  const onExit = () => {
    killGroup(server, 'SIGKILL');
    killGroup(watchdog, 'SIGKILL');
    rmSync(stateDir, { recursive: true, force: true });
  };
  process.on('exit', onExit);

  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      await stopServer(server);
      killGroup(watchdog, 'SIGKILL');
      rmSync(stateDir, { recursive: true, force: true });
      process.off('exit', onExit);
    })();
    return stopping;
  };

  try {
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const rootPassword = randomBytes(12).toString('hex');
    const env = writeConfig(stateDir, port, rootPassword);

    await runTool(RT_SETUP_DATABASE, ['--action', 'init', '--skip-create', '--root-password-file', join(stateDir, 'root-password')], env);
    await runTool(RT_SETUP_DATABASE, ['--action', 'insert', '--skip-create', '--datafile', join(stateDir, 'rights.pl')], env);
    timings.database = lap();

    const log = new LogTail();
    // detached: its own process group, so stop() can end rt-server and all its workers.
    server = spawn(RT_SERVER, ['--listen', `127.0.0.1:${port}`, '--max-workers', '2'], {
      cwd: stateDir,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout?.on('data', (chunk: Buffer) => log.add(chunk));
    server.stderr?.on('data', (chunk: Buffer) => log.add(chunk));
    if (server.pid) watchdog = startWatchdog(server.pid, stateDir);
    await waitUntilReady(`${baseUrl}/NoAuth/Login.html`, server, log);
    timings.server = lap();

    const api = new RestClient(baseUrl, rootPassword);
    return {
      baseUrl,
      stateDir,
      rootPassword,
      timings,
      ticketUrl: (id) => `${baseUrl}/Ticket/Display.html?id=${id}`,
      replyUrl: (id) => `${baseUrl}/Ticket/Update.html?Action=Respond&id=${id}`,
      async fileTicket(from, subject, body) {
        await sendMail(baseUrl, env, { from, subject, body });
        return api.newestTicketOf(addressOf(from), subject);
      },
      async correspond(ticketId, from, body) {
        const subject = await api.subjectOf(ticketId);
        await sendMail(baseUrl, env, { from, subject: `[${RT_NAME} #${ticketId}] Re: ${subject}`, body });
      },
      reply: (ticketId, body) => api.post(`/ticket/${ticketId}/correspond`, { Content: body, ContentType: 'text/plain' }),
      comment: (ticketId, body) => api.post(`/ticket/${ticketId}/comment`, { Content: body, ContentType: 'text/plain' }),
      async login(page) {
        await page.goto(`${baseUrl}/NoAuth/Login.html`);
        await page.locator('form#login input[name="user"]').fill('root');
        await page.locator('form#login input[name="pass"]').fill(rootPassword);
        await Promise.all([
          page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/NoAuth/Login.html')),
          page.locator('form#login [type="submit"]').click(),
        ]);
        // Without a `next` target RT answers a good login with the login page again, so
        // check on a page that needs the session.
        await page.goto(`${baseUrl}/`);
        if ((await page.locator('form#login').count()) > 0) throw new Error('Logging in to RT as root failed');
      },
      async openTicket(page, ticketId, messages) {
        await page.goto(`${baseUrl}/Ticket/Display.html?id=${ticketId}`);
        const entries = page.locator('#delayed_ticket_history .transaction.message');
        if (messages === undefined) await entries.first().waitFor();
        else await expect(entries).toHaveCount(messages, { timeout: 15_000 });
      },
      async openReply(page, ticketId) {
        await page.goto(`${baseUrl}/Ticket/Update.html?Action=Respond&id=${ticketId}`);
        await page.frameLocator(CKEDITOR_FRAME).locator('body.cke_editable').waitFor();
      },
      historyTexts: (ticketId) => api.messageTexts(ticketId),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Writes the private site config and returns the environment that selects it (and nothing in /etc). */
function writeConfig(stateDir: string, port: number, rootPassword: string): NodeJS.ProcessEnv {
  for (const dir of ['var', 'mason_data', 'session_data', 'siteconfig.d']) mkdirSync(join(stateDir, dir));
  const perl = (value: string) => `'${value.replace(/[\\']/g, '\\$&')}'`;
  writeFileSync(
    join(stateDir, 'RT_SiteConfig.pm'),
    [
      `Set($rtname, ${perl(RT_NAME)});`,
      `Set($Organization, 'example.test');`,
      `Set($CorrespondAddress, ${perl(`support@${RT_NAME}`)});`,
      `Set($CommentAddress, ${perl(`support-comment@${RT_NAME}`)});`,
      `Set($WebDomain, '127.0.0.1');`,
      `Set($WebPort, ${port});`,
      `Set($WebPath, '');`,
      `Set($DatabaseType, 'SQLite');`,
      `Set($DatabaseName, ${perl(join(stateDir, 'var', 'rt5.db'))});`,
      // Outgoing mail (auto-replies, replies to the customer) lands in var/*.mbox.
      `Set($MailCommand, 'mbox');`,
      `Set($LogToSTDERR, ${perl(process.env.RT_HARNESS_LOG_LEVEL ?? 'warning')});`,
      `Set($LogToSyslog, undef);`,
      `Set($LogToFile, undef);`,
      `Set($Timezone, 'UTC');`,
      // These three are package variables from RT::Generated, not options: plain assignment.
      `$RT::VarPath = ${perl(join(stateDir, 'var'))};`,
      `$RT::MasonDataDir = ${perl(join(stateDir, 'mason_data'))};`,
      `$RT::MasonSessionDir = ${perl(join(stateDir, 'session_data'))};`,
      '1;',
      '',
    ].join('\n'),
  );
  writeFileSync(join(stateDir, 'root-password'), `${rootPassword}\n`, { mode: 0o600 });
  // Customers write in by mail, so Everyone needs to create tickets and reply on General.
  writeFileSync(
    join(stateDir, 'rights.pl'),
    [
      '@ACL = (',
      "  map { { GroupDomain => 'SystemInternal', GroupType => 'Everyone', Queue => 'General', Right => $_ } }",
      '    qw(CreateTicket ReplyToTicket)',
      ');',
      '1;',
      '',
    ].join('\n'),
  );
  return {
    ...process.env,
    RT_SITE_CONFIG: join(stateDir, 'RT_SiteConfig.pm'),
    RT_SITE_CONFIG_DIR: join(stateDir, 'siteconfig.d'),
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

/** Runs an RT command-line tool, feeding it `input`; rejects with its output on failure. */
function runTool(command: string, args: string[], env: NodeJS.ProcessEnv, input = ''): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output}`)),
    );
    child.stdin.end(input);
  });
}

async function waitUntilReady(url: string, server: ChildProcess, log: LogTail): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let exited: string | undefined;
  server.once('exit', (code, signal) => (exited = `rt-server exited (${signal ?? code})`));
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${exited} before it was ready:\n${log.text()}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`rt-server was not ready at ${url} within ${READY_TIMEOUT_MS / 1000} s:\n${log.text()}`);
}

/**
 * rt-server lives in its own process group, so a test runner killed outright (SIGKILL,
 * a closed terminal) would leave it running; 'exit' handlers do not run then. A small
 * shell outside both watches this process and cleans up once it is gone.
 */
function startWatchdog(serverGroup: number, stateDir: string): ChildProcess {
  const script =
    `while kill -0 ${process.pid} 2>/dev/null; do sleep 1; done; ` +
    `kill -s KILL -- -${serverGroup} 2>/dev/null; rm -rf '${stateDir.replace(/'/g, `'\\''`)}'`;
  const child = spawn('sh', ['-c', script], { detached: true, stdio: 'ignore' });
  child.unref();
  return child;
}

function killGroup(child: ChildProcess | undefined, signal: NodeJS.Signals): void {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/** SIGTERM, not SIGINT: rt-server's SIGINT handler chowns the system's /var/lib/request-tracker5. */
async function stopServer(child: ChildProcess | undefined): Promise<void> {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  killGroup(child, 'SIGTERM');
  const timer = setTimeout(() => killGroup(child, 'SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
  // Workers share the group; make sure none outlives the master.
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // The group is empty.
  }
}

/** The last few kilobytes of rt-server's output, for error messages. */
class LogTail {
  private buffer = '';
  add(chunk: Buffer): void {
    this.buffer = (this.buffer + chunk.toString()).slice(-8_000);
    if (process.env.RT_HARNESS_VERBOSE) process.stderr.write(chunk);
  }
  text(): string {
    return this.buffer || '(no output)';
  }
}

interface Mail {
  from: string;
  subject: string;
  body: string;
}

async function sendMail(baseUrl: string, env: NodeJS.ProcessEnv, mail: Mail): Promise<void> {
  const args = ['--url', `${baseUrl}/`, '--queue', QUEUE, '--action', 'correspond'];
  const output = await runTool(RT_MAILGATE, args, env, rfc822(mail));
  // rt-mailgate exits 0 even when RT refuses the mail (no rights, loops); its answer says.
  if (/not ok|failed|denied/i.test(output)) throw new Error(`rt-mailgate refused the mail:\n${output}`);
}

let mailCounter = 0;

function rfc822({ from, subject, body }: Mail): string {
  const messageId = `<olive-${Date.now()}-${++mailCounter}@example.test>`;
  return [
    `From: ${encodeHeader(from)}`,
    `To: support@${RT_NAME}`,
    `Subject: ${encodeHeader(subject)}`,
    `Date: ${new Date().toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: ${messageId}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    body.replace(/\r?\n/g, '\n'),
    '',
  ].join('\n');
}

/** RFC 2047: non-ASCII header text (a name like "Zoë", an emoji subject) travels base64-encoded. */
function encodeHeader(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return value;
  const match = value.match(/^(.*?)\s*(<[^>]+>)$/);
  const encode = (text: string) => `=?UTF-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`;
  return match ? `${encode(match[1] ?? '')} ${match[2]}` : encode(value);
}

function addressOf(from: string): string {
  return (from.match(/<([^>]+)>/)?.[1] ?? from).trim();
}

/** TicketSQL string literal. */
function sqlString(value: string): string {
  return `'${value.replace(/[\\']/g, '\\$&')}'`;
}

interface Item {
  id: string;
  Type?: string;
  Content?: string;
  ContentType?: string;
  TransactionId?: string;
}

/** REST 2 as root: finding tickets, agent replies and reading history back. */
class RestClient {
  private readonly auth: string;

  constructor(
    private readonly baseUrl: string,
    rootPassword: string,
  ) {
    this.auth = `Basic ${Buffer.from(`root:${rootPassword}`).toString('base64')}`;
  }

  async get<T>(path: string, query: Record<string, string> = {}): Promise<T> {
    const url = new URL(`${this.baseUrl}/REST/2.0${path}`);
    for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
    const response = await fetch(url, { headers: { Authorization: this.auth } });
    if (!response.ok) throw new Error(`GET ${url} → ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }

  async post(path: string, body: unknown): Promise<void> {
    const response = await fetch(`${this.baseUrl}/REST/2.0${path}`, {
      method: 'POST',
      headers: { Authorization: this.auth, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`POST ${path} → ${response.status} ${await response.text()}`);
  }

  async newestTicketOf(email: string, subject: string): Promise<number> {
    const found = await this.get<{ items: Item[] }>('/tickets', {
      query: `Requestor.EmailAddress = ${sqlString(email)} AND Subject = ${sqlString(subject)}`,
      orderby: 'id',
      order: 'DESC',
      per_page: '1',
    });
    const id = Number(found.items[0]?.id);
    if (!id) throw new Error(`RT filed no ticket for mail from ${email} with subject "${subject}"`);
    return id;
  }

  async subjectOf(ticketId: number): Promise<string> {
    return (await this.get<{ Subject: string }>(`/ticket/${ticketId}`)).Subject;
  }

  async messageTexts(ticketId: number): Promise<string[]> {
    const history = await this.get<{ items: Item[] }>(`/ticket/${ticketId}/history`, { fields: 'Type', per_page: '100' });
    const messages = new Set(
      history.items.filter((t) => t.Type === 'Create' || t.Type === 'Correspond' || t.Type === 'Comment').map((t) => t.id),
    );
    const attachments = await this.get<{ items: Item[] }>(`/ticket/${ticketId}/attachments`, {
      fields: 'Content,ContentType,TransactionId',
      per_page: '100',
    });
    // Mail brings text/plain; the web editor sends HTML only. One text per transaction, plain preferred.
    const byTransaction = new Map<number, Item>();
    for (const part of attachments.items) {
      const txn = Number(part.TransactionId);
      if (!messages.has(part.TransactionId ?? '') || !/^text\/(plain|html)$/.test(part.ContentType ?? '')) continue;
      const kept = byTransaction.get(txn);
      if (!kept || (kept.ContentType === 'text/html' && part.ContentType === 'text/plain')) byTransaction.set(txn, part);
    }
    return [...byTransaction.entries()]
      .sort(([a], [b]) => a - b)
      .map(([, part]) => (part.ContentType === 'text/html' ? htmlToText(part.Content ?? '') : (part.Content ?? '')).trim());
  }
}

/** Enough HTML-to-text for what CKEditor submits (paragraphs, line breaks, entities); test data only. */
function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h\d)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n');
}
