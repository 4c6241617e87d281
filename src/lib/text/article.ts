/**
 * A noun with its indefinite article as it is read aloud: "an in-vitro study", "a meta-analysis", "an HR", "a RoB".
 * Abbreviations in capitals are read letter by letter, so those whose first letter's name starts with a vowel sound
 * (F, H, L, M, N, R, S, X, and the vowels) take "an".
 */
export function withArticle(noun: string): string {
  const spelledOut = /^[A-Z]{2,}\b/.test(noun);
  const vowelSound = spelledOut ? /^[AEFHILMNORSX]/.test(noun) : /^[aeiou]/i.test(noun);
  return `${vowelSound ? 'an' : 'a'} ${noun}`;
}
