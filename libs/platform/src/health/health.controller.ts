import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Type } from '@sinclair/typebox';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { Public } from '../access/access.decorators';
import { Problems, Responds } from '../openapi/responses.decorators';
import { CommonProblems } from '../problem/common-problems';
import { ProblemException } from '../problem/problem';
import { Dictionary, StringEnum } from '../openapi/schemas';
import { HealthRegistry } from './health-registry';
import { platformMessages as text } from '../platform.messages';

const PROBE_TIMEOUT_MS = 3000;

function withTimeout(work: Promise<void>): Promise<void> {
  return Promise.race([
    work,
    new Promise<void>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${PROBE_TIMEOUT_MS} ms`)), PROBE_TIMEOUT_MS).unref()),
  ]);
}

const LiveResponse = Type.Object({ status: StringEnum(['ok']) }, { title: 'Liveness' });

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

  @Get('live')
  @Public('orchestrators probe it without credentials')
  @ApiOperation({ summary: 'Liveness: the process answers; it never restarts for a dependency that is away' })
  @Responds(200, LiveResponse)
  live() {
    return { status: 'ok' as const };
  }

  @Get('ready')
  @Public('load balancers and orchestrators probe it without credentials')
  // Its answers are documented by Responds and Problems; terminus's own documentation would replace the 503 problem.
  @HealthCheck({ swaggerDocumentation: false, noCache: true })
  @ApiOperation({ summary: 'Readiness: 503 naming what is missing while the store or Kafka is unreachable, or the service is still starting' })
  @Responds(200, HealthResponse)
  @Problems(503)
  ready() {
    return this.checkDependencies();
  }

  @Get()
  @Public('load balancers and orchestrators probe it without credentials')
  @HealthCheck({ swaggerDocumentation: false, noCache: true })
  @ApiOperation({ summary: 'Readiness, as GET /health/ready (kept for the probes that already use it)' })
  @Responds(200, HealthResponse)
  @Problems(503)
  check() {
    return this.checkDependencies();
  }

  /** 503 names each dependency that is down and why, in the problem's detail. */
  private async checkDependencies() {
    try {
      return await this.probeAll();
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      const { error: down = {} } = error.getResponse() as { error?: Record<string, { message?: string }> };
      const reasons = Object.entries(down).map(([name, probe]) => `${name}: ${probe.message ?? 'down'}`).join('; ');
      const unavailable = CommonProblems.unavailable();
      throw new ProblemException({ ...unavailable, detail: text('notReadyDetail', { reasons }) });
    }
  }

  private probeAll() {
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
