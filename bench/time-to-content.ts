/**
 * How long one client waits for a page's content and for the whole document: requests
 * one after another on a kept-alive connection for a fixed time, each timed from sending
 * to the first byte of a marker the content carries, and to the document's last byte. A
 * page that streams sends its content in the first flush and slower sections after it.
 * Or each of several pages once, for what a first view costs.
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';

export type ContentTimes = { contentMs: number[]; wholeMs: number[] };

function oneRequest(
  agent: http.Agent,
  url: URL,
  headers: Record<string, string>,
  marker: string,
): Promise<{ contentMs: number; wholeMs: number }> {
  return new Promise((resolve, reject) => {
    const sent = performance.now();
    const request = http.get(url, { agent, headers }, (response) => {
      if (response.statusCode !== 200) {
        response.resume();
        reject(new Error(`${url.pathname} answered ${response.statusCode}`));
        return;
      }
      response.setEncoding('utf8');
      let seen = '';
      let contentMs: number | null = null;
      response.on('data', (chunk: string) => {
        if (contentMs !== null) return;
        // The marker may straddle two chunks: keep just enough of the text before this one.
        seen = seen.slice(-marker.length) + chunk;
        if (seen.includes(marker)) contentMs = performance.now() - sent;
      });
      response.on('end', () => {
        if (contentMs === null) reject(new Error(`${url.pathname} never carried "${marker}"`));
        else resolve({ contentMs, wholeMs: performance.now() - sent });
      });
      response.on('error', reject);
    });
    request.on('error', reject);
  });
}

/** A page to time and the marker its content carries. */
export type ContentTarget = { url: string; marker: string };

async function timeOnOneConnection(
  headers: Record<string, string>,
  next: () => ContentTarget | undefined,
): Promise<ContentTimes> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const times: ContentTimes = { contentMs: [], wholeMs: [] };
  try {
    for (let target = next(); target; target = next()) {
      const { contentMs, wholeMs } = await oneRequest(agent, new URL(target.url), headers, target.marker);
      times.contentMs.push(contentMs);
      times.wholeMs.push(wholeMs);
    }
  } finally {
    agent.destroy();
  }
  return times;
}

/** The same page again and again for `seconds`. */
export function timeToContent(options: ContentTarget & { headers: Record<string, string>; seconds: number }) {
  const until = performance.now() + options.seconds * 1000;
  return timeOnOneConnection(options.headers, () => (performance.now() < until ? options : undefined));
}

/** Each page once, one after another: pages the server has not served before. */
export function timeEachOnce(targets: ContentTarget[], headers: Record<string, string>) {
  const queue = [...targets];
  return timeOnOneConnection(headers, () => queue.shift());
}
