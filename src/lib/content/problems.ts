/** A content problem, always tied to a file and a field so a curator can fix it without reading code. */
export interface Problem {
  file: string;
  field: string;
  message: string;
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}: ${problem.field}: ${problem.message}`;
}

export function formatProblems(problems: Problem[]): string {
  const noun = problems.length === 1 ? 'problem' : 'problems';
  return [`${problems.length} content ${noun} found:`, ...problems.map((p) => `  ${formatProblem(p)}`)].join('\n');
}

export class ContentError extends Error {
  constructor(readonly problems: Problem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
  }
}
