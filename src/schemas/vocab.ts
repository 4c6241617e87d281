import { z } from 'astro/zod';
import { slug } from './common';

/** Where a pathway node sits in the crosstalk network. */
export const pathwaySides = ['er', 'her', 'shared'] as const;

/** A node of the signalling network (content/vocab/pathways.yaml). */
export const pathwaySchema = z
  .object({
    /** Stable id used by claims. */
    id: slug,
    /** Display label, e.g. "HER2". */
    label: z.string().min(1),
    /** ER side, HER-family side, or shared downstream cascade. */
    side: z.enum(pathwaySides),
    /** Gene and protein aliases users search by (ERBB2, neu, ESR1, ERα, ...). */
    aliases: z.array(z.string().min(1)).default([]),
    /** One or two sentences in our words. */
    description: z.string().min(1),
  })
  .strict();
export type PathwayData = z.infer<typeof pathwaySchema>;

/** Therapeutic classes the explorer groups drugs by. */
export const drugClasses = {
  serm: 'Selective estrogen receptor modulator (SERM)',
  serd: 'Selective estrogen receptor degrader (SERD)',
  'aromatase-inhibitor': 'Aromatase inhibitor',
  'estrogen-deprivation': 'Estrogen deprivation',
  'anti-her2-antibody': 'Anti-HER2 antibody',
  'antibody-drug-conjugate': 'Antibody–drug conjugate',
  'tyrosine-kinase-inhibitor': 'HER2/EGFR tyrosine-kinase inhibitor',
  'mtor-inhibitor': 'mTOR inhibitor',
  'pi3k-inhibitor': 'PI3K inhibitor',
  'igf1r-inhibitor': 'IGF1R inhibitor',
  'src-inhibitor': 'Src inhibitor',
  'cdk4-6-inhibitor': 'CDK4/6 inhibitor',
  chemotherapy: 'Chemotherapy',
} as const;
export type DrugClass = keyof typeof drugClasses;

/** A drug named by claims (content/vocab/drugs.yaml). */
export const drugSchema = z
  .object({
    /** Lower-case INN, hyphenated (trastuzumab-emtansine). */
    id: slug,
    /** Display name (INN). */
    name: z.string().min(1),
    /** Therapeutic class. */
    class: z.enum(Object.keys(drugClasses) as [DrugClass, ...DrugClass[]]),
    /** Pathway ids the drug acts on. */
    targets: z.array(slug).min(1),
    /** Brand names (Herceptin, Tykerb, ...). */
    brands: z.array(z.string().min(1)).default([]),
    /** Development codes (GW572016, ZD1839, ...). */
    codes: z.array(z.string().min(1)).default([]),
    /** One or two sentences in our words. */
    description: z.string().min(1),
  })
  .strict();
export type DrugData = z.infer<typeof drugSchema>;
