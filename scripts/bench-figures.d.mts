export interface BackendRow {
  backend: string;
  samplesPerSecond: number | null;
}
export declare function median(values: readonly number[]): number;
export declare function backendFigures(
  rows: readonly BackendRow[],
  auto: number | null,
  speedupGoal: number,
): {
  fastest: (BackendRow & { samplesPerSecond: number }) | null;
  autoVsFastest: number | null;
  autoVsFastestMet: boolean;
  autoVsWebgl: number | null;
  speedupGoal: number;
  autoVsWebglMet: boolean;
};
export declare function goalText(ratio: number | null, goal: number, unit?: string, why?: string): string;
