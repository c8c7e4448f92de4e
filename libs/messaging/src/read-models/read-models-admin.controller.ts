import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '@tributary/platform';
import { ReadModelRebuilder } from './read-model-rebuilder';

@ApiTags('admin')
@Controller('admin/read-models')
export class ReadModelsAdminController {
  constructor(private readonly rebuilder: ReadModelRebuilder) {}

  @Post('rebuild')
  @HttpCode(200)
  @Allow(['admin'])
  @ApiOperation({ summary: "Rebuild this service's read models from the beginning of their topics, while it keeps serving" })
  rebuild() {
    return this.rebuilder.rebuild();
  }
}
