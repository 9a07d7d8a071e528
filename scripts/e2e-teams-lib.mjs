// Helpers for end-to-end tests of Sharewell's Teams bot against the Microsoft 365 Agents Playground
// (npm package @microsoft/m365agentsplayground, a local Teams client emulator), driven over its HTTP
// API and its WebSocket stream, with no browser.
//
// No dependencies: Node built-ins only (Node 20+). The WebSocket client is a small one written here,
// because Node 20 has a global WebSocket only behind --experimental-websocket and the playground ships
// its 'ws' module bundled inside its single dist file, not as an importable package.
//
// Facts this relies on (playground 0.2.28):
// - `npx -y @microsoft/m365agentsplayground@0.2.28 -e <bot url> -c msteams -p <port>
//   --conversation-id <id> --disable-telemetry` prints "Listening on <port>" on stdout (when stdout is
//   not a terminal); `-p 0` or a busy port makes it take a random free port.
// - It listens on every interface; startPlayground() preloads a tiny module (NODE_OPTIONS --require)
//   that makes it listen on 127.0.0.1 only.
// - Bot messages arrive on ws://127.0.0.1:<port>/_ws_conversation/v1/conversations/stream as JSON
//   frames {action: "createMessage"|"updateMessage", actionConversationId, message: {messageId, from,
//   text, textFormat, attachments, ...}} or {action: "typing", actionConversationId}. Frames sent
//   while no client is connected are buffered and flushed to the next client that connects.
// - The user's own messages are not echoed on the stream.
// - Messages sent through the conversation API always reach the bot "from" the playground's current
//   user (user-id-0); the from.id given is only checked for membership. To act as another user, send
//   a raw activity with sendActivity()/sendCustomActivity().
// - In channels and group chats the bot only gets messages that @mention it (use {mentionBot: true}).
// - A bot message in a 1:1 chat of another user (one the bot created with POST /v3/conversations) is
//   not on the conversation stream; the log stream (connectLogStream) shows it.
// - A bot activity with text and attachments becomes one message per part (unless attachmentLayout is
//   "carousel"), and the connector then answers 202 with no id.
//
// Every wait has a deadline and rejects with an Error saying what it waited for.

import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

export const PLAYGROUND_PACKAGE = '@microsoft/m365agentsplayground@0.2.28';
export const DEFAULT_BOT_URL = 'http://127.0.0.1:3978/api/messages';
export const PERSONAL_CONVERSATION_ID = 'personal-conv-1';
export const CURRENT_USER_ID = 'user-id-0';
export const TENANT_ID = '00000000-0000-0000-0000-0000000000001';
export const TEAM_ID = 'team-id';
export const GENERAL_CHANNEL_ID = 'team-id';
export const ANNOUNCEMENTS_CHANNEL_ID = 'channel-announcements-id';
export const BOT = { id: '00000000-0000-0000-0000-00000000000011', name: 'Test Bot' };

const HOST = '127.0.0.1';

// --disable-telemetry only stops the playground's own events: the Application Insights SDK inside it
// still starts, probes the Azure metadata address 169.254.169.254 (statsbeat) at once and sends a
// heartbeat every 15 minutes. These variables switch that off too.
export const NO_TELEMETRY_ENV = {
  APPLICATION_INSIGHTS_NO_STATSBEAT: 'true',
  APPLICATIONINSIGHTS_CONFIGURATION_CONTENT: JSON.stringify({
    disableAppInsights: true,
    disableStatsbeat: true,
    enableAutoCollectHeartbeat: false,
    enableAutoCollectPreAggregatedMetrics: false,
    enableAutoCollectPerformance: false,
    enableAutoCollectExtendedMetrics: false,
  }),
};

const running = new Set();

// ---------------------------------------------------------------------------------------------
// Small utilities

