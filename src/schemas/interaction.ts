import { z } from 'astro/zod';
import { curationSchema, slug } from './common';

const interactionEffects = ['activates', 'inhibits'] as const;
export type InteractionEffect = (typeof interactionEffects)[number];
const mechanisms = ['phosphorylation', 'transcription', 'binding', 'degradation', 'other'] as const;
export type Mechanism = (typeof mechanisms)[number];

/**
 * One signed, directed interaction between two pathway nodes, after SIGNOR's causal relations, shown by the mechanism
 * claims named. Example: content/interactions/mapk-phosphorylates-er-ser118.yaml:
 * `{source: mapk-erk, target: er-genomic, effect: activates, mechanism: phosphorylation, site: ERα Ser118, claims: [...]}`.
 */
export const interactionSchema = z
  .object({
    /** Pathway node the interaction starts from (content/vocab/pathways.yaml), e.g. mapk-erk. */
    source: slug,
    /** Pathway node it acts on, e.g. er-genomic. */
    target: slug,
    /** activates | inhibits. */
    effect: z.enum(interactionEffects),
    /** phosphorylation | transcription | binding | degradation | other. */
    mechanism: z.enum(mechanisms),
    /** The residue for a phosphorylation, as written in the literature, e.g. "ERα Ser118". */
    site: z.string().min(2).optional(),
    /** A short label for the figure and lists, e.g. "MAPK phosphorylates ERα at Ser118". */
    label: z.string().min(3).max(80),
    /** One or two sentences in our words: how the interaction works. */
    description: z.string().min(20),
    /** Mechanism claims whose evidence shows the interaction. */
    claims: z.array(slug).min(1, 'needs at least one claim that shows it'),
    curation: curationSchema.optional(),
  })
  .strict()
  .superRefine((interaction, ctx) => {
    if (interaction.source === interaction.target) ctx.addIssue({ code: 'custom', path: ['target'], message: 'an interaction joins two different nodes' });
    if (interaction.site !== undefined && interaction.mechanism !== 'phosphorylation')
      ctx.addIssue({ code: 'custom', path: ['site'], message: 'only a phosphorylation has a site' });
  });
export type InteractionData = z.infer<typeof interactionSchema>;
