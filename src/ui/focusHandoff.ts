// Where focus goes when the focused button of a group becomes disabled (Train pressed: Train greys out): to the
// nearest enabled button before it, else after it. Before first, because a group is written in the order things
// are done (Train, Pause, Stop, Reset): Pause hands back to Resume, Stop and Reset to Train, and Train, first of
// all, to Pause.

/** The index of the button to focus instead of `from`, or null when none of the group is enabled. */
export function focusHandoff(enabled: readonly boolean[], from: number): number | null {
  for (let i = from - 1; i >= 0; i--) if (enabled[i]) return i;
  for (let i = from + 1; i < enabled.length; i++) if (enabled[i]) return i;
  return null;
}
