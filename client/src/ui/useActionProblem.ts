import { useState } from 'react';
import { problemOf, type Problem } from './problems';

/**
 * For a group of one-click actions (pin, accept, take over…): keeps the problem of the last one
 * to show next to the buttons, and clears it as soon as another action starts.
 */
export function useActionProblem() {
  const [problem, setProblem] = useState<Problem | null>(null);

  const run = async (action: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await action();
    } catch (error) {
      setProblem(problemOf(error));
    }
  };

  return { problem, run };
}
