import { Controller, Get, Res } from '@nestjs/common';
import { ApiExcludeEndpoint } from '@nestjs/swagger';
import { Response } from 'express';
import { Public } from '../access/access.decorators';
import { Metrics } from './metrics';

@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: Metrics) {}

  /**
   * Public like the health probes, and left out of the OpenAPI document: its format is
   * Prometheus's, not an API clients build on. It holds counts and timings, no records.
   */
  @Get()
  @Public('Prometheus scrapes it without credentials, from inside the cluster')
  @ApiExcludeEndpoint()
  async scrape(@Res() res: Response): Promise<void> {
    const body = await this.metrics.registry.metrics();
    res.type(this.metrics.registry.contentType).send(body);
  }
}
