// cutover's openai-node oracle: does the official Node SDK's own client accept an observed answer?
//
// Reads one JSON object per line on stdin:
//   {id, endpoint: "chat.completions"|"embeddings"|"models.list"|"models.get", stream, encodingFormat,
//    status, headers: [[name, value], ...], body, broken}
// and answers one JSON line per request on stdout: {id, outcome: "PARSED"|"RAISED"|"NOT_APPLICABLE", raised, detail}.
// The first line it writes says it is ready: {ready: true, sdk, version, node}.
//
// The answer is replayed by a local HTTP server (status, headers, body bytes; a broken exchange is cut off
// before its chunked body ends) and fetched by the SDK's own client with retries off, so "parsed" means what
// `client.chat.completions.create(...)` does with that answer in a user's program. Requests are handled one
// at a time, in order. Stdout carries nothing but answer lines; the SDK's logging is off.
import http from 'node:http';
import readline from 'node:readline';
import OpenAI from 'openai';
import { VERSION } from 'openai/version';

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
const client = new OpenAI({
  apiKey: 'sk-cutover-oracle',
  baseURL: `http://127.0.0.1:${server.address().port}/v1`,
  maxRetries: 0,
  timeout: 10_000,
  logLevel: 'off',
});

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What the SDK returned, in a few words; a string means the SDK did not read the body as JSON. */
function describe(value, what) {
  if (typeof value === 'string') return `returned text, not JSON (${plural(value.length, 'character')})`;
  if (value === null || typeof value !== 'object') return `returned ${value === null ? 'null' : typeof value}`;
  return what(value);
}

async function call(r) {
  switch (r.endpoint) {
    case 'chat.completions': {
      const params = { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'cutover oracle' }] };
      if (r.stream) {
        const stream = await client.chat.completions.create({ ...params, stream: true });
        let n = 0;
        for await (const chunk of stream) n += chunk === undefined ? 0 : 1;
        return plural(n, 'chunk');
      }
      const c = await client.chat.completions.create(params);
      return describe(c, (v) => `${v.object ?? 'no object'}, ${Array.isArray(v.choices) ? plural(v.choices.length, 'choice') : 'no choices'}`);
    }
    case 'embeddings': {
      const e = await client.embeddings.create({
        model: 'text-embedding-3-small',
        input: 'cutover oracle',
        encoding_format: r.encodingFormat ?? 'float',
      });
      return describe(e, (v) => (Array.isArray(v.data) ? plural(v.data.length, 'embedding') : 'no data'));
    }
    case 'models.list': {
      const page = await client.models.list();
      return plural(page.data.length, 'model');
    }
    case 'models.get': {
      const m = await client.models.retrieve('gpt-4o-mini');
      return describe(m, (v) => `model ${v.id}`);
    }
    default:
      return null;
  }
}

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
    const detail = await call(r);
    if (detail === null) return { outcome: 'NOT_APPLICABLE', raised: null, detail: `${r.endpoint} is no SDK call` };
    return { outcome: 'PARSED', raised: null, detail };
  } catch (e) {
    const raised = e?.constructor?.name ?? typeof e;
    if (e instanceof OpenAI.APIError && e.status) {
      const read = [e.code && `code ${e.code}`, e.type && `type ${e.type}`].filter(Boolean).join(', ');
      return { outcome: 'RAISED', raised, detail: `status ${e.status}, ${read || 'no error code or type read'}` };
    }
    return { outcome: 'RAISED', raised, detail: reason(e) };
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

write({ ready: true, sdk: 'openai-node', version: VERSION, node: process.version });
