import type { ClaimData, EvidenceItemData } from '../../schemas/claim';
import type { Level, Status } from '../../schemas/common';
import type { ReferenceData } from '../../schemas/reference';
import type { ReviewData } from '../../schemas/review';
import type { TrialAnalysis, TrialData, TrialResult } from '../../schemas/trial';
import type { InteractionData } from '../../schemas/interaction';
import type { ConsensusCount } from './appraisal';
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

/** One study's finding on one claim. */
export type EvidenceItem = Omit<EvidenceItemData, 'reference'> & {
  /** Stable within the site: the claim id and the citation key, e.g. "her2-reduces-tamoxifen-benefit:arpino2005estrogen". */
  id: string;
  claim: Claim;
  reference: Reference;
  /** The level this finding alone would lend the claim (A–E), by the rules of the claim's type. */
  level: Level;
  /** Counts toward level, consensus and status: a primary study of a design that answers the claim's type, not retracted. */
  weighs: boolean;
  /** The cited study was retracted: shown, flagged, never counted. */
  retracted: boolean;
};

/** A claim's standing in the evidence published after the review. */
interface StatusSince {
  value: Status;
  /** Present when a curator overrode the derived status, saying why. */
  reason?: string;
  /** What the later items alone give. */
  derived: Status;
  /** The curator's one-sentence note on the deciding study (every status but no-later-study). */
  note?: string;
  /** The highest-level later item, which decides the status. */
  deciding?: EvidenceItem;
}

export type Claim = Omit<ClaimData, 'section' | 'pathways' | 'drugs' | 'trials' | 'evidence' | 'status' | 'tests' | 'seeAlso'> &
  Located & {
    /** The synthesis, in Markdown. */
    body: string;
    html?: string;
    /** The synthesis as plain text, for search (set once per build, like html). */
    text?: string;
    section: Section;
    pathways: Pathway[];
    drugs: Drug[];
    trials: Trial[];
    /** Evidence items in the curator's order. */
    evidence: EvidenceItem[];
    /** Every study the items cite, each once, in item order. */
    references: Reference[];
    /** From the best supporting item, by the rules of the claim's type. */
    level: Level;
    /** From the stances of the primary studies, with their count. */
    consensus: ConsensusCount;
    status: StatusSince;
    /** The mechanism claims this clinical claim tests in patients. */
    tests: Claim[];
    /** The clinical claims that test this mechanism claim. */
    testedBy: Claim[];
    /** Related claims named by the curator, in both directions. */
    seeAlso: Claim[];
    /** Network interactions this mechanism claim shows. */
    interactions: Interaction[];
  };

export type Reference = ReferenceData &
  Located & {
    year: number;
    /** A retraction notice is among its updates: flagged everywhere, never counted. */
    retracted: boolean;
    /** The article that replaces this one (a corrected republication), when a notice names it. */
    replacedBy?: Reference;
    /** Articles this one replaces. */
    replaces: Reference[];
    /** Findings of this study, on every claim it bears on, in outline order. */
    items: EvidenceItem[];
    /** Claims this study bears on, in outline order. */
    claims: Claim[];
    trials: Trial[];
  };

/** A trial result with its source resolved. */
export type ResolvedResult = Omit<TrialResult, 'reference'> & { reference: Reference };
export type ResolvedAnalysis = Omit<TrialAnalysis, 'reference'> & { reference: Reference };

export type Trial = Omit<TrialData, 'drugs' | 'references' | 'primary' | 'analyses'> &
  Located & {
    drugs: Drug[];
    references: Reference[];
    primary: ResolvedResult;
    analyses: ResolvedAnalysis[];
    claims: Claim[];
  };

/** Which way an interaction crosses between the ER and HER sides of the network, from its nodes' sides. */
export type CrosstalkWay = 'her-to-er' | 'er-to-her' | 'within';

export type Interaction = Omit<InteractionData, 'source' | 'target' | 'claims'> &
  Located & {
    source: Pathway;
    target: Pathway;
    claims: Claim[];
    way: CrosstalkWay;
    /** The best level among its claims: how strongly the interaction is shown. */
    level: Level;
  };

export type Pathway = PathwayData &
  Located & {
    claims: Claim[];
    /** Interactions from this node, and into it. */
    outgoing: Interaction[];
    incoming: Interaction[];
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
  interactions: Interaction[];
  pathways: Pathway[];
  drugs: Drug[];
  /** Drugs at least one claim names: the ones worth a facet, a diagram label or a browse link. */
  namedDrugs: Drug[];
  claimById: Map<string, Claim>;
  referenceById: Map<string, Reference>;
  trialById: Map<string, Trial>;
  interactionById: Map<string, Interaction>;
  pathwayById: Map<string, Pathway>;
  drugById: Map<string, Drug>;
  sectionById: Map<string, Section>;
  /** Every evidence item, claim by claim in outline order. */
  items: EvidenceItem[];
  /** Old claim ids and the claim that now holds their content. */
  redirects: Map<string, Claim>;
  /** The data's date: the most recent check of any record (ISO date). */
  checkedUpTo: string;
}

/** The distinct references behind a set of claims, in order of first citation. */
export function referencesOf(claims: Claim[]): Reference[] {
  return [...new Set(claims.flatMap((claim) => claim.references))];
}