function deadlineError(what, ms, extra) {
  return new Error(`Timed out after ${ms} ms waiting for ${what}${extra ? `; ${extra}` : ''}`);
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function baseUrl(port) {
  if (!Number.isInteger(Number(port)) || Number(port) <= 0) {
    throw new Error(`Invalid playground port: ${port}`);
  }
  return `http://${HOST}:${port}`;
}

/** JSON HTTP call with a deadline. Resolves to {status, body}; body is parsed JSON, text or null. */
export async function httpJson(method, url, body, { timeoutMs = 15000 } = {}) {
  let res;
  try {
    res = await fetch(url, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (e) {
    if (e && (e.name === 'TimeoutError' || e.name === 'AbortError')) {
      throw deadlineError(`${method} ${url}`, timeoutMs);
    }
    throw new Error(`${method} ${url} failed: ${e && e.cause ? e.cause.message || e.cause : e}`);
  }
  const text = await res.text();
  let parsed = null;
  if (text) {
    try { parsed = JSON.parse(text); } catch { parsed = text; }
  }
  return { status: res.status, body: parsed };
}

async function expectOk(method, url, body, opts) {
  const r = await httpJson(method, url, body, opts);
  if (r.status < 200 || r.status > 299) {
    const detail = typeof r.body === 'string' ? r.body : JSON.stringify(r.body);
    throw new Error(`${method} ${url} answered ${r.status}: ${detail}`);
  }
  return r.body;
}

/** Polls url until it answers (any status below 500, or exactly `status` if given). */
export async function waitForHttp(url, { timeoutMs = 60000, intervalMs = 250, status } = {}) {
  const end = Date.now() + timeoutMs;
  let last = 'no answer yet';
  while (Date.now() < end) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(Math.min(5000, timeoutMs)) });
      await res.arrayBuffer();
      if (status === undefined ? res.status < 500 : res.status === status) return res.status;
      last = `status ${res.status}`;
    } catch (e) {
      last = String(e && e.cause ? e.cause.code || e.cause.message : e);
    }
    await sleep(intervalMs);
  }
  throw deadlineError(`${url} to answer`, timeoutMs, `last result: ${last}`);
}

// ---------------------------------------------------------------------------------------------
// Starting and stopping the playground

const PRELOAD_SOURCE = `// Written by e2e-teams-lib.mjs: servers that listen without a host listen on 127.0.0.1 only.
'use strict';
const net = require('node:net');
const host = process.env.PLAYGROUND_HOST || '127.0.0.1';
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  const first = args[0];
  if (typeof first === 'number' || (typeof first === 'string' && /^[0-9]+$/.test(first))) {
    if (typeof args[1] !== 'string') args.splice(1, 0, host);
  } else if (first && typeof first === 'object' && first.path === undefined && first.handle === undefined
      && first.fd === undefined && first.host === undefined && first._handle === undefined) {
    args[0] = Object.assign({}, first, { host });
  } else if (first === undefined || first === null || typeof first === 'function') {
    if (typeof first !== 'function') args.shift();
    args.unshift(0, host);
  }
  return listen.apply(this, args);
};
`;

/**
 * Starts the Agents Playground against a bot and waits until it listens.
 * options:
 *   botUrl          bot messaging endpoint (default http://127.0.0.1:3978/api/messages)
 *   port            port to ask for; 0 or omitted = any free port. A busy port makes the playground
 *                   take a random one: the actual port is returned.
 *   conversationId  id of the personal chat (default personal-conv-1)
 *   timeoutMs       deadline for npx (first run downloads the package) and start-up (default 180000)
 *   cli             path to an installed playground cli.js: runs `node <cli>` instead of npx
 *   env             extra environment variables (e.g. M365_AGENTS_PLAYGROUND_CONFIG_PATH)
 *   quiet           do not echo the playground's output (default true)
 * Resolves to {port, baseUrl, serviceUrl, pid, workDir, logFile, output(), log(), stop()}:
 *   output()  what npx and the playground printed (with stdout not a terminal, the playground prints
 *             little more than "Listening on N"; its console goes to the log file)
 *   log()     the playground's log file (every request it sent and got), '' once stopped
 *   stop({timeoutMs = 10000, keepFiles = false})  ends npx and the playground (SIGTERM, then SIGKILL)
 *             and removes workDir unless keepFiles
 * Ctrl+C (SIGINT), SIGTERM and SIGHUP of this process, and its exit, also stop every playground.
 */
