import { PlatformEnvironment } from './environment';

/** What the platform knows about the service it runs in. */
export interface ServiceDescriptor {
  /** Short service name, also the Kafka client id and the default database suffix. */
  name: string;
  title: string;
  description: string;
  defaultPort: number;
}

export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');

export interface ServiceConfig extends PlatformEnvironment {
  service: ServiceDescriptor;
}
