/**
 * The placeholders `npm run new:claim` writes into a claim skeleton. They belong to content, not to the curator tools:
 * validation refuses to publish a claim that still holds one, and the tool only writes them.
 */

/** The synthesis new:claim writes; validation refuses to publish a claim that still holds it. */
export const CONTEXT_PLACEHOLDER = 'Weigh the evidence in your own words: what the strongest studies show, where they disagree and why, and what is still a hypothesis.';
/** The finding new:claim writes in each item; validation refuses it too. */
export const FINDING_PLACEHOLDER = 'What this study found that bears on the claim, in one or two sentences of your own words.';