export async function startPlayground(options = {}) {
  const {
    botUrl = DEFAULT_BOT_URL,
    port = 0,
    conversationId = PERSONAL_CONVERSATION_ID,
    timeoutMs = 180000,
    cli,
    env = {},
    quiet = true,
  } = options;
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sharewell-playground-'));
  const preload = path.join(workDir, 'listen-on-loopback.cjs');
  fs.writeFileSync(preload, PRELOAD_SOURCE);
  const logFile = path.join(workDir, 'playground.log');
  const args = ['-e', botUrl, '-c', 'msteams', '-p', String(port),
    '--conversation-id', conversationId, '--disable-telemetry'];
  const command = cli ? process.execPath : (process.platform === 'win32' ? 'npx.cmd' : 'npx');
  const commandArgs = cli ? [cli, ...args] : ['-y', PLAYGROUND_PACKAGE, ...args];
  const nodeOptions = [process.env.NODE_OPTIONS, `--require ${JSON.stringify(preload)}`]
    .filter(Boolean).join(' ');
  const child = spawn(command, commandArgs, {
    cwd: workDir, // the playground writes ./devTools/ into its working directory
    detached: true, // own process group, so stop() ends npx and the playground under it
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      TEAMSAPPTESTER_BROWSER: 'none',
      PLAYGROUND_HOST: HOST,
      M365_AGENTS_PLAYGROUND_LOGFILE: logFile,
      npm_config_update_notifier: 'false',
      npm_config_fund: 'false',
      npm_config_audit: 'false',
      npm_config_prefer_offline: 'true', // a cached copy needs no registry round trip
      ...NO_TELEMETRY_ENV,
      ...env,
      NODE_OPTIONS: nodeOptions,
    },
  });
  let output = '';
  const onData = (chunk) => {
    const s = chunk.toString('utf8');
    output += s;
    if (output.length > 200000) output = output.slice(-100000);
    if (!quiet) process.stderr.write(`[playground] ${s}`);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);

  let exited = null;
  const exitPromise = new Promise((resolve) => {
    child.on('exit', (code, signal) => { exited = { code, signal }; resolve(exited); });
    child.on('error', (err) => { exited = { error: err }; resolve(exited); });
  });

  let stopped = false;
  const handle = {
    pid: child.pid,
    workDir,
    logFile,
    port: undefined,
    baseUrl: undefined,
    serviceUrl: undefined,
    output: () => output,
    log: () => {
      try { return fs.readFileSync(logFile, 'utf8'); } catch { return ''; }
    },
    async stop({ timeoutMs: stopTimeout = 10000, keepFiles = false } = {}) {
      if (stopped) return;
      stopped = true;
      running.delete(handle);
      if (!child.pid) return; // spawn itself failed
      // npx, the shell under it and the playground share the process group that spawn() created.
      killGroup(child.pid, 'SIGTERM');
      if (!(await waitGroupGone(child.pid, stopTimeout))) {
        killGroup(child.pid, 'SIGKILL');
        if (!(await waitGroupGone(child.pid, 5000))) {
          throw new Error(`Agents Playground (process group ${child.pid}) did not stop`);
        }
      }
      await Promise.race([exitPromise, sleep(1000)]);
      if (!keepFiles) fs.rmSync(workDir, { recursive: true, force: true });
    },
  };
  running.add(handle);
  installSignalHandlers();

  const end = Date.now() + timeoutMs;
  try {
    while (handle.port === undefined) {
      const m = /Listening on (\d+)/.exec(output);
      if (m) {
        handle.port = Number(m[1]);
        break;
      }
      if (exited) {
        throw new Error(`Agents Playground exited before listening (${JSON.stringify(exited)}); output:\n${output.slice(-4000)}`);
      }
      if (Date.now() > end) {
        throw deadlineError('the Agents Playground to print "Listening on <port>"', timeoutMs,
          `output so far:\n${output.slice(-4000)}`);
      }
      await sleep(100);
    }
    handle.baseUrl = baseUrl(handle.port);
    handle.serviceUrl = `http://localhost:${handle.port}/_connector`;
    await waitForHttp(`${handle.baseUrl}/_debug/ping`, { timeoutMs: Math.max(1000, end - Date.now()), status: 200 });
  } catch (e) {
    await handle.stop({ keepFiles: false });
    throw e;
  }
  return handle;
}

function killGroup(pid, signal) {
  if (!pid) return;
  try { process.kill(-pid, signal); } catch { /* already gone */ }
}

function groupAlive(pid) {
  try { process.kill(-pid, 0); return true; } catch (e) { return e.code === 'EPERM'; }
}

async function waitGroupGone(pid, ms) {
  const end = Date.now() + ms;
  while (groupAlive(pid)) {
    if (Date.now() > end) return false;
    await sleep(50);
  }
  return true;
}

