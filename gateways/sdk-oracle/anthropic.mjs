// The runner's calls through Anthropic's Node SDK (@anthropic-ai/sdk): the Messages API as a user's program
// calls it. See index.mjs for the protocol.
import Anthropic from '@anthropic-ai/sdk';
import { VERSION } from '@anthropic-ai/sdk/version';
import { describe, plural } from './describe.mjs';

export const SDK = 'anthropic-node';
export { VERSION };

// The key is given, so the client reads no environment variable or profile file for one.
export function client(origin) {
  return new Anthropic({ apiKey: 'sk-ant-cutover-oracle', baseURL: origin, maxRetries: 0, timeout: 10_000, logLevel: 'off' });
}

/** The error's status and the error type the SDK read of Anthropic's envelope, or null when it is no status error. */
export function statusError(e) {
  if (!(e instanceof Anthropic.APIError) || !e.status) return null;
  return `status ${e.status}, ${e.type ? `type ${e.type}` : 'no error type read'}`;
}

const message = (v) =>
  `${v.type ?? 'no type'}, ${Array.isArray(v.content) ? plural(v.content.length, 'content block') : 'no content'}, ${v.stop_reason ?? 'no stop_reason'}`;

/** What the SDK returned for this endpoint, in a few words; null when it has no call for it. */
export async function call(c, r) {
  if (r.endpoint !== 'messages') return null;
  const params = { model: 'claude-haiku-4-5', max_tokens: 64, messages: [{ role: 'user', content: 'cutover oracle' }] };
  if (r.stream) {
    // messages.stream is create({stream: true}) read by the SDK's MessageStream, as a client wanting the message
    // reads it: finalMessage() raises when message_start or message_stop never came.
    const stream = c.messages.stream(params);
    let n = 0;
    for await (const event of stream) n += event === undefined ? 0 : 1;
    return `${plural(n, 'event')}, ${message(await stream.finalMessage())}`;
  }
  return describe(await c.messages.create(params), message);
}
