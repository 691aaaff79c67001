// The exported script's data, as Python source: reading the IDX files (ours, gzipped, or LeCun's originals) and
// what src/engine/trainingData.ts does to them: the training subset, label noise, the pixel table of each
// preprocessing (statistics from the training examples used) and the wrong-reshape layout.
export const PY_DATA = String.raw`
# ── Data: the IDX files and what the playground feeds the model (src/engine/trainingData.ts) ──────────────────
FILE_NAMES = {
    "train images": ["train-images.idx.gzip", "train-images-idx3-ubyte.gz", "train-images-idx3-ubyte",
                     "train-images.idx3-ubyte"],
    "train labels": ["train-labels.idx.gzip", "train-labels-idx1-ubyte.gz", "train-labels-idx1-ubyte",
                     "train-labels.idx1-ubyte"],
    "test images": ["test-images.idx.gzip", "t10k-images-idx3-ubyte.gz", "t10k-images-idx3-ubyte",
                    "t10k-images.idx3-ubyte"],
    "test labels": ["test-labels.idx.gzip", "t10k-labels-idx1-ubyte.gz", "t10k-labels-idx1-ubyte",
                    "t10k-labels.idx1-ubyte"],
}


class DataError(Exception):
    pass


def read_idx(path, dims):
    """An IDX file of unsigned bytes (gzipped or not: told by its first bytes), checked against the expected dims."""
    with open(path, "rb") as f:
        raw = f.read()
    if raw[:2] == b"\x1f\x8b":
        raw = gzip.decompress(raw)
    header = 4 + 4 * len(dims)
    if len(raw) < header or raw[0] != 0 or raw[1] != 0 or raw[2] != 0x08 or raw[3] != len(dims):
        raise DataError("%s is not an IDX file of %d-dimensional unsigned bytes" % (path, len(dims)))
    found = [int.from_bytes(raw[4 + 4 * i:8 + 4 * i], "big") for i in range(len(dims))]
    if found != list(dims):
        raise DataError("%s holds %s values, expected %s" % (path, "×".join(map(str, found)),
                                                              "×".join(map(str, dims))))
    if len(raw) != header + int(np.prod(dims)):
        raise DataError("%s has %d bytes, expected %d (truncated?)" % (path, len(raw), header + int(np.prod(dims))))
    return np.frombuffer(raw, dtype=np.uint8, offset=header).reshape(dims)


def find_file(part, dataset, args):
    explicit = getattr(args, part.replace(" ", "_"))
    if explicit:
        if not os.path.isfile(explicit):
            raise DataError("%s: no such file %s" % (part, explicit))
        return explicit
    folders = []
    for entry in args.data or ["data"]:
        name, sep, folder = entry.partition("=")
        if not sep:
            folders += [os.path.join(entry, dataset), entry]
        elif name == dataset:
            folders.append(folder)
    for folder in folders:
        for file_name in FILE_NAMES[part]:
            path = os.path.join(folder, file_name)
            if os.path.isfile(path):
                return path
    raise DataError("%s: no %s file in %s (looked for %s). Pass --data DIR with the dataset's four IDX files, "
                    "or --data %s=DIR, or the files themselves." % (
                        DATASETS[dataset]["title"], part, " or ".join(folders) or "no folder",
                        ", ".join(FILE_NAMES[part]), dataset))


def load_dataset(dataset, args):
    info = DATASETS[dataset]
    h, w = info["height"], info["width"]
    return {
        "info": info,
        "train_images": read_idx(find_file("train images", dataset, args), [info["trainCount"], h, w]).reshape(-1, h * w),
        "train_labels": read_idx(find_file("train labels", dataset, args), [info["trainCount"]]),
        "test_images": read_idx(find_file("test images", dataset, args), [info["testCount"], h, w]).reshape(-1, h * w),
        "test_labels": read_idx(find_file("test labels", dataset, args), [info["testCount"]]),
    }


def training_count(s, available):
    subset = s["trainingSubset"]
    if subset == "full":
        return available
    if subset == "oneExample":
        return 1
    if subset == "oneBatch":
        return min(available, s["batchSize"])
    return min(available, s["trainingExamples"])


def noisy_labels(labels, percent, classes, seed):
    """Replaces percent% of labels, chosen with the seed, by uniformly random classes (which may equal the true one)."""
    out = labels.copy()
    if percent <= 0:
        return out
    random = Random(derive_seed(seed, "label-noise"))
    for i in range(len(out)):
        if random.next() < percent / 100:
            out[i] = random.integer(classes)
    return out


def pixel_statistics(images):
    """Mean and standard deviation of all pixels, in [0, 1] units (summed in float64, value by value)."""
    counts = np.bincount(images.ravel(), minlength=256).astype(np.float64).tolist()
    mean = 0.0
    for v in range(256):
        mean += (counts[v] * v) / 255
    mean /= images.size
    variance = 0.0
    for v in range(256):
        variance += counts[v] * (v / 255 - mean) ** 2
    return mean, math.sqrt(variance / images.size)


def pixel_table(s, train_images):
    """The value fed for each raw pixel value 0–255 under the chosen preprocessing, from training statistics only."""
    kind = s["preprocessing"]
    mean, std = pixel_statistics(train_images) if kind == "standardize" else (0.0, 1.0)
    if kind == "raw":
        values = [float(v) for v in range(256)]
    elif kind == "unit":
        values = [v / 255 for v in range(256)]
    elif kind == "standardize":  # a constant training set has std 0: leave its scale alone
        values = [(v / 255 - mean) / (std if std > 0 else 1) for v in range(256)]
    else:
        values = [math.tanh(v / s["tanhScale"]) for v in range(256)]
    return np.array(values, dtype=np.float64).astype(np.float32)


def wrong_reshape_layout(pixels):
    """The wrong-reshape bug: the flat image read as 16 × (pixels/16) and transposed; fed pixel p comes from layout[p]."""
    rows, cols = 16, pixels // 16
    layout = np.zeros(pixels, dtype=np.int64)
    for i in range(cols):
        for j in range(rows):
            layout[i * rows + j] = j * cols + i
    return layout


def prepare_data(dataset, s):
    info = dataset["info"]
    classes = len(info["classNames"])
    count = training_count(s, info["trainCount"])
    images = dataset["train_images"][:count]
    layout = wrong_reshape_layout(images.shape[1]) if s["wrongReshape"] else None
    return {
        "count": count,
        "classes": classes,
        "table": pixel_table(s, images),
        "layout": layout,
        "train": (images if layout is None else images[:, layout],
                  noisy_labels(dataset["train_labels"][:count], s["labelNoise"], classes, s["seed"])),
        "test": (dataset["test_images"] if layout is None else dataset["test_images"][:, layout],
                 dataset["test_labels"]),
        "target_width": classes if s["task"] == "classification" else 1,
    }


def tensors(data, split, rows):
    """Inputs (rows × pixels, preprocessed) and targets (one-hot, or the class number for regression), float32."""
    images, labels = data[split]
    inputs = torch.from_numpy(data["table"][images[rows]])
    picked = labels[rows].astype(np.int64)
    if data["target_width"] == 1:
        targets = torch.from_numpy(picked.astype(np.float32).reshape(-1, 1))
    else:
        targets = torch.zeros(len(picked), data["target_width"], dtype=torch.float32)
        targets[torch.arange(len(picked)), torch.from_numpy(picked)] = 1
    return inputs, targets
`;