/** Stops one playground handle (same as handle.stop()). */
export async function stopPlayground(handle, opts) {
  if (handle) await handle.stop(opts);
}

/** Stops every playground this module started and that is still running. */
export async function stopAll() {
  await Promise.all([...running].map((h) => h.stop()));
}

// The playground runs in its own process group, so a Ctrl+C in the terminal does not reach it:
// end it here, then let the signal do what it would have done.
let signalHandlersInstalled = false;
function installSignalHandlers() {
  if (signalHandlersInstalled) return;
  signalHandlersInstalled = true;
  const killAll = () => {
    for (const h of running) {
      killGroup(h.pid, 'SIGKILL');
      try { fs.rmSync(h.workDir, { recursive: true, force: true }); } catch { /* best effort */ }
    }
    running.clear();
  };
  process.on('exit', killAll);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(sig, () => {
      killAll();
      if (process.listenerCount(sig) === 0) process.kill(process.pid, sig);
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Minimal WebSocket client (RFC 6455): text frames in, close/pong out. Enough for the stream.

function openWebSocket(url, { timeoutMs = 10000, onText, onClose } = {}) {
  const u = new URL(url);
  if (u.protocol !== 'ws:') throw new Error(`Only ws:// URLs are supported: ${url}`);
  const key = crypto.randomBytes(16).toString('base64');
  const expectedAccept = crypto.createHash('sha1')
    .update(key + '258EAFA5-E914-47DA-95CA-C5AB0DC85B11').digest('base64');
  return new Promise((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => {
      if (settled) return;
      settled = true;
      req.destroy();
      reject(deadlineError(`the WebSocket handshake with ${url}`, timeoutMs));
    }, timeoutMs);
    const req = http.request({
      host: u.hostname,
      port: u.port || 80,
      path: u.pathname + u.search,
      headers: {
        Connection: 'Upgrade',
        Upgrade: 'websocket',
        'Sec-WebSocket-Key': key,
        'Sec-WebSocket-Version': '13',
      },
    });
    req.on('response', (res) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      res.resume();
      reject(new Error(`WebSocket handshake with ${url} answered HTTP ${res.statusCode} instead of 101`));
    });
    req.on('error', (err) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(new Error(`WebSocket connection to ${url} failed: ${err.message}`));
    });
    req.on('upgrade', (res, socket, head) => {
      if (settled) { socket.destroy(); return; }
      settled = true;
      clearTimeout(timer);
      if (res.headers['sec-websocket-accept'] !== expectedAccept) {
        socket.destroy();
        reject(new Error(`WebSocket handshake with ${url} returned a wrong Sec-WebSocket-Accept`));
        return;
      }
      resolve(wrapSocket(socket, head, onText, onClose));
    });
    req.end();
  });
}

