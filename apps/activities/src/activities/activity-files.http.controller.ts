import { Body, Controller, Get, Header, Headers, Param, Post, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Static, Type } from '@sinclair/typebox';
import { CurrentActor } from '@tributary/auth';
import { Actor, Allow, DEFAULT_LANGUAGE, LANGUAGES, Problems, RateLimited, RequestContext, RequestObject, RequestQuery, Responds, StringEnum } from '@tributary/platform';
import { Response } from 'express';
import { EvidenceQuery } from './activities.requests';
import { EvidenceResponse, ImportResponse } from './activities.responses';
import { ActivityCsvImport } from './commands/activity-csv-import.service';
import { EvidenceCommands } from './commands/evidence-commands.service';
import { EVIDENCE_TYPES } from './domain/evidence';
import { EvidenceQueries } from './queries/evidence-queries.service';

const File = Type.String({ format: 'binary' });

const TemplateQuery = RequestObject({ lang: Type.Optional(StringEnum(LANGUAGES, { description: 'language of the headers; wins over Accept-Language' })) });
type TemplateQuery = Static<typeof TemplateQuery>;

@ApiTags('activities')
@Controller('activities')
export class ActivityFilesController {
  constructor(
    private readonly csv: ActivityCsvImport,
    private readonly evidence: EvidenceCommands,
    private readonly evidenceFiles: EvidenceQueries,
  ) {}

  @Get('import/template.csv')
  @Allow(['admin', 'program-manager', 'cso-reporter'])
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="tributary-activites.csv"')
  @ApiOperation({
    summary:
      'The spreadsheet template: one row per activity, a column per participant cell (sex × age band × category) and per output kind; headers in French unless `lang` or Accept-Language asks for English. An import reads either.',
  })
  @Responds(200, Type.String(), { mediaTypes: ['text/csv'] })
  template(@RequestQuery(TemplateQuery) query: TemplateQuery): Promise<string> {
    return this.csv.template(query.lang ?? RequestContext.current()?.language ?? DEFAULT_LANGUAGE);
  }

  @Post('import')
  @Allow(['admin', 'program-manager', 'cso-reporter'])
  @RateLimited('bulk')
  @ApiConsumes('text/csv')
  @ApiBody({ required: true, schema: { type: 'string', description: 'the filled-in template, with at least one activity row' } })
  @ApiOperation({ summary: 'Import activities from the CSV template; the answer gives each row its outcome and errors' })
  @Responds(201, ImportResponse)
  @Problems(413, 422)
  import(@CurrentActor() actor: Actor, @Body() body: unknown): Promise<ImportResponse> {
    // Only a text/csv body arrives as text; anything else reads as a file without rows.
    return this.csv.import(actor, typeof body === 'string' ? body : '');
  }

  @Post(':id/evidence')
  @Allow(['admin', 'program-manager', 'cso-reporter'])
  @ApiConsumes(...EVIDENCE_TYPES)
  @ApiBody({ required: true, schema: File })
  @ApiOperation({ summary: 'Attach a photo, attendance sheet or document (JPEG, PNG or PDF, at most 2 MB)' })
  @Responds(201, EvidenceResponse)
  @Problems(404, 413, 422)
  upload(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @RequestQuery(EvidenceQuery) query: EvidenceQuery,
    @Headers('content-type') contentType: string | undefined,
    @Body() body: unknown,
  ): Promise<EvidenceResponse> {
    return this.evidence.upload(actor, id, {
      kind: query.kind,
      filename: query.filename,
      contentType: (contentType ?? '').split(';')[0].trim(),
      content: Buffer.isBuffer(body) ? body : Buffer.alloc(0),
    });
  }

  @Get(':id/evidence')
  @Allow(['admin', 'program-manager', 'me-officer', 'cso-reporter'])
  @ApiOperation({ summary: 'The files attached to an activity (without their content)' })
  @Responds(200, Type.Array(EvidenceResponse))
  @Problems(404)
  listEvidence(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<EvidenceResponse[]> {
    return this.evidenceFiles.list(actor, id);
  }

  @Get(':id/evidence/:evidenceId')
  @Allow(['admin', 'program-manager', 'me-officer', 'cso-reporter'])
  @ApiOperation({ summary: 'Download a file; attendance sheets only for the CSO and its program manager' })
  @Responds(200, File, { mediaTypes: EVIDENCE_TYPES })
  @Problems(404)
  async download(@CurrentActor() actor: Actor, @Param('id') id: string, @Param('evidenceId') evidenceId: string, @Res() res: Response): Promise<void> {
    const file = await this.evidenceFiles.download(actor, id, evidenceId);
    res.setHeader('content-type', file.contentType);
    // A header carries Latin-1 only: an ASCII fallback, and the real name (Arabic, say) encoded as RFC 6266 asks.
    const fallback = file.filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
    res.setHeader('content-disposition', `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`);
    res.send(file.content);
  }
}
