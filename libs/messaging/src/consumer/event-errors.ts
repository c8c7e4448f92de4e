/**
 * Thrown by a handler for an event it can never process (a reference to something that cannot
 * exist, a rule the event breaks): no retry, straight to the dead-letter topic.
 */
export class UnprocessableEventError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnprocessableEventError';
  }
}
