#!/usr/bin/env python3
"""Native reference for `npm run bench`: trains the app's model in PyTorch on the CPU and prints samples/s as JSON.

The bench hands in the experiment the browser trained (--experiment JSON, the app's own settings object), so the
model is the same: layers, ReLU, He truncated-normal hidden layers and a Glorot-uniform output layer (as
src/engine/initializers.ts draws them), zero biases, Adam with the same β1, β2, ε and the warm-up + cosine
learning-rate schedule, softmax cross-entropy, batch size, and the same MNIST files (public/data/mnist/*.idx.gzip,
pixels / 255). The example order is shuffled here with NumPy, not with the app's generator: the throughput does not
depend on which examples a batch holds. Settings outside the defaults this covers are refused with a message.

Usage: torch-reference.py --experiment '{...}' [--data public/data/mnist] [--warmup 40] [--steps 300] [--repeats 3]
"""
import argparse
import gzip
import json
import math
import os
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F

TRUNCATED_NORMAL_STD = 0.8796256610342398  # std of N(0, 1) cut to [-2, 2], as in src/engine/initializers.ts


def read_idx(path, dims):
    """LeCun's IDX format, gzip-compressed as scripts/prepare-assets.mjs writes it: unsigned bytes only."""
    with gzip.open(path, "rb") as f:
        raw = f.read()
    header = 4 + 4 * len(dims)
    magic = int.from_bytes(raw[0:4], "big")
    if magic != (0x08 << 8) | len(dims):
        sys.exit(f"{path}: not an IDX file of unsigned bytes with {len(dims)} dimensions")
    found = [int.from_bytes(raw[4 + 4 * i : 8 + 4 * i], "big") for i in range(len(dims))]
    if found != dims:
        sys.exit(f"{path}: dimensions {found}, expected {dims}")
    return np.frombuffer(raw, dtype=np.uint8, offset=header).reshape(dims)


SUPPORTED = {
    "dataset": ["mnist"],
    "trainingSubset": ["full"],
    "preprocessing": ["unit"],
    "task": ["classification"],
    "activation": ["relu"],
    "outputActivation": ["none"],
    "initializer": ["he"],
    "outputInitializer": ["glorot"],
    "batchNorm": ["off"],
    "optimizer": ["adam"],
    "schedule": ["warmupCosine", "constant"],
    "clipping": ["none"],
    "pooling": ["max", "none"],
}


def check_supported(experiment):
    problems = [
        f"{key}={experiment.get(key)!r}" for key, allowed in SUPPORTED.items() if experiment.get(key) not in allowed
    ]
    if any(rate > 0 for rate in experiment.get("dropout", [0])):
        problems.append("dropout")
    if experiment.get("l1", 0) or experiment.get("l2", 0) or experiment.get("maxNorm", 0):
        problems.append("weight penalties or max-norm")
    if problems:
        sys.exit("torch-reference.py covers the app's defaults only; not covered: " + ", ".join(problems))


def he_truncated(shape, fan_in):
    """Variance 2 / fan_in: N(0, std²) cut at ±2·std and redrawn, std = sqrt(2 / fan_in) / 0.8796."""
    std = math.sqrt(2 / max(1, fan_in)) / TRUNCATED_NORMAL_STD
    return torch.nn.init.trunc_normal_(torch.empty(shape), std=std, a=-2 * std, b=2 * std)


def glorot_uniform(shape, fan_in, fan_out):
    limit = math.sqrt(3 / ((fan_in + fan_out) / 2))
    return torch.empty(shape).uniform_(-limit, limit)


