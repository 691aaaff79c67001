/** Three significant digits for everyday magnitudes, one-digit scientific notation for tiny or huge ones. */
export const formatNumber = (value: number) =>
  value === 0 || (Math.abs(value) >= 0.01 && Math.abs(value) < 1e4)
    ? String(Number(value.toPrecision(3)))
    : value.toExponential(1);
