import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Type } from '@sinclair/typebox';
import { Allow, Responds } from '@tributary/platform';
import { ReadModelRebuilder } from './read-model-rebuilder';

const RebuildReportResponse = Type.Object(
  { generation: Type.Integer({ minimum: 1 }), eventsReplayed: Type.Integer({ minimum: 0 }), durationMs: Type.Integer({ minimum: 0 }) },
  { title: 'RebuildReport' },
);

@ApiTags('admin')
@Controller('admin/read-models')
export class ReadModelsAdminController {
  constructor(private readonly rebuilder: ReadModelRebuilder) {}

  @Post('rebuild')
  @HttpCode(200)
  @Allow(['admin'])
  @ApiOperation({ summary: "Rebuild this service's read models from the beginning of their topics, while it keeps serving" })
  @Responds(200, RebuildReportResponse)
  rebuild() {
    return this.rebuilder.rebuild();
  }
}
