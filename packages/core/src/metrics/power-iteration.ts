/**
 * Runs a graphology-metrics power iteration, turning its "failed to converge" error into one that
 * names our module and says what to change.
 */
export function withConvergenceMessage<T>(module: string, maxIterations: number, tolerance: number, iterate: () => T): T {
  try {
    return iterate();
  } catch (error) {
    if (error instanceof Error && /failed to converge/.test(error.message)) {
      throw new Error(
        `${module}: the power iteration did not converge in ${maxIterations} iterations (tolerance ${tolerance}); ` +
          'raise maxIterations, or tolerance at the cost of accuracy.',
      );
    }
    throw error;
  }
}
