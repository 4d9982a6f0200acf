import { pluginManifestSchema } from '@palapa/sdk';
import { z } from 'zod';
import { slugSchema } from '../services/service-input';
import { refineStorableText } from '../storable-text';

/** Semver, exactly as the SDK's manifest schema accepts it. */
export const versionSchema = pluginManifestSchema.shape.version;

/** Which version of which service: the path of every version route. */
export const versionAddressSchema = z.strictObject({ slug: slugSchema, version: versionSchema });

/** An approval may carry a note for the publisher. */
export const approvalSchema = z
  .strictObject({ note: z.string().trim().min(1).max(500).optional() })
  .superRefine(refineStorableText);

/** A rejection must say why, so the publisher knows what to fix. */
export const rejectionSchema = z
  .strictObject({ reason: z.string().trim().min(3, 'give a reason of at least 3 characters').max(500) })
  .superRefine(refineStorableText);
