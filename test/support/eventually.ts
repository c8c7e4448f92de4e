/**
 * Retries an assertion until it passes or the time is up, for effects that arrive asynchronously
 * (a consumed event, a flushed log line). The last failure is what the test reports.
 */
export async function eventually<T>(assertion: () => T | Promise<T>, timeoutMs = 15000, intervalMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}
