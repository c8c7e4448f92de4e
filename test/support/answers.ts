/** What a call of a typed client (@tributary/client) gives back. */
interface Answer {
  data?: unknown;
  error?: unknown;
  response: Response;
}

async function withStatus(call: Promise<Answer>, status: number): Promise<Answer> {
  const answer = await call;
  // A plain error rather than jest's expect, so benchmarks can set up with the same fixtures.
  if (answer.response.status !== status) {
    throw new Error(`expected ${status}, got ${answer.response.status}: ${JSON.stringify(answer.data ?? answer.error)}`);
  }
  return answer;
}

/** The body of an answer that must have this success status, typed as the contract declares it. */
export async function body<A extends Answer>(call: Promise<A>, status: number): Promise<NonNullable<A['data']>> {
  return (await withStatus(call, status)).data as NonNullable<A['data']>;
}

/** The problem (RFC 7807) of an answer that must have this error status. */
export async function problem<A extends Answer>(call: Promise<A>, status: number): Promise<NonNullable<A['error']>> {
  return (await withStatus(call, status)).error as NonNullable<A['error']>;
}

/** The status of an answer whose body does not matter. */
export async function status(call: Promise<Answer>): Promise<number> {
  return (await call).response.status;
}
