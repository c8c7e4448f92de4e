import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { Public } from '../access/access.decorators';
import { HealthRegistry } from './health-registry';

const PROBE_TIMEOUT_MS = 3000;

function withTimeout(work: Promise<void>): Promise<void> {
  return Promise.race([
    work,
    new Promise<void>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${PROBE_TIMEOUT_MS} ms`)), PROBE_TIMEOUT_MS).unref()),
  ]);
}

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
  @HealthCheck()
  @ApiOperation({ summary: 'Liveness and readiness: checks every dependency the service needs' })
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