function wrapSocket(socket, head, onText, onClose) {
  let buffer = head && head.length ? Buffer.from(head) : Buffer.alloc(0);
  let fragments = [];
  let closed = false;
  socket.setNoDelay(true);

  function sendFrame(opcode, payload = Buffer.alloc(0)) {
    if (closed || socket.destroyed) return;
    const mask = crypto.randomBytes(4);
    const len = payload.length;
    let header;
    if (len < 126) {
      header = Buffer.from([0x80 | opcode, 0x80 | len]);
    } else if (len < 65536) {
      header = Buffer.alloc(4);
      header[0] = 0x80 | opcode; header[1] = 0x80 | 126; header.writeUInt16BE(len, 2);
    } else {
      header = Buffer.alloc(10);
      header[0] = 0x80 | opcode; header[1] = 0x80 | 127; header.writeBigUInt64BE(BigInt(len), 2);
    }
    const masked = Buffer.alloc(len);
    for (let i = 0; i < len; i++) masked[i] = payload[i] ^ mask[i & 3];
    socket.write(Buffer.concat([header, mask, masked]));
  }

  function finish(reason) {
    if (closed) return;
    closed = true;
    socket.destroy();
    if (onClose) onClose(reason);
  }

  function parse() {
    for (;;) {
      if (buffer.length < 2) return;
      const fin = (buffer[0] & 0x80) !== 0;
      const opcode = buffer[0] & 0x0f;
      const masked = (buffer[1] & 0x80) !== 0;
      let len = buffer[1] & 0x7f;
      let offset = 2;
      if (len === 126) {
        if (buffer.length < 4) return;
        len = buffer.readUInt16BE(2); offset = 4;
      } else if (len === 127) {
        if (buffer.length < 10) return;
        len = Number(buffer.readBigUInt64BE(2)); offset = 10;
      }
      const maskOffset = offset;
      if (masked) offset += 4;
      if (buffer.length < offset + len) return;
      let payload = buffer.subarray(offset, offset + len);
      if (masked) {
        const m = buffer.subarray(maskOffset, maskOffset + 4);
        payload = Buffer.from(payload.map((b, i) => b ^ m[i & 3]));
      }
      buffer = buffer.subarray(offset + len);
      if (opcode === 0x8) { // close
        sendFrame(0x8, payload.subarray(0, 2));
        finish('closed by server');
        return;
      }
      if (opcode === 0x9) { sendFrame(0xA, payload); continue; } // ping -> pong
      if (opcode === 0xA) continue; // pong
      if (opcode === 0x1 || opcode === 0x2 || opcode === 0x0) {
        fragments.push(Buffer.from(payload));
        if (fin) {
          const data = Buffer.concat(fragments);
          fragments = [];
          if (onText) onText(data.toString('utf8'));
        }
      }
    }
  }

  socket.on('data', (chunk) => {
    buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
    parse();
  });
  socket.on('close', () => finish('connection closed'));
  socket.on('error', (err) => finish(`socket error: ${err.message}`));
  if (buffer.length) setImmediate(parse);

  return {
    get closed() { return closed; },
    // Resolves once the connection is fully closed. Until the playground has seen the close, it
    // still counts this client, and a bot message sent in that moment fails (500 to the bot).
    close() {
      if (closed) return Promise.resolve();
      const gone = new Promise((resolve) => {
        if (socket.destroyed) { resolve(); return; }
        socket.once('close', () => setTimeout(resolve, 100));
        setTimeout(() => { socket.destroy(); resolve(); }, 2000).unref();
      });
      sendFrame(0x8, Buffer.from([0x03, 0xe8])); // 1000 normal closure
      closed = true;
      socket.end();
      if (onClose) onClose('closed by client');
      return gone;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The conversation stream

function describe(predicate) {
  if (predicate === undefined || predicate === null) return 'any bot message';
  if (typeof predicate === 'string') return `a bot message containing ${JSON.stringify(predicate)}`;
  if (predicate instanceof RegExp) return `a bot message matching ${predicate}`;
  return `a bot message matching ${predicate.description || predicate.name || 'the predicate'}`;
}

function toMatcher(predicate) {
  if (predicate === undefined || predicate === null) return () => true;
  if (typeof predicate === 'string') return (m) => typeof m.text === 'string' && m.text.includes(predicate);
  if (predicate instanceof RegExp) return (m) => typeof m.text === 'string' && predicate.test(m.text);
  if (typeof predicate === 'function') return predicate;
  throw new Error(`Unsupported predicate: ${predicate}`);
}

function summarize(frame) {
  if (!frame.message) return frame.action;
  const m = frame.message;
  const what = m.text !== undefined ? JSON.stringify(m.text.length > 80 ? m.text.slice(0, 80) + '...' : m.text)
    : `${(m.attachments || []).length} attachment(s)`;
  return `${frame.action} in ${frame.actionConversationId}: ${what}`;
}

async function openFrameStream(url, { timeoutMs = 10000 } = {}) {
  const frames = [];
  const untaken = [];
  const waiters = new Set();
  let closedReason = null;

  function offer() {
    for (const w of [...waiters]) {
      const idx = untaken.findIndex((f) => {
        try { return w.match(f); } catch (e) { w.fail(e); return false; }
      });
      if (idx >= 0) {
        const [frame] = untaken.splice(idx, 1);
        w.done(frame);
      }
    }
  }

  const ws = await openWebSocket(url, {
    timeoutMs,
    onText(text) {
      let frame;
      try { frame = JSON.parse(text); } catch { frame = { action: 'unparsable', raw: text }; }
      frames.push(frame);
      untaken.push(frame);
      offer();
    },
    onClose(reason) {
      closedReason = reason;
      for (const w of [...waiters]) {
        w.fail(new Error(`Playground stream ${url} closed (${reason}) while waiting for ${w.what}`));
      }
    },
  });

  function waitFor(match, what, ms, recentSummary) {
    return new Promise((resolve, reject) => {
      const w = {
        match,
        what,
        done(frame) { cleanup(); resolve(frame); },
        fail(err) { cleanup(); reject(err); },
      };
      const timer = setTimeout(() => {
        w.fail(deadlineError(what, ms, `received so far (last 8): ${recentSummary(frames.slice(-8)) || 'nothing'}`));
      }, ms);
      function cleanup() { clearTimeout(timer); waiters.delete(w); }
      waiters.add(w);
      offer();
      if (waiters.has(w) && closedReason) {
        w.fail(new Error(`Playground stream ${url} is closed (${closedReason}); cannot wait for ${what}`));
      }
    });
  }

  return {
    url,
    frames,
    waitFor,
    pending: () => [...untaken],
    close: () => ws.close(),
    get closed() { return ws.closed; },
  };
}

/**
 * Connects to the playground's conversation stream (what a user sees). Frames buffered by the
 * playground before this connects are delivered first (only to the first client that connects).
 * Resolves to a stream object:
 *   frames                    every frame received (objects), in order
 *   nextMessage(pred, ms)     resolves to the first not yet taken createMessage/updateMessage frame
 *                             whose message matches pred, and marks it taken. pred: a function
 *                             (message, frame) => boolean, a string the text must contain, or a RegExp
 *                             on the text; omitted = any. Default deadline 15000 ms.
 *   nextFrame(pred, ms)       same over all frames (typing too); pred gets the raw frame
 *   pending()                 frames not yet taken
 *   close()                   resolves when closed; await it before sending more (see notes)
 */
export async function connectStream(port, { timeoutMs = 10000 } = {}) {
  const s = await openFrameStream(`ws://${HOST}:${Number(port)}/_ws_conversation/v1/conversations/stream`, { timeoutMs });
  const summary = (list) => list.map(summarize).join(' | ');
  return {
    url: s.url,
    frames: s.frames,
    pending: s.pending,
    close: s.close,
    get closed() { return s.closed; },
    nextMessage(predicate, ms = 15000) {
      const matcher = toMatcher(predicate);
      return s.waitFor(
        (f) => (f.action === 'createMessage' || f.action === 'updateMessage') && f.message
          && matcher(f.message, f),
        describe(predicate), ms, summary);
    },
    nextFrame(predicate = () => true, ms = 15000) {
      return s.waitFor(predicate,
        `a stream frame matching ${predicate.description || predicate.name || 'the predicate'}`, ms, summary);
    },
  };
}

/**
 * Connects to the playground's log stream (/_ws/log/stream, what its browser log panel shows). Unlike
 * the conversation stream it also shows the bot's calls into conversations the current user cannot
 * see, e.g. a 1:1 chat the bot created with user-id-3. Buffered like the conversation stream (the
 * buffer holds every log line since start).
 * Frames: {logAction: "appendLog", log: {type: "bot"|"text", from, to, activityName, conversationId?,
 * request: {body}, response: {statusCode, body}, displayText, ...}}. For calls from the bot to the
 * connector: log.from === "User Application", log.activityName is "message", "typing",
 * "createConversation", "getConversationMembers", "getConversationPagedMembers", ...
 *   nextBotCall(pred, ms)     first not yet taken bot-to-playground call whose log item matches pred
 *                             (log) => boolean; resolves to the log item
 *   nextFrame(pred, ms), frames, pending(), close()
 */
export async function connectLogStream(port, { timeoutMs = 10000 } = {}) {
  const s = await openFrameStream(`ws://${HOST}:${Number(port)}/_ws/log/stream`, { timeoutMs });
  const summary = (list) => list.map((f) => {
    const l = f.log || {};
    return `${l.activityName || l.type}${l.displayText ? ` ${JSON.stringify(l.displayText.slice(0, 60))}` : ''}`;
  }).join(' | ');
  return {
    url: s.url,
    frames: s.frames,
    pending: s.pending,
    close: s.close,
    get closed() { return s.closed; },
    async nextBotCall(predicate = () => true, ms = 15000) {
      const frame = await s.waitFor(
        (f) => f.log && f.log.type === 'bot' && f.log.from === 'User Application' && predicate(f.log),
        `a bot call matching ${predicate.description || predicate.name || 'the predicate'}`, ms, summary);
      return frame.log;
    },
    nextFrame(predicate = () => true, ms = 15000) {
      return s.waitFor(predicate,
        `a log frame matching ${predicate.description || predicate.name || 'the predicate'}`, ms, summary);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Acting as the user

/**
 * Sends a user message. Resolves to {messageId, timestamp, postConversationId?}.
 * In channels (team-id, channel-announcements-id) and group chats the bot only receives it when it is
 * mentioned: pass {mentionBot: true} (prefixes "<at>Test Bot</at> " and adds the mention entity).
 * The bot always sees the message as from the playground's current user (user-id-0), whatever
 * fromId is; fromId must be a member of the conversation (in the personal chat: user-id-0 only).
 */
export async function sendMessage(port, convId, fromId, text, { mentionBot = false, bot = BOT, timeoutMs = 15000 } = {}) {
  const body = { from: { id: fromId }, text, textFormat: 'plain' };
  if (mentionBot) {
    const at = `<at>${bot.name}</at>`;
    body.text = text.includes(at) ? text : `${at} ${text}`;
    body.mentions = [{ mentioned: { id: bot.id, name: bot.name }, text: at }];
  }
  return expectOk('POST', `${baseUrl(port)}/_conversation/v1/conversations/${encodeURIComponent(convId)}/messages`,
    body, { timeoutMs });
}

/**
 * Clicks an Action.Submit: the bot gets a message activity with value = `value` and replyToId =
 * replyToId. replyToId must be the messageId of a message in that conversation (the card's frame
 * message.messageId), otherwise the playground answers 400.
 */
export async function submit(port, convId, fromId, replyToId, value, { timeoutMs = 15000 } = {}) {
  return expectOk('POST', `${baseUrl(port)}/_conversation/v1/submit`, {
    value, from: { id: fromId }, conversation: { id: convId }, replyToId,
  }, { timeoutMs });
}

/**
 * Sends an invoke (e.g. Action.Execute: name "adaptiveCard/action", value {action: {type:
 * "Action.Execute", verb, data}, trigger: "manual"}, replyToId of the card). Resolves to the bot's
 * invoke response body.
 */
export async function invoke(port, body, { timeoutMs = 15000 } = {}) {
  return expectOk('POST', `${baseUrl(port)}/_conversation/v1/invoke`, body, { timeoutMs });
}

/** Fetches a custom activity template. type: install, uninstall, botAdded, userAdded, ... */
export async function customActivityTemplate(port, convId, type, { timeoutMs = 15000 } = {}) {
  const q = new URLSearchParams({ conversationId: convId });
  if (type) q.set('type', type);
  return expectOk('GET', `${baseUrl(port)}/_internal/v1/customActivities/template?${q}`, undefined, { timeoutMs });
}

/**
 * Posts any activity to the bot through the playground (with the playground's serviceUrl filled in
 * by the caller or template). The playground answers 200 at once and delivers it afterwards.
 */
export async function sendActivity(port, activity, { timeoutMs = 15000 } = {}) {
  await expectOk('POST', `${baseUrl(port)}/_internal/v1/customActivities`, activity, { timeoutMs });
  return activity;
}

/** Template of `type` for convId, shallow-merged with `overrides`, sent to the bot. */
export async function sendCustomActivity(port, convId, type, overrides = {}, opts = {}) {
  const activity = { ...(await customActivityTemplate(port, convId, type, opts)), ...overrides };
  return sendActivity(port, activity, opts);
}

/**
 * Installs the bot in a conversation: sends the playground's "install" template (installationUpdate,
 * action add) by default. type may be any template type or a list, e.g. ['install', 'botAdded']
 * (real Teams sends both an installationUpdate and a conversationUpdate with the bot in
 * membersAdded; the playground's browser UI does the same when it opens). Resolves to the activities
 * sent, in order.
 */
export async function install(port, convId = PERSONAL_CONVERSATION_ID, { type = 'install', timeoutMs = 15000 } = {}) {
  const types = Array.isArray(type) ? type : [type];
  const sent = [];
  for (const t of types) sent.push(await sendCustomActivity(port, convId, t, {}, { timeoutMs }));
  return sent;
}

/** The playground's configuration (users, chats, team). Waits up to 15 s for the bot endpoint first. */
export async function getConfig(port, { timeoutMs = 30000 } = {}) {
  return expectOk('GET', `${baseUrl(port)}/_internal/v1/config`, undefined, { timeoutMs });
}
