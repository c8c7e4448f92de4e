/**
 * The store or the network is away: nothing is wrong with the request or the code, so the caller
 * (or the event consumer) should try again later rather than be told it failed for good.
 */
export function isDependencyOutage(error: unknown): boolean {
  for (let cause = error, depth = 0; cause && depth < 5; cause = (cause as { cause?: unknown }).cause, depth++) {
    const { name = '', code = '', message = '' } = cause as { name?: string; code?: unknown; message?: string };
    if (/^Mongo(Network|NetworkTimeout|ServerSelection|NotConnected|Topology|PoolCleared)/.test(name)) return true;
    if (typeof code === 'string' && ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE'].includes(code)) return true;
    // mongoose's own refusal while its connection is not open yet (bufferCommands off)
    if (name === 'MongooseError' && /before initial connection|buffering timed out/.test(message)) return true;
    // a bulk write cut short by a closed connection wraps the network error in its message only
    if (name === 'MongoBulkWriteError' && /connection .*(closed|reset)/i.test(message)) return true;
  }
  return false;
}

/** Seconds a client is asked to wait before retrying a request a dependency outage refused. */
export const OUTAGE_RETRY_AFTER_SECONDS = 5;
