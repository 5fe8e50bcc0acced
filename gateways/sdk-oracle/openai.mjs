// The runner's calls through openai-node: chat completions, embeddings, models and the Responses API, each as a
// user's program makes it. See index.mjs for the protocol.
import OpenAI from 'openai';
import { VERSION } from 'openai/version';
import { describe, plural } from './describe.mjs';

export const SDK = 'openai-node';
export { VERSION };

export function client(origin) {
  return new OpenAI({ apiKey: 'sk-cutover-oracle', baseURL: `${origin}/v1`, maxRetries: 0, timeout: 10_000, logLevel: 'off' });
}

/** The error's status and what the SDK read of OpenAI's envelope, or null when it is no status error. */
export function statusError(e) {
  if (!(e instanceof OpenAI.APIError) || !e.status) return null;
  const read = [e.code && `code ${e.code}`, e.type && `type ${e.type}`].filter(Boolean).join(', ');
  return `status ${e.status}, ${read || 'no error code or type read'}`;
}

const response = (v) => `response ${v.status ?? 'without status'}, ${Array.isArray(v.output) ? plural(v.output.length, 'output item') : 'no output'}`;

/** What the SDK returned for this endpoint, in a few words; null when it has no call for it. */
export async function call(c, r) {
  switch (r.endpoint) {
    case 'chat.completions': {
      const params = { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'cutover oracle' }] };
      if (r.stream) {
        const stream = await c.chat.completions.create({ ...params, stream: true });
        let n = 0;
        for await (const chunk of stream) n += chunk === undefined ? 0 : 1;
        return plural(n, 'chunk');
      }
      const v = await c.chat.completions.create(params);
      return describe(v, (x) => `${x.object ?? 'no object'}, ${Array.isArray(x.choices) ? plural(x.choices.length, 'choice') : 'no choices'}`);
    }
    case 'embeddings': {
      const e = await c.embeddings.create({
        model: 'text-embedding-3-small',
        input: 'cutover oracle',
        encoding_format: r.encodingFormat ?? 'float',
      });
      return describe(e, (v) => (Array.isArray(v.data) ? plural(v.data.length, 'embedding') : 'no data'));
    }
    case 'models.list': {
      const page = await c.models.list();
      return plural(page.data.length, 'model');
    }
    case 'models.get': {
      const m = await c.models.retrieve('gpt-4o-mini');
      return describe(m, (v) => `model ${v.id}`);
    }
    case 'responses': {
      const params = { model: 'gpt-4o-mini', input: 'cutover oracle' };
      if (r.stream) {
        // responses.stream is create({stream: true}) read by the SDK's ResponseStream, as a client wanting the
        // final response reads it: finalResponse() raises when response.completed never came.
        const stream = c.responses.stream(params);
        let n = 0;
        for await (const event of stream) n += event === undefined ? 0 : 1;
        return `${plural(n, 'event')}, ${response(await stream.finalResponse())}`;
      }
      return describe(await c.responses.create(params), response);
    }
    default:
      return null;
  }
}
