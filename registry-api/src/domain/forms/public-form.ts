import type { FormDefinition } from '@palapa/sdk/forms';
import { z } from 'zod';
import type { DomainContext } from '../context';
import { NotFoundError } from '../errors';
import { parseInput } from '../parse-input';
import { slugSchema } from '../services/service-input';
import { currentDefinition, loadPublicFormService } from './form-service';

export interface PublicForm {
  slug: string;
  version: number;
  definition: FormDefinition;
  processingDays: number;
}

/** The current definition of an enabled form service, for the citizen's form page. */
export async function getPublicForm(ctx: DomainContext, input: unknown): Promise<PublicForm> {
  const { slug } = parseInput(z.strictObject({ slug: slugSchema }), input);
  const service = await loadPublicFormService(ctx.db, slug);
  const current = await currentDefinition(ctx.db, service.id);
  if (!current) throw new NotFoundError(`The form of "${slug}" is not published yet.`);
  return { slug, version: current.version, definition: current.definition, processingDays: current.processingDays };
}
