// The one width rule of the screen: the step frame, the reports between steps, the
// interviewer's follow-up and the scorecard all wrap to this.

/** Text wraps one column short of the terminal (a full row would leave the cursor hanging past it), at most 99 wide for reading, at least 10. */
export const textWidth = (columns: number | undefined): number => Math.max(10, Math.min(columns || 80, 100) - 1);
