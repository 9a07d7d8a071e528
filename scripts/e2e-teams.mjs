// The steps of scripts/e2e-teams: drives the Microsoft 365 Agents Playground against a running
// Sharewell (in local mode) and checks what the bot answers on the playground's WebSocket stream.
//
//   node scripts/e2e-teams.mjs http://127.0.0.1:<port>/api/messages
//
// Prints one PASS or FAIL line per step and exits 1 at the first failure (later steps depend on
// earlier ones). The playground it starts is stopped again however this ends.

import * as playground from './e2e-teams-lib.mjs';

const botUrl = process.argv[2];
if (!botUrl) {
  console.error('usage: node scripts/e2e-teams.mjs <bot url, e.g. http://127.0.0.1:3978/api/messages>');
  process.exit(2);
}

const CHAT = playground.PERSONAL_CONVERSATION_ID;
const USER = playground.CURRENT_USER_ID; // an admin: the server runs with SHAREWELL_ADMINS=teams:00000000-0000-0000-0000-0000000000001/user-id-0
const TITLE = 'Sharewell end-to-end check';
const URL = 'https://example.com/sharewell-e2e';

/** Every text, title and data value in a message's cards, joined. */
function cardText(message) {
  const out = [];
  const walk = (node) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (['text', 'title', 'url', 'action', 'value', 'label'].includes(key) && typeof value !== 'object') {
          out.push(String(value));
        } else walk(value);
      }
    }
  };
  walk(message.attachments || []);
  if (message.text) out.push(message.text);
  return out.join('\n');
}

/** A predicate on a bot message whose cards contain every one of `parts`. */
function containing(...parts) {
  const match = (message) => parts.every((p) => cardText(message).includes(p));
  Object.defineProperty(match, 'description', { value: `a card containing ${parts.map((p) => JSON.stringify(p)).join(' and ')}` });
  return match;
}

/** The data of the Action.Submit whose data.action is `action`, anywhere in the message's cards. */
function submitData(message, action) {
  let found;
  const walk = (node) => {
    if (found || !node || typeof node !== 'object') return;
    if (node.type === 'Action.Submit' && node.data && node.data.action === action) {
      found = node.data;
      return;
    }
    Object.values(node).forEach(walk);
  };
  walk(message.attachments || []);
  if (!found) throw new Error(`no Action.Submit for ${action} in ${JSON.stringify(message.attachments).slice(0, 400)}`);
  return found;
}

let passed = 0;
async function step(name, run) {
  try {
    const detail = await run();
    passed++;
    console.log(`PASS ${name}${detail ? `: ${detail}` : ''}`);
  } catch (e) {
    console.log(`FAIL ${name}: ${e && e.message ? e.message : e}`);
    // What the bot did say, so a changed wording is seen at once.
    for (const frame of (stream ? stream.pending() : []).slice(-4)) {
      if (frame.message) console.log(`  untaken: ${cardText(frame.message).slice(0, 300).replace(/\n/g, ' | ')}`);
    }
    throw e;
  }
}

let pg;
let stream;
let failed = false;
try {
  await step('playground start', async () => {
    pg = await playground.startPlayground({ botUrl, port: 0 });
    stream = await playground.connectStream(pg.port);
    return `listening on ${pg.port}`;
  });
  const say = (text) => playground.sendMessage(pg.port, CHAT, USER, text);

  await step('install greets with Join', async () => {
    // As real Teams and the playground's own UI do: installationUpdate and conversationUpdate.
    await playground.install(pg.port, CHAT, { type: ['install', 'botAdded'] });
    const hello = await stream.nextMessage(containing('Hello! I am Sharewell', 'sharewell.join'));
    return `card ${hello.message.messageId}`;
  });

  await step('help lists the commands', async () => {
    await say('help');
    await stream.nextMessage(containing('Commands', 'join:', 'digest now:'));
  });

  await step('join welcomes', async () => {
    await say('join');
    await stream.nextMessage(containing('Welcome to Sharewell'));
  });

  await step('add opens the card and the submitted card adds the item', async () => {
    await say(`add ${URL}`);
    const form = await stream.nextMessage(containing('Add content', 'sharewell.add_content'));
    const data = submitData(form.message, 'sharewell.add_content');
    await playground.submit(pg.port, CHAT, USER, form.message.messageId, {
      ...data,
      title: TITLE,
      url: URL,
      summary: 'Checks the Teams bot from end to end.',
      kind: 'news',
      language: 'en',
      captions: 'Tested from end to end!',
    });
    const added = await stream.nextMessage(containing(`Added “${TITLE}”`));
    return `${added.action} of card ${added.message.messageId}`;
  });

  let digest;
  await step('digest now sends the digest proactively', async () => {
    await say('digest now');
    await stream.nextMessage(containing('Sending this week’s digest to 1 member.'));
    digest = await stream.nextMessage(containing('Your pick for this week', TITLE, 'I shared it'));
    return `card ${digest.message.messageId}`;
  });

  await step('"I shared it" submitted on the digest card records the share', async () => {
    const data = submitData(digest.message, 'sharewell.report_share');
    const prefix = data.form.prefix;
    await playground.submit(pg.port, CHAT, USER, digest.message.messageId, {
      ...data,
      [`${prefix}network`]: 'linkedin',
      [`${prefix}text`]: 'My own words about the check.',
    });
    // Six words of their own: the share earns the personal bonus on top.
    await stream.nextMessage(containing('You earned 15 points'));
  });

  await step('stats show the share', async () => {
    await say('stats');
    await stream.nextMessage(containing('Your Sharewell stats', 'Shares\n1', 'Points\n15'));
  });

  await step('the hello came once', async () => {
    const hellos = stream.frames.filter(
      (f) => f.message && cardText(f.message).includes('Hello! I am Sharewell'));
    if (hellos.length !== 1) throw new Error(`${hellos.length} hellos on the stream`);
  });
} catch {
  failed = true;
} finally {
  if (stream) await stream.close();
  if (pg) await pg.stop();
}
console.log(failed ? `e2e-teams: FAILED after ${passed} passed steps` : `e2e-teams: all ${passed} steps passed`);
process.exit(failed ? 1 : 0);
