import { z } from 'astro/zod';
import { slug } from './common';

/** Where a pathway node sits in the crosstalk network. */
export const pathwaySides = ['er', 'her', 'shared'] as const;
export type PathwaySide = (typeof pathwaySides)[number];

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
  'anti-egfr-antibody': 'Anti-EGFR antibody',
  'tyrosine-kinase-inhibitor': 'HER2/EGFR tyrosine-kinase inhibitor',
  'mtor-inhibitor': 'mTOR inhibitor',
  'pi3k-inhibitor': 'PI3K inhibitor',
  'igf1r-inhibitor': 'IGF1R inhibitor',
  'src-inhibitor': 'Src inhibitor',
  'cdk4-6-inhibitor': 'CDK4/6 inhibitor',
  chemotherapy: 'Chemotherapy',
} as const;
export type DrugClass = keyof typeof drugClasses;

/**
 * The pathway nodes a drug of each class can act on. A drug is drawn under its targets in the crosstalk diagram, so a
 * target outside its class's set (a taxane under CDK4/6, say) is refused. Chemotherapy acts on no signalling node.
 */
const classTargets: Record<DrugClass, readonly string[]> = {
  serm: ['er-genomic', 'er-membrane'],
  serd: ['er-genomic', 'er-membrane'],
  'aromatase-inhibitor': ['er-genomic'],
  'estrogen-deprivation': ['er-genomic'],
  'anti-her2-antibody': ['her2', 'her3'],
  'antibody-drug-conjugate': ['her2'],
  'anti-egfr-antibody': ['egfr'],
  'tyrosine-kinase-inhibitor': ['her2', 'egfr', 'her3'],
  'mtor-inhibitor': ['pi3k-akt-mtor'],
  'pi3k-inhibitor': ['pi3k-akt-mtor'],
  'igf1r-inhibitor': ['igf1r'],
  'src-inhibitor': ['src'],
  'cdk4-6-inhibitor': ['cell-cycle'],
  chemotherapy: [],
};

/** A drug named by claims (content/vocab/drugs.yaml). */
export const drugSchema = z
  .object({
    /** Lower-case INN, hyphenated (trastuzumab-emtansine). */
    id: slug,
    /** Display name (INN). */
    name: z.string().min(1),
    /** Therapeutic class. */
    class: z.enum(Object.keys(drugClasses) as [DrugClass, ...DrugClass[]]),
    /** Pathway ids the drug acts on, e.g. [her2, egfr] for lapatinib; none for chemotherapy. */
    targets: z.array(slug).default([]),
    /** Brand names (Herceptin, Tykerb, ...). */
    brands: z.array(z.string().min(1)).default([]),
    /** Development codes (GW572016, ZD1839, ...). */
    codes: z.array(z.string().min(1)).default([]),
    /** One or two sentences in our words. */
    description: z.string().min(1),
  })
  .strict()
  .superRefine((drug, ctx) => {
    const allowed = classTargets[drug.class];
    if (allowed.length > 0 && drug.targets.length === 0)
      ctx.addIssue({ code: 'custom', path: ['targets'], message: `a drug of class ${drug.class} needs at least one target` });
    drug.targets.forEach((target, i) => {
      if (!allowed.includes(target)) {
        const article = /^[aeiou]/.test(drug.class) ? 'an' : 'a';
        const which = allowed.length
          ? `${article} ${drug.class} drug acts on ${allowed.join(' or ')}`
          : `${article} ${drug.class} drug acts on no signalling node`;
        ctx.addIssue({ code: 'custom', path: ['targets', i], message: `'${target}' is not a target of this class: ${which}` });
      }
    });
  });
export type DrugData = z.infer<typeof drugSchema>;
