import { Body, Controller, Get, Header, Headers, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiProduces, ApiProperty, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '@tributary/auth';
import { Actor, Allow } from '@tributary/platform';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { Response } from 'express';
import { ActivityCsvImport } from './commands/activity-csv-import.service';
import { EVIDENCE_KINDS, EVIDENCE_TYPES, EvidenceKind, EvidenceService } from './evidence.service';

class EvidenceQuery {
  @ApiProperty({ enum: EVIDENCE_KINDS }) @IsIn(EVIDENCE_KINDS) kind: EvidenceKind;
  @ApiProperty({ example: 'liste-presence-goundam.pdf' }) @IsString() @MinLength(1) @MaxLength(200) filename: string;
}

@ApiTags('activities')
@Controller('activities')
export class ActivityFilesController {
  constructor(
    private readonly csv: ActivityCsvImport,
    private readonly evidence: EvidenceService,
  ) {}

  @Get('import/template.csv')
  @Allow(['admin', 'program-manager', 'cso-reporter'])
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="tributary-activites.csv"')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'The spreadsheet template: one row per activity, participants by sex and category' })
  template() {
    return this.csv.template();
  }

  @Post('import')
  @Allow(['admin', 'program-manager', 'cso-reporter'])
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string' } })
  @ApiOperation({ summary: 'Import activities from the CSV template; the answer gives each row its outcome and errors' })
  import(@CurrentActor() actor: Actor, @Body() body: unknown) {
    return this.csv.import(actor, typeof body === 'string' ? body : '');
  }

  @Post(':id/evidence')
  @Allow(['admin', 'program-manager', 'cso-reporter'])
  @ApiConsumes(...EVIDENCE_TYPES)
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiOperation({ summary: 'Attach a photo, attendance sheet or document (JPEG, PNG or PDF, at most 2 MB)' })
  upload(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Query() query: EvidenceQuery,
    @Headers('content-type') contentType: string | undefined,
    @Body() body: unknown,
  ) {
    return this.evidence.upload(actor, id, {
      kind: query.kind,
      filename: query.filename,
      contentType: (contentType ?? '').split(';')[0].trim(),
      content: Buffer.isBuffer(body) ? body : Buffer.alloc(0),
    });
  }

  @Get(':id/evidence')
  @Allow(['admin', 'program-manager', 'me-officer', 'cso-reporter'])
  listEvidence(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.evidence.list(actor, id);
  }

  @Get(':id/evidence/:evidenceId')
  @Allow(['admin', 'program-manager', 'me-officer', 'cso-reporter'])
  @ApiOperation({ summary: 'Download a file; attendance sheets only for the CSO and its program manager' })
  async download(@CurrentActor() actor: Actor, @Param('id') id: string, @Param('evidenceId') evidenceId: string, @Res() res: Response) {
    const file = await this.evidence.download(actor, id, evidenceId);
    res.setHeader('content-type', file.contentType);
    res.setHeader('content-disposition', `attachment; filename="${file.filename.replace(/"/g, '')}"`);
    res.send(file.content);
  }
}
