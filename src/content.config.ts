import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { join } from 'node:path';
import { claimSchema } from './schemas/claim';
import { referenceSchema } from './schemas/reference';
import { reviewSchema } from './schemas/review';
import { trialSchema } from './schemas/trial';
import { drugSchema, pathwaySchema } from './schemas/vocab';
import { contentDir } from './lib/content-dir';
import { contentLayout, vocabularyFiles } from './lib/content-files';

const root = contentDir();
const folder = (kind: keyof typeof contentLayout) => ({
  base: join(root, contentLayout[kind].folder),
  pattern: `*${contentLayout[kind].extension}`,
});

export const collections = {
  reviews: defineCollection({ loader: glob(folder('reviews')), schema: reviewSchema }),
  claims: defineCollection({ loader: glob(folder('claims')), schema: claimSchema }),
  references: defineCollection({ loader: glob(folder('references')), schema: referenceSchema }),
  trials: defineCollection({ loader: glob(folder('trials')), schema: trialSchema }),
  pathways: defineCollection({ loader: file(join(root, vocabularyFiles.pathways)), schema: pathwaySchema }),
  drugs: defineCollection({ loader: file(join(root, vocabularyFiles.drugs)), schema: drugSchema }),
};
