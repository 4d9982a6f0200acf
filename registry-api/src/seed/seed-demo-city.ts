import type { Database } from '../db/client';
import { parseFormDefinition } from '@palapa/sdk';
import { categories, formDefinitions, meta, opds, services } from '../db/schema';
import { demoCategories, demoOpds, demoServices } from './demo-city';
import { demoForms } from './demo-forms';

const SEED_KEY = 'seed:demo-city';

/**
 * Seeds Kota Mojokerto once. The marker row is written in the same transaction as the data, so a
 * second start changes nothing and an interrupted first start leaves no half city behind.
 * Returns whether it seeded.
 */
export async function seedDemoCity(db: Database): Promise<boolean> {
  return db.transaction(async (tx) => {
    // Claiming the marker (not reading it first) makes two instances starting at once wait for
    // each other on its key: the second one then finds it taken and seeds nothing.
    const [claimed] = await tx
      .insert(meta)
      .values({ key: SEED_KEY, value: { version: 1, seededAt: new Date().toISOString() } })
      .onConflictDoNothing()
      .returning({ key: meta.key });
    if (!claimed) return false;
    await tx.insert(categories).values(demoCategories.map((category, position) => ({ ...category, position })));
    const inserted = await tx.insert(opds).values(demoOpds).returning({ id: opds.id, slug: opds.slug });
    const opdIds = new Map(inserted.map((row) => [row.slug, row.id]));
    const seededServices = await tx
      .insert(services)
      .values(
        demoServices.map(({ opd, category, standard, ...service }) => {
          const opdId = opdIds.get(opd);
          if (!opdId) throw new Error(`demo-city: service ${service.slug} names unknown OPD ${opd}`);
          return { ...service, ...standard, opdId, categorySlug: category };
        }),
      )
      .returning({ id: services.id, slug: services.slug });
    const serviceIds = new Map(seededServices.map((row) => [row.slug, row.id]));
    await tx.insert(formDefinitions).values(
      demoForms.map(({ slug, definition, processingDays }) => {
        const serviceId = serviceIds.get(slug);
        if (!serviceId) throw new Error(`demo-forms: no demo service ${slug}`);
        // The same check a publisher's definition goes through, so the demo never shows a form the editor would refuse.
        return { serviceId, version: 1, definition: parseFormDefinition(definition), processingDays };
      }),
    );
    return true;
  });
}
