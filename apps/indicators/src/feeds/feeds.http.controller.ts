import { Controller, Get, Header } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Type } from '@sinclair/typebox';
import { CurrentActor } from '@tributary/auth';
import { Actor, Allow, Problems, RequestQuery, Responds } from '@tributary/platform';
import { READERS } from '../indicators/indicators.http.controller';
import { ChangesQuery, CsvQuery, Dhis2Query, IatiQuery, ValuesQuery } from './feeds.requests';
import { Dhis2DataValueSet, FeedChanges, FeedValuePage } from './feeds.responses';
import { Feeds } from './queries/feeds.service';

@ApiTags('feeds')
@Controller('feeds')
export class FeedsController {
  constructor(private readonly feeds: Feeds) {}

  @Get('values')
  @Allow([...READERS], { scopes: ['feeds:read'] })
  @ApiOperation({ summary: 'Indicator values with targets and status, filtered, with cursor paging' })
  @Responds(200, FeedValuePage)
  @Problems(404, 422)
  values(@CurrentActor() actor: Actor, @RequestQuery(ValuesQuery) query: ValuesQuery): Promise<FeedValuePage> {
    return this.feeds.valuesPage(actor, query);
  }

  @Get('changes')
  @Allow([...READERS], { scopes: ['feeds:read'] })
  @ApiOperation({ summary: 'What changed since the cursor: nothing missed, nothing repeated, while values keep changing' })
  @Responds(200, FeedChanges)
  changes(@CurrentActor() actor: Actor, @RequestQuery(ChangesQuery) query: ChangesQuery): Promise<FeedChanges> {
    return this.feeds.changes(actor, query.cursor, query.limit);
  }

  @Get('values.csv')
  @Allow([...READERS], { scopes: ['feeds:read'] })
  @Header('content-type', 'text/csv; charset=utf-8')
  @ApiOperation({ summary: 'The values as CSV, with an HXL hashtag row when hxl=true' })
  @Responds(200, Type.String(), { mediaTypes: ['text/csv'] })
  @Problems(404, 422)
  csv(@CurrentActor() actor: Actor, @RequestQuery(CsvQuery) query: CsvQuery): Promise<string> {
    const { hxl, ...filter } = query;
    return this.feeds.csv(actor, { ...filter, limit: 500 }, hxl);
  }

  @Get('iati.xml')
  @Allow([...READERS], { scopes: ['feeds:read'] })
  @Header('content-type', 'application/xml; charset=utf-8')
  @ApiOperation({
    summary:
      "The project as an IATI 2.03 activity: results with baseline, targets and actuals by dimension, and disbursements as transactions; organisations by IATI identifier and name. 409 while the lead partner has no IATI identifier",
  })
  @Responds(200, Type.String(), { mediaTypes: ['application/xml'] })
  @Problems(404, 409)
  iati(@CurrentActor() actor: Actor, @RequestQuery(IatiQuery) query: IatiQuery): Promise<string> {
    return this.feeds.iati(actor, query.projectId);
  }

  @Get('dhis2')
  @Allow([...READERS], { scopes: ['feeds:read'] })
  @ApiOperation({ summary: 'The values as a DHIS2 dataValueSets document' })
  @Responds(200, Dhis2DataValueSet)
  @Problems(404, 422)
  dhis2(@CurrentActor() actor: Actor, @RequestQuery(Dhis2Query) query: Dhis2Query): Promise<Dhis2DataValueSet> {
    return this.feeds.dhis2(actor, { ...query, limit: 500 });
  }
}
