import type { ClaimData } from '../../schemas/claim';
import type { ReferenceData } from '../../schemas/reference';
import type { ReviewData } from '../../schemas/review';
import type { TrialData } from '../../schemas/trial';
import type { DrugData, PathwayData } from '../../schemas/vocab';

/**
 * The resolved content graph that pages read: records point at each other as objects (a claim's drugs are Drug
 * objects, a drug knows its claims), so no page looks anything up by id.
 */

interface Located {
  id: string;
  /** The source file, for messages. */
  file: string;
}

export interface Section {
  id: string;
  title: string;
  summary: string;
  /** 1-based position in the review's outline. */
  number: number;
  claims: Claim[];
}

export type Review = Omit<ReviewData, 'sections'> &
  Located & {
    year: number;
    body: string;
    /** The body rendered to HTML (set once per build). */
    html?: string;
    sections: Section[];
  };

export type Claim = Omit<ClaimData, 'section' | 'pathways' | 'drugs' | 'trials' | 'references'> &
  Located & {
    body: string;
    html?: string;
    section: Section;
    pathways: Pathway[];
    drugs: Drug[];
    trials: Trial[];
    references: Reference[];
  };

export type Reference = ReferenceData &
  Located & {
    year: number;
    /** Claims citing this study, in outline order. */
    claims: Claim[];
    trials: Trial[];
  };

export type Trial = Omit<TrialData, 'drugs' | 'references'> &
  Located & {
    drugs: Drug[];
    references: Reference[];
    claims: Claim[];
  };

export type Pathway = PathwayData &
  Located & {
    claims: Claim[];
    /** Drugs acting on this node. */
    drugs: Drug[];
  };

export type Drug = Omit<DrugData, 'targets'> &
  Located & {
    targets: Pathway[];
    claims: Claim[];
    trials: Trial[];
  };

export interface Corpus {
  review: Review;
  /** Claims in outline order (section, then id). */
  claims: Claim[];
  /** References sorted by citation key. */
  references: Reference[];
  trials: Trial[];
  pathways: Pathway[];
  drugs: Drug[];
  /** Drugs at least one claim names: the ones worth a facet, a diagram label or a browse link. */
  namedDrugs: Drug[];
  claimById: Map<string, Claim>;
  referenceById: Map<string, Reference>;
  trialById: Map<string, Trial>;
  pathwayById: Map<string, Pathway>;
  drugById: Map<string, Drug>;
  sectionById: Map<string, Section>;
}

/** The distinct references behind a set of claims, in order of first citation. */
export function referencesOf(claims: Claim[]): Reference[] {
  return [...new Set(claims.flatMap((claim) => claim.references))];
}