class Model(torch.nn.Module):
    """The app's MLP or CNN (src/engine/model.ts), in PyTorch's NCHW layout; weights drawn as the app draws them."""

    def __init__(self, experiment, height, width, classes):
        super().__init__()
        self.cnn = experiment["architecture"] == "cnn"
        self.pool = experiment.get("pooling") == "max"
        params = []
        if self.cnn:
            k = int(experiment["kernelSize"])
            channels, size = 1, [height, width]
            self.convs = []
            for filters in experiment["convFilters"]:
                kernel = he_truncated((filters, channels, k, k), k * k * channels)
                bias = torch.zeros(filters)
                self.convs.append((torch.nn.Parameter(kernel), torch.nn.Parameter(bias)))
                params += self.convs[-1]
                if self.pool:
                    size = [s // 2 for s in size]
                channels = filters
            features = size[0] * size[1] * channels
            widths = experiment["cnnDenseLayers"]
        else:
            self.convs = []
            features = height * width
            widths = experiment["hiddenLayers"]
        self.dense = []
        for units in widths:
            self.dense.append(
                (torch.nn.Parameter(he_truncated((units, features), features)), torch.nn.Parameter(torch.zeros(units)))
            )
            params += self.dense[-1]
            features = units
        self.output = (
            torch.nn.Parameter(glorot_uniform((classes, features), features, classes)),
            torch.nn.Parameter(torch.zeros(classes)),
        )
        params += self.output
        self.params = torch.nn.ParameterList(params)
        self.kernel = int(experiment.get("kernelSize", 3))

    def forward(self, x):
        if self.cnn:
            for kernel, bias in self.convs:
                x = F.relu(F.conv2d(x, kernel, bias, padding=self.kernel // 2))
                if self.pool:
                    x = F.max_pool2d(x, 2)
            x = x.flatten(1)
        for kernel, bias in self.dense:
            x = F.relu(F.linear(x, kernel, bias))
        return F.linear(x, *self.output)


def learning_rate(experiment, step, total_steps):
    """scheduledRate in src/engine/schedules.ts, for 'warmupCosine' and 'constant'."""
    lr0 = experiment["learningRate"]
    if experiment["schedule"] == "constant":
        return lr0
    warmup, min_rate = experiment["warmupSteps"], experiment["minLearningRate"]
    if step < warmup:
        return lr0 * (step + 1) / warmup
    progress = min(1, (step - warmup) / max(1, total_steps - warmup))
    return min_rate + 0.5 * (lr0 - min_rate) * (1 + math.cos(math.pi * progress))


def matmul_gflops():
    """The BLAS torch runs on, measured: Debian's python3-torch calls whatever libblas.so.3 points to, and the
    reference BLAS it falls back to is many times slower than OpenBLAS. A 784×256 by 256×256 product, timed."""
    a, b = torch.randn(784, 256), torch.randn(256, 256)
    a @ b
    count, started = 20, time.perf_counter()
    for _ in range(count):
        a @ b
    return 2 * 784 * 256 * 256 * count / (time.perf_counter() - started) / 1e9


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--experiment", required=True, help="the app's experiment settings as JSON")
    parser.add_argument("--data", default=os.path.join(os.path.dirname(__file__), "..", "public", "data", "mnist"))
    parser.add_argument("--warmup", type=int, default=40)
    parser.add_argument("--steps", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    experiment = json.loads(args.experiment)
    check_supported(experiment)

    threads = os.cpu_count() or 1
    torch.set_num_threads(threads)
    torch.manual_seed(experiment["seed"])
    images = read_idx(os.path.join(args.data, "train-images.idx.gzip"), [60000, 28, 28])
    labels = read_idx(os.path.join(args.data, "train-labels.idx.gzip"), [60000])
    shape = (-1, 1, 28, 28) if experiment["architecture"] == "cnn" else (-1, 28 * 28)
    inputs = torch.from_numpy(images.astype(np.float32) / 255).reshape(shape)
    targets = torch.from_numpy(labels.astype(np.int64))

    model = Model(experiment, 28, 28, 10)
    optimizer = torch.optim.Adam(
        model.parameters(),
        lr=experiment["learningRate"],
        betas=(experiment["beta1"], experiment["beta2"]),
        eps=experiment["epsilon"],
    )
    batch = experiment["batchSize"]
    steps_per_epoch = len(targets) // batch
    total_steps = steps_per_epoch * experiment["epochs"]
    rng = np.random.default_rng(experiment["seed"])
    state = {"step": 0, "order": None}

    def train(count):
        for _ in range(count):
            step = state["step"]
            offset = step % steps_per_epoch
            if offset == 0 or state["order"] is None:
                state["order"] = torch.from_numpy(rng.permutation(len(targets)))
            index = state["order"][offset * batch : (offset + 1) * batch]
            for group in optimizer.param_groups:
                group["lr"] = learning_rate(experiment, step, total_steps)
            optimizer.zero_grad(set_to_none=True)
            loss = F.cross_entropy(model(inputs[index]), targets[index])
            loss.backward()
            optimizer.step()
            state["step"] += 1
        return loss.item()

    train(args.warmup)
    rates = []
    for _ in range(args.repeats):
        started = time.perf_counter()
        last_loss = train(args.steps)
        rates.append(args.steps * batch / (time.perf_counter() - started))
    print(
        json.dumps(
            {
                "architecture": experiment["architecture"],
                "batchSize": batch,
                "parameters": sum(p.numel() for p in model.parameters()),
                "threads": threads,
                "torch": torch.__version__,
                "steps": args.steps,
                "samplesPerSecond": rates,
                "lastLoss": last_loss,
                "matmulGflops": matmul_gflops(),
            }
        )
    )


if __name__ == "__main__":
    main()
