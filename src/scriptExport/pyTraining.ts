// The exported script's training, as Python source: the update rules of src/engine/updateRules.ts (ours, not
// torch.optim), the schedules of schedules.ts, clipping.ts, and the loop of trainer.ts: one step, the evaluation
// schedule, evaluations (test set in chunks of 1000, the training set when small, MC dropout), early stopping
// and divergence.
export const PY_TRAINING = String.raw`
# ── Update rules (src/engine/updateRules.ts; t is the 1-based update count) ─────────────────────────────────
class UpdateRule:
    def __init__(self, spec):
        self.spec = spec
        self.t = 0
        self.first = {}
        self.second = {}

    def slot(self, store, i, w, initial=0.0):
        if i not in store:
            store[i] = torch.full_like(w, initial)
        return store[i]

    def apply(self, params, grads, lr):
        self.t += 1
        t, spec = self.t, self.spec
        kind = spec["kind"]
        for i, (w, g) in enumerate(zip(params, grads)):
            if kind == "sgd":
                w.copy_(w - g * lr)
            elif kind in ("momentum", "nesterov"):  # m ← β·m − lr·g;  w ← w + m  (Nesterov: w + β·m − lr·g)
                m = self.first[i] = self.slot(self.first, i, w) * spec["beta"] - g * lr
                w.copy_(w + (m if kind == "momentum" else m * spec["beta"] - g * lr))
            elif kind == "adagrad":  # s ← s + g²;  w ← w − lr·g / (√s + ε), s starting at the initial accumulator
                s = self.second[i] = self.slot(self.second, i, w, spec["initialAccumulator"]) + g ** 2
                w.copy_(w - (g * lr) / (torch.sqrt(s) + spec["epsilon"]))
            elif kind == "rmsprop":  # s ← ρ·s + (1−ρ)·g²;  w ← w − lr·g / (√s + ε)
                s = self.second[i] = self.slot(self.second, i, w) * spec["rho"] + g ** 2 * (1 - spec["rho"])
                w.copy_(w - (g * lr) / (torch.sqrt(s) + spec["epsilon"]))
            elif kind in ("adam", "nadam"):
                beta1, beta2 = spec["beta1"], spec["beta2"]
                m = self.first[i] = self.slot(self.first, i, w) * beta1 + g * (1 - beta1)
                s = self.second[i] = self.slot(self.second, i, w) * beta2 + g ** 2 * (1 - beta2)
                s_hat = s / (1 - beta2 ** t)
                if kind == "adam":
                    m_hat = m / (1 - beta1 ** t)
                else:  # Nadam (Dozat 2016): β1·m/(1−β1ᵗ⁺¹) + (1−β1)·g/(1−β1ᵗ)
                    m_hat = m * (beta1 / (1 - beta1 ** (t + 1))) + g * ((1 - beta1) / (1 - beta1 ** t))
                w.copy_(w - (m_hat * lr) / (torch.sqrt(s_hat) + spec["epsilon"]))
            elif kind == "adamax":  # u ← max(β2·u, |g|);  w ← w − lr/(1−β1ᵗ) · m / (u + ε)
                beta1, beta2 = spec["beta1"], spec["beta2"]
                m = self.first[i] = self.slot(self.first, i, w) * beta1 + g * (1 - beta1)
                u = self.second[i] = torch.maximum(self.slot(self.second, i, w) * beta2, torch.abs(g))
                w.copy_(w - (m * (lr / (1 - beta1 ** t))) / (u + spec["epsilon"]))


# ── Learning-rate schedules (src/engine/schedules.ts; step counts updates from 0) ───────────────────────────
def scheduled_rate(schedule, step):
    lr0, kind = schedule["initialRate"], schedule["kind"]
    if kind == "piecewise":
        boundaries, rates = schedule["boundaries"], schedule["rates"]
        index = next((i for i, b in enumerate(boundaries) if step < b), len(boundaries))
        return rates[index] if index < len(rates) else lr0
    if kind == "exponential":
        return lr0 * 0.1 ** (step / schedule["stepsPerTenfold"])
    if kind == "perStep":
        return lr0 * schedule["factor"] ** step
    if kind == "power":
        return lr0 / (1 + step / schedule["decaySteps"]) ** schedule["power"]
    if kind == "warmupCosine":
        warmup, total, low = schedule["warmupSteps"], schedule["totalSteps"], schedule["minRate"]
        if step < warmup:
            return (lr0 * (step + 1)) / warmup
        progress = min(1, (step - warmup) / max(1, total - warmup))
        return low + 0.5 * (lr0 - low) * (1 + math.cos(math.pi * progress))
    return lr0  # constant; plateau's rate is kept by the loop


MIN_RELATIVE_IMPROVEMENT = 1e-4  # an evaluation is better only if it beats the best loss by this fraction


def improves(loss, best):
    return loss < best * (1 - MIN_RELATIVE_IMPROVEMENT)


def clip_gradients(grads, clipping):
    if clipping["kind"] == "value":
        return [torch.clamp(g, -clipping["threshold"], clipping["threshold"]) for g in grads]
    if clipping["kind"] == "globalNorm":  # scale = threshold / max(‖g‖, threshold), ‖g‖ over every gradient
        total = (grads[0] ** 2).sum()
        for g in grads[1:]:
            total = total + (g ** 2).sum()
        scale = clipping["threshold"] / torch.clamp(torch.sqrt(total), min=clipping["threshold"])
        return [g * scale for g in grads]
    return list(grads)


# ── The training loop (src/engine/trainer.ts) ─────────────────────────────────────────────────────────────
EVAL_CHUNK = 1000  # rows per forward pass in evaluations
TRAIN_EVAL_LIMIT = 4096  # training sets up to this size are evaluated too


def train_step(net, rule, clipping, s, inputs, targets, rate, dropout_seed):
    params = net.parameters()
    stats = []
    scores = net.forward(inputs, True, dropout_seed=dropout_seed, batch_norm_stats=stats)
    data_loss = mean_loss(scores, targets, s)
    penalty = weight_penalty(net.kernels, s["l1"], s["l2"])
    total = data_loss if penalty is None else data_loss + penalty
    grads = torch.autograd.grad(total, params, allow_unused=True)
    grads = [torch.zeros_like(p) if g is None else g for p, g in zip(params, grads)]
    with torch.no_grad():
        rule.apply(params, clip_gradients(grads, clipping), rate)
        net.update_batch_norm(stats)
        if s["maxNorm"] > 0:
            net.apply_max_norm(s["maxNorm"])
    return data_loss.item()


def split_totals(net, data, split, s, step, passes):
    """Summed loss and correct count over a split, in chunks of EVAL_CHUNK rows, accumulated in float32."""
    count = len(data[split][1])
    sums = np.zeros(2, dtype=np.float32)
    for start in range(0, count, EVAL_CHUNK):
        x, y = tensors(data, split, np.arange(start, min(count, start + EVAL_CHUNK)))
        if passes <= 1:
            scores = net.forward(x, False)
            if s["task"] == "classification":
                loss_sum = cross_entropy(scores, y) * len(x)
                correct = (scores.argmax(dim=1) == y.argmax(dim=1)).float().sum()
            else:
                loss_sum = regression_losses(scores, y, s).sum()
                correct = (torch.round(scores) == y).float().sum()
        else:  # MC dropout: class probabilities averaged over passes with dropout on
            total = torch.zeros(len(x), y.shape[1])
            for k in range(passes):
                seed = derive_seed(s["seed"], "mc/%d/%d/%d" % (step, start, k))
                total = total + F.softmax(net.forward(x, False, dropout_seed=seed, dropout_at_inference=True), dim=1)
            probabilities = total / passes
            loss_sum = -(y * torch.log(probabilities + 1e-12)).sum()
            correct = (probabilities.argmax(dim=1) == y.argmax(dim=1)).float().sum()
        sums = sums + np.array([loss_sum.item(), correct.item()], dtype=np.float32)
    return float(sums[0]) / count, float(sums[1]) / count


def evaluate(net, data, s, step):
    with torch.no_grad():
        result = {"step": step}
        result["testLoss"], result["testAccuracy"] = split_totals(net, data, "test", s, step, 1)
        if data["count"] <= TRAIN_EVAL_LIMIT:
            result["trainLoss"], result["trainAccuracy"] = split_totals(net, data, "train", s, step, 1)
        if s["task"] == "classification" and s["mcDropoutSamples"] > 1:
            passes = s["mcDropoutSamples"]
            result["mcLoss"], result["mcAccuracy"] = split_totals(net, data, "test", s, step, passes)
    return result


def train_run(name, s, spec, dataset, max_steps, report):
    """Trains one run as the playground does, reporting each step's loss and each evaluation."""
    data = prepare_data(dataset, s)
    info = dataset["info"]
    outputs = data["classes"] if s["task"] == "classification" else 1
    net = Network(s, spec, info["height"], info["width"], outputs)
    rule = UpdateRule(spec["updateRule"])
    schedule = spec["schedule"]
    plateau = {"best": math.inf, "flat": 0, "rate": schedule["initialRate"]} if schedule["kind"] == "plateau" else None
    steps_per_epoch = data["count"] // s["batchSize"]  # the last, incomplete batch of each epoch is dropped
    total_steps = steps_per_epoch * s["epochs"]
    every = s["evalEverySteps"]
    # Epoch ends are evaluated unless epochs are shorter than the evaluation interval.
    at_epoch_ends = every == 0 or steps_per_epoch >= every
    last = total_steps if max_steps is None else min(total_steps, max_steps)
    report({"run": name, "event": "start", "parameters": sum(p.numel() for p in net.parameters()),
            "trainingExamples": data["count"], "totalSteps": total_steps})
    step, order, best, without = 0, None, math.inf, 0
    while step < last:
        rate = plateau["rate"] if plateau else scheduled_rate(schedule, step)
        epoch, offset = divmod(step, steps_per_epoch)
        if offset == 0 or order is None:
            order = epoch_order(data["count"], s["seed"], epoch)
        inputs, targets = tensors(data, "train", order[offset * s["batchSize"]:(offset + 1) * s["batchSize"]])
        dropout_seed = derive_seed(s["seed"], "dropout-step/%d" % step)
        step += 1
        loss = train_step(net, rule, spec["clipping"], s, inputs, targets, rate, dropout_seed)
        report({"run": name, "step": step, "loss": loss, "learningRate": float(np.float32(rate))})
        if not math.isfinite(loss):
            report({"run": name, "event": "diverged", "step": step})
            return
        due = step == total_steps or (every > 0 and step % every == 0) or (at_epoch_ends and step % steps_per_epoch == 0)
        if not due:
            continue
        result = evaluate(net, data, s, step)
        report(dict({"run": name}, **result))
        if plateau:  # reduce on plateau: × factor after 'patience' evaluations without improvement
            if improves(result["testLoss"], plateau["best"]):
                plateau["best"], plateau["flat"] = result["testLoss"], 0
            else:
                plateau["flat"] += 1
                if plateau["flat"] >= schedule["patience"]:
                    plateau["rate"] *= schedule["factor"]
                    plateau["flat"] = 0
        if improves(result["testLoss"], best):
            best, without = result["testLoss"], 0
        else:
            without += 1
            if 0 < s["earlyStoppingPatience"] <= without:
                report({"run": name, "event": "stoppedEarly", "step": step})
                return
    report({"run": name, "event": "finished" if step == total_steps else "stepLimit", "step": step})
`;
