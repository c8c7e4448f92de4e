import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { DomainError } from '@tributary/platform';
import { Model } from 'mongoose';
import { ActivityTypeModel, StoredActivityType } from '../database/activity-type.schema';
import { Labelled } from '../domain/reference-data';
import { ReferenceService } from '../queries/reference.service';
import { referenceMessages as messages } from '../reference.messages';

/** Activity types administrators add beside the shipped ones. */
@Injectable()
export class ActivityTypeCommands {
  constructor(
    @InjectModel(ActivityTypeModel.name) private readonly activityTypes: Model<StoredActivityType>,
    private readonly reference: ReferenceService,
  ) {}

  async add(type: Labelled): Promise<Labelled> {
    if (this.reference.current().activityTypes.some((t) => t.code === type.code)) {
      throw new DomainError('conflict', 'activity-type-exists', messages('activityTypeExists'), 'code');
    }
    const { code, ...labels } = type;
    await this.activityTypes.create({ _id: code, code, ...labels });
    await this.reference.reload();
    return type;
  }
}
