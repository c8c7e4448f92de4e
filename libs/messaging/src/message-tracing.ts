/**
 * OpenTelemetry's messaging attributes for an event on a topic, named without the deployment
 * prefix. Written out because these conventions are still in the incubating entry point, which
 * this project's module resolution cannot import.
 */
export function messagingAttributes(topic: string, event: { id: string; type: string }): Record<string, string> {
  return { 'messaging.system': 'kafka', 'messaging.destination.name': topic, 'messaging.message.id': event.id, 'tributary.event.type': event.type };
}
