// The page's own words in English: its header, the buttons every run has, the language switch, the link button.
// Keys are grouped by what a person sees; `{{name}}` is filled in when the text is shown.
export const app = {
  title: 'Training playground',
  tagline: 'Train real networks on real MNIST or Fashion-MNIST, in your browser, side by side, and watch them learn.',
  language: {
    label: 'Language',
  },
  copyLink: {
    button: 'Copy link',
    copied: 'Link copied: it opens this experiment with the same settings, seed and language.',
    blocked: 'Copying is blocked here: copy the address from the address bar instead.',
  },
  training: {
    group: 'Training {{name}}',
    train: 'Train',
    resume: 'Resume',
    pause: 'Pause',
    stop: 'Stop',
    reset: 'Reset',
  },
  results: 'Results',
};
