import type { LocalizedText } from '@palapa/sdk';
import { asc } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { categories } from '../../db/schema';

export interface Category {
  slug: string;
  name: LocalizedText;
}

/** The catalogue's categories in the order the home page shows them: a handful, public. */
export async function listCategories(db: Database): Promise<{ items: Category[] }> {
  const items = await db.select({ slug: categories.slug, name: categories.name }).from(categories).orderBy(asc(categories.position), asc(categories.slug));
  return { items };
}
