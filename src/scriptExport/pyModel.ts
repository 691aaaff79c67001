// The exported script's network, as Python source: the initializers of src/engine/initializers.ts (weights drawn
// in float64 from each layer's own seeded stream, then rounded to float32, in TF's [in, out] / [k, k, in, out]
// layout), the layers of src/engine/model.ts and the losses of src/engine/losses.ts.
export const PY_MODEL = String.raw`
# ── Initial weights (src/engine/initializers.ts) ───────────────────────────────────────────────────────────
TRUNCATED_NORMAL_STD = 0.8796256610342398  # std of N(0, 1) truncated to [-2, 2]


def target_variance(spec, fan_in, fan_out):
    mode = spec["mode"]
    n = fan_in if mode == "fanIn" else fan_out if mode == "fanOut" else (fan_in + fan_out) / 2
    return spec["scale"] / max(1, n)


def initial_weights(init, shape, fan_in, fan_out, random):
    count = int(np.prod(shape))
    kind = init["kind"]
    if kind == "zeros":
        return torch.zeros(shape, dtype=torch.float32)
    if kind == "normal":
        sigma = init["sigma"]
        values = [sigma * random.normal() for _ in range(count)]
    else:
        spec = init["spec"]
        variance = target_variance(spec, fan_in, fan_out)
        distribution = spec["distribution"]
        if distribution == "normal":
            std = math.sqrt(variance)
            values = [std * random.normal() for _ in range(count)]
        elif distribution == "truncatedNormal":
            std = math.sqrt(variance) / TRUNCATED_NORMAL_STD
            values = []
            for _ in range(count):
                z = random.normal()
                while abs(z) > 2:  # redraw beyond two standard deviations
                    z = random.normal()
                values.append(std * z)
        else:
            limit = math.sqrt(3 * variance)  # U(-a, a) has variance a²/3
            values = [limit * (2 * random.next() - 1) for _ in range(count)]
    return torch.from_numpy(np.array(values, dtype=np.float64).astype(np.float32).reshape(shape))


# ── The network (src/engine/model.ts) ─────────────────────────────────────────────────────────────────────
# A hidden layer is: weights → [batch norm] → activation → [batch norm] → [dropout]; a conv block ends in pooling.
# Activations stay in TF's NHWC layout between layers (so flattening orders the dense weights as the playground
# does); only conv and pooling run in PyTorch's NCHW, with the [k, k, in, out] kernel permuted to [out, in, k, k].
def activate(x, activation, alpha):
    if activation == "relu":
        return torch.relu(x)
    if activation == "leakyRelu":
        return F.leaky_relu(x, alpha)
    if activation == "elu":
        # x for x > 0, α·(eˣ − 1) otherwise, written as the playground does; clamp passes the gradient at 0
        # to x, as TF's minimum does.
        return F.elu(x) if alpha == 1 else torch.relu(x) + alpha * (torch.exp(torch.clamp(x, max=0)) - 1)
    if activation == "selu":
        return torch.selu(x)
    if activation == "sigmoid":
        return torch.sigmoid(x)
    if activation == "tanh":
        return torch.tanh(x)
    return x


class Network:
    def __init__(self, s, spec, height, width, outputs):
        self.s = s
        self.layers = []
        self.kernels = []
        self.weight_index = 0
        hidden_number = 0
        features = height * width
        self.input_shape = [height * width]
        if s["architecture"] == "cnn":
            self.input_shape = [height, width, 1]
            k = int(s["kernelSize"])
            channels, size = 1, [height, width]
            for filters in s["convFilters"]:
                self.add_weight_layer("conv", spec["initializer"], [k, k, channels, filters], k * k * channels,
                                      k * k * filters, filters)
                hidden_number += 1
                self.add_hidden_tail(filters, [0, 1, 2], hidden_number)
                if s["pooling"] != "none":
                    self.layers.append({"kind": "pool"})
                    size = [n // 2 for n in size]
                channels = filters
            self.layers.append({"kind": "flatten"})
            features = size[0] * size[1] * channels
        dense = s["hiddenLayers"] if s["architecture"] == "mlp" else s["cnnDenseLayers"]
        for i, units in enumerate(dense):
            self.add_weight_layer("dense", spec["initializer"], [features, units], features, units, units)
            hidden_number += 1
            self.add_hidden_tail(units, [0], hidden_number)
            dropout = s["dropout"]
            rate = dropout[0] if len(dropout) == 1 else (dropout[i] if i < len(dropout) else 0)
            if rate > 0:
                self.layers.append({"kind": "dropout", "rate": rate, "index": i})
            features = units
        self.add_weight_layer("dense", spec["outputInitializer"], [features, outputs], features, outputs, outputs)

    def add_weight_layer(self, kind, init, shape, fan_in, fan_out, units):
        # Each weight layer draws from its own stream, derived from the seed and its place.
        random = Random(derive_seed(self.s["seed"], "weights/layer-%d" % self.weight_index))
        self.weight_index += 1
        kernel = initial_weights(init, shape, fan_in, fan_out, random).requires_grad_()
        bias = torch.zeros(units, requires_grad=True) if self.s["useBias"] else None  # biases start at zero
        self.kernels.append(kernel)
        self.layers.append({"kind": kind, "kernel": kernel, "bias": bias})

    def add_hidden_tail(self, features, axes, number):
        s = self.s
        normalized = s["batchNorm"] != "off" and (not s["batchNormLayers"] or number in s["batchNormLayers"])
        norm = {"kind": "batchNorm", "gamma": torch.ones(features, requires_grad=True),
                "beta": torch.zeros(features, requires_grad=True), "moving_mean": torch.zeros(features),
                "moving_variance": torch.ones(features), "axes": axes}
        if normalized and s["batchNorm"] == "beforeActivation":
            self.layers.append(norm)
        self.layers.append({"kind": "activation"})
        if normalized and s["batchNorm"] == "afterActivation":
            self.layers.append(norm)

    def parameters(self):
        """Trainable tensors in layer order: kernels, biases, batch-norm γ and β."""
        out = []
        for layer in self.layers:
            if layer["kind"] in ("dense", "conv"):
                out += [layer["kernel"]] + ([layer["bias"]] if layer["bias"] is not None else [])
            elif layer["kind"] == "batchNorm":
                out += [layer["gamma"], layer["beta"]]
        return out

    def forward(self, inputs, training, dropout_seed=0, dropout_at_inference=False, batch_norm_stats=None):
        s = self.s
        x = inputs.reshape([inputs.shape[0]] + self.input_shape)
        last = len(self.layers) - 1
        for i, layer in enumerate(self.layers):
            kind = layer["kind"]
            if kind in ("dense", "conv"):
                if kind == "dense":
                    x = x @ layer["kernel"]
                else:
                    k = layer["kernel"].shape[0]
                    x = F.conv2d(x.permute(0, 3, 1, 2), layer["kernel"].permute(3, 2, 0, 1), padding=k // 2)
                    x = x.permute(0, 2, 3, 1)  # 'same' padding, stride 1, back to NHWC
                if layer["bias"] is not None:
                    x = x + layer["bias"]
                if i == last and s["outputActivation"] != "none":  # the output-activation bug
                    x = torch.relu(x) if s["outputActivation"] == "relu" else torch.sigmoid(x)
            elif kind == "batchNorm":
                axes = layer["axes"]
                if training:  # batch statistics (population variance, as tf.moments); moving averages later
                    mean = x.mean(dim=axes, keepdim=True)
                    variance = ((x - mean) ** 2).mean(dim=axes, keepdim=True)
                    batch_norm_stats.append((layer, mean.detach().reshape(-1), variance.detach().reshape(-1)))
                else:
                    mean, variance = layer["moving_mean"], layer["moving_variance"]
                x = (x - mean) * layer["gamma"] / torch.sqrt(variance + s["batchNormEpsilon"]) + layer["beta"]
            elif kind == "activation":
                x = activate(x, s["activation"], s["activationAlpha"])
            elif kind == "dropout":
                if training or dropout_at_inference:  # inverted dropout, TF.js's masks
                    seed = derive_seed(dropout_seed, "dropout/%d" % layer["index"])
                    x = x * dropout_multiplier(list(x.shape), layer["rate"], seed)
            elif kind == "pool":
                pool = F.max_pool2d if s["pooling"] == "max" else F.avg_pool2d
                x = pool(x.permute(0, 3, 1, 2), 2, 2).permute(0, 2, 3, 1)
            elif kind == "flatten":
                x = x.reshape(x.shape[0], -1)
        return x

    def update_batch_norm(self, stats):
        """The playground's convention (not PyTorch's): moving ← m·moving + (1 − m)·batch, after the update."""
        m = self.s["batchNormMomentum"]
        for layer, mean, variance in stats:
            layer["moving_mean"] = layer["moving_mean"] * m + mean * (1 - m)
            layer["moving_variance"] = layer["moving_variance"] * m + variance * (1 - m)

    def apply_max_norm(self, r):
        """Rescales each unit's incoming weights to norm ≤ r (Srivastava et al. 2014)."""
        for kernel in self.kernels:
            axes = [0] if kernel.dim() == 2 else [0, 1, 2]
            norms = torch.sqrt((kernel ** 2).sum(dim=axes, keepdim=True))
            kernel.copy_(kernel * (torch.clamp(norms, max=r) / torch.clamp(norms, min=1e-12)))


# ── Losses (src/engine/losses.ts) ──────────────────────────────────────────────────────────────────────────
def regression_losses(predictions, targets, s):
    error = predictions - targets
    if s["regressionLoss"] == "l2":
        return error ** 2
    if s["regressionLoss"] == "l1":
        return torch.abs(error)
    delta = s["huberDelta"]  # ½q² + δ(|e| − q), q = min(|e|, δ)
    q = torch.clamp(torch.abs(error), max=delta)
    return 0.5 * q ** 2 + delta * (torch.abs(error) - q)


def cross_entropy(scores, targets):
    return -(targets * F.log_softmax(scores, dim=1)).sum(dim=1).mean()


def mean_loss(scores, targets, s):
    return cross_entropy(scores, targets) if s["task"] == "classification" else regression_losses(scores, targets, s).mean()


def weight_penalty(kernels, l1, l2):
    """λ1·Σ|w| + λ2·Σw² over the kernels (not biases, not batch norm)."""
    if l1 == 0 and l2 == 0:
        return None
    total = None
    for w in kernels:
        term = None
        if l1 > 0:
            term = l1 * torch.abs(w).sum()
        if l2 > 0:
            term = l2 * (w ** 2).sum() if term is None else term + l2 * (w ** 2).sum()
        total = term if total is None else total + term
    return total
`;
