// Optimizer update rules written out, so every parameter is exposed, the learning rate can follow a schedule
// step by step, and each rule is checked against hand-computed numbers (updateRules.test.ts). Formulas as in
// Géron, Hands-on ML ch. 11, and Keras; `t` is the 1-based update count, `lr` the rate for this update.
import { tf } from './tf';
import type { UpdateRuleSpec } from './trainingSpec';

interface Slots {
  first?: tf.Variable;
  second?: tf.Variable;
}

export class UpdateRule {
  private readonly slots = new Map<tf.Variable, Slots>();
  private t = 0;

  constructor(readonly spec: UpdateRuleSpec) {}

  get updates(): number {
    return this.t;
  }

  private slot(variable: tf.Variable, which: keyof Slots, initial = 0): tf.Variable {
    let slots = this.slots.get(variable);
    if (!slots) this.slots.set(variable, (slots = {}));
    let slot = slots[which];
    if (!slot) {
      const start = tf.fill(variable.shape, initial);
      slot = slots[which] = tf.variable(start, false);
      start.dispose();
    }
    return slot;
  }

  /**
   * The rule's state for a checkpoint: the update count and, per variable in the order given, its first and second
   * slots (undefined where the rule keeps none, or has not made it yet).
   */
  state(variables: readonly tf.Variable[]): { updates: number; slots: (tf.Variable | undefined)[] } {
    const slots = variables.flatMap((variable) => {
      const kept = this.slots.get(variable);
      return [kept?.first, kept?.second];
    });
    return { updates: this.t, slots };
  }

  /** Puts back a state taken by `state` (from another rule's variables of the same shapes): slots and count. */
  restore(variables: readonly tf.Variable[], updates: number, slots: readonly (Float32Array | null)[]): void {
    this.dispose();
    this.t = updates;
    variables.forEach((variable, i) => {
      const made: Slots = {};
      (['first', 'second'] as const).forEach((which, j) => {
        const values = slots[2 * i + j];
        if (!values) return;
        const start = tf.tensor(values, variable.shape, 'float32');
        made[which] = tf.variable(start, false);
        start.dispose();
      });
      if (made.first || made.second) this.slots.set(variable, made);
    });
  }

  /** Applies one update to each variable from its gradient, in place. */
  apply(variables: readonly tf.Variable[], gradients: readonly tf.Tensor[], lr: number): void {
    this.t++;
    const t = this.t;
    const spec = this.spec;
    variables.forEach((w, i) => {
      const g = gradients[i]!;
      tf.tidy(() => {
        switch (spec.kind) {
          case 'sgd':
            w.assign(tf.sub(w, tf.mul(g, lr)));
            return;
          case 'momentum':
          case 'nesterov': {
            const m = this.slot(w, 'first');
            const next = tf.sub(tf.mul(m, spec.beta), tf.mul(g, lr));
            m.assign(next);
            const step = spec.kind === 'momentum' ? next : tf.sub(tf.mul(next, spec.beta), tf.mul(g, lr));
            w.assign(tf.add(w, step));
            return;
          }
          case 'adagrad': {
            const s = this.slot(w, 'second', spec.initialAccumulator);
            s.assign(tf.add(s, tf.square(g)));
            w.assign(tf.sub(w, tf.div(tf.mul(g, lr), tf.add(tf.sqrt(s), spec.epsilon))));
            return;
          }
          case 'rmsprop': {
            const s = this.slot(w, 'second');
            s.assign(tf.add(tf.mul(s, spec.rho), tf.mul(tf.square(g), 1 - spec.rho)));
            w.assign(tf.sub(w, tf.div(tf.mul(g, lr), tf.add(tf.sqrt(s), spec.epsilon))));
            return;
          }
          case 'adam':
          case 'nadam': {
            const { beta1, beta2, epsilon } = spec;
            const m = this.slot(w, 'first');
            const s = this.slot(w, 'second');
            m.assign(tf.add(tf.mul(m, beta1), tf.mul(g, 1 - beta1)));
            s.assign(tf.add(tf.mul(s, beta2), tf.mul(tf.square(g), 1 - beta2)));
            const sHat = tf.div(s, 1 - beta2 ** t);
            const mHat =
              spec.kind === 'adam'
                ? tf.div(m, 1 - beta1 ** t)
                : tf.add(tf.mul(m, beta1 / (1 - beta1 ** (t + 1))), tf.mul(g, (1 - beta1) / (1 - beta1 ** t)));
            w.assign(tf.sub(w, tf.div(tf.mul(mHat, lr), tf.add(tf.sqrt(sHat), epsilon))));
            return;
          }
          case 'adamax': {
            const { beta1, beta2, epsilon } = spec;
            const m = this.slot(w, 'first');
            const u = this.slot(w, 'second');
            m.assign(tf.add(tf.mul(m, beta1), tf.mul(g, 1 - beta1)));
            u.assign(tf.maximum(tf.mul(u, beta2), tf.abs(g)));
            w.assign(tf.sub(w, tf.div(tf.mul(m, lr / (1 - beta1 ** t)), tf.add(u, epsilon))));
            return;
          }
          default: {
            const never: never = spec;
            throw new Error(`Unknown update rule ${JSON.stringify(never)}`);
          }
        }
      });
    });
  }

  dispose(): void {
    for (const slots of this.slots.values()) {
      slots.first?.dispose();
      slots.second?.dispose();
    }
    this.slots.clear();
  }
}
