// Names of the network's weight layers as the engine gives them ("dense 2", "conv 1", "output"), in words.
export const layers = {
  dense: 'dense {{n}}',
  conv: 'conv {{n}}',
  output: 'output',
};
