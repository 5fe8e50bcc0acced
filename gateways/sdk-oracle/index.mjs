// cutover's Node SDK oracle: does an official Node SDK's own client accept an observed answer?
//
// `node index.mjs openai` asks openai-node (openai.mjs), `node index.mjs anthropic` Anthropic's Node SDK
// (anthropic.mjs); one process loads one SDK, so a run without a Messages step never loads Anthropic's.
// Reads one JSON object per line on stdin:
//   {id, endpoint: "chat.completions"|"embeddings"|"models.list"|"models.get"|"responses"|"messages", stream,
//    encodingFormat, status, headers: [[name, value], ...], body, broken}
// and answers one JSON line per request on stdout: {id, outcome: "PARSED"|"RAISED"|"NOT_APPLICABLE", raised, detail}.
// The first line it writes says it is ready: {ready: true, sdk, version, node}.
//
// The answer is replayed by a local HTTP server (status, headers, body bytes; a broken exchange is cut off
// before its chunked body ends) and fetched by the SDK's own client with retries off, so "parsed" means what
// `client.chat.completions.create(...)` or `client.messages.create(...)` does with that answer in a user's
// program. Requests are handled one at a time, in order. Stdout carries nothing but answer lines; the SDK's
// logging is off.
import http from 'node:http';
import readline from 'node:readline';

const MODULES = { openai: './openai.mjs', anthropic: './anthropic.mjs' };
const name = process.argv[2];
if (!MODULES[name]) {
  process.stderr.write(`usage: node index.mjs <${Object.keys(MODULES).join('|')}> (got ${name})\n`);
  process.exit(2);
}
const sdk = await import(MODULES[name]);

let current = null;

const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => replay(res, current));
});

function replay(res, r) {
  if (!r) {
    res.writeHead(503, { 'content-length': '0', connection: 'close' });
    res.end();
    return;
  }
  const body = Buffer.from(r.body ?? '', 'utf8');
  const headers = [];
  for (const [name, value] of r.headers) {
    // A header Node refuses to write is one no client behind Node could have received either.
    try {
      http.validateHeaderName(name);
      http.validateHeaderValue(name, value);
      headers.push(name, value);
    } catch {
      // skipped
    }
  }
  // Keep-alive framing, as a gateway answers: undici takes a close-delimited body (Connection: close) as
  // whole even when its chunked encoding never ended, so a broken answer must not say close.
  headers.push(r.broken ? 'transfer-encoding' : 'content-length', r.broken ? 'chunked' : String(body.length));
  res.writeHead(r.status, headers);
  if (r.broken) {
    // What arrived, then the connection ends before the chunked body does: the observed break.
    res.flushHeaders();
    if (body.length > 0) res.write(body, () => res.destroy());
    else setImmediate(() => res.destroy());
  } else {
    res.end(body);
  }
}

await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const client = sdk.client(`http://127.0.0.1:${server.address().port}`);

/** The error's message and its causes' (undici puts the socket's reason in `cause`). */
function reason(e) {
  const parts = [];
  for (let t = e, i = 0; t && i < 5; t = t.cause, i++) {
    const m = t instanceof Error ? t.message : String(t);
    if (m && !parts.includes(m)) parts.push(m);
  }
  return parts.join(': ').slice(0, 400);
}

async function judge(r) {
  if (!Number.isInteger(r.status) || r.status < 100 || r.status > 999) {
    return { outcome: 'NOT_APPLICABLE', raised: null, detail: `status ${r.status} cannot be replayed` };
  }
  current = r;
  try {
    const detail = await sdk.call(client, r);
    if (detail === null) return { outcome: 'NOT_APPLICABLE', raised: null, detail: `${r.endpoint} is no SDK call` };
    return { outcome: 'PARSED', raised: null, detail };
  } catch (e) {
    const raised = e?.constructor?.name ?? typeof e;
    return { outcome: 'RAISED', raised, detail: sdk.statusError(e) ?? reason(e) };
  } finally {
    current = null;
  }
}

const write = (o) => process.stdout.write(`${JSON.stringify(o)}\n`);
process.on('unhandledRejection', (e) => process.stderr.write(`unhandled: ${reason(e)}\n`));

let queue = Promise.resolve();
const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
lines.on('line', (line) => {
  if (!line.trim()) return;
  queue = queue.then(async () => {
    let r;
    try {
      r = JSON.parse(line);
    } catch (e) {
      write({ id: null, outcome: 'NOT_APPLICABLE', raised: null, detail: `unreadable request: ${e.message}` });
      return;
    }
    write({ id: r.id, ...(await judge(r)) });
  });
});
lines.on('close', () => queue.then(() => server.close(() => process.exit(0))));

write({ ready: true, sdk: sdk.SDK, version: sdk.VERSION, node: process.version });
