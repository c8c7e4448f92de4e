import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Type } from '@sinclair/typebox';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { Public } from '../access/access.decorators';
import { Problems, Responds } from '../openapi/responses.decorators';
import { Dictionary, StringEnum } from '../openapi/schemas';
import { HealthRegistry } from './health-registry';

const PROBE_TIMEOUT_MS = 3000;

function withTimeout(work: Promise<void>): Promise<void> {
  return Promise.race([
    work,
    new Promise<void>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${PROBE_TIMEOUT_MS} ms`)), PROBE_TIMEOUT_MS).unref()),
  ]);
}

const Probes = Dictionary(Type.Object({ status: StringEnum(['up', 'down']), message: Type.Optional(Type.String()) }));

const HealthResponse = Type.Object(
  { status: StringEnum(['ok', 'error', 'shutting_down']), info: Type.Optional(Probes), error: Type.Optional(Probes), details: Probes },
  { title: 'Health', examples: [{ status: 'ok', info: { mongodb: { status: 'up' } }, error: {}, details: { mongodb: { status: 'up' } } }] },
);

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly registry: HealthRegistry,
  ) {}

  @Get()
  @Public('load balancers and orchestrators probe it without credentials')
  // Its answers are documented by Responds and Problems; terminus's own documentation would replace the 503 problem.
  @HealthCheck({ swaggerDocumentation: false, noCache: true })
  @ApiOperation({ summary: 'Liveness and readiness: checks every dependency the service needs' })
  @Responds(200, HealthResponse)
  @Problems(503)
  check() {
    return this.health.check(
      this.registry.all().map((probe) => async () => {
        const indicator = this.indicators.check(probe.name);
        try {
          await withTimeout(probe.check());
          return indicator.up();
        } catch (error) {
          return indicator.down({ message: error instanceof Error ? error.message : String(error) });
        }
      }),
    );
  }
}
