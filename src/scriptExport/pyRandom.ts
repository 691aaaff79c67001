// The exported script's seeded randomness, as Python source: the playground's generators bit for bit
// (src/engine/random.ts, batches.ts), and TF.js's dropout masks (tf.dropout draws them with seedrandom's Alea
// generator, seeded by the decimal text of the seed), so even dropout runs repeat the playground's losses.
export const PY_RANDOM = String.raw`
# ── Seeded randomness, bit for bit as the playground (src/engine/random.ts) ───────────────────────────────────
MASK32 = 0xFFFFFFFF


def imul32(a, b):
    """The low 32 bits of a product (JavaScript's Math.imul), kept unsigned."""
    return (a * b) & MASK32


def splitmix32(seed):
    state = seed & MASK32

    def next_uint32():
        nonlocal state
        state = (state + 0x9E3779B9) & MASK32
        z = imul32(state ^ (state >> 16), 0x85EBCA6B)
        z = imul32(z ^ (z >> 13), 0xC2B2AE35)
        return z ^ (z >> 16)

    return next_uint32


class Random:
    """sfc32 (PractRand's small fast counting generator), its state filled by splitmix32 from the seed."""

    def __init__(self, seed):
        init = splitmix32(seed)
        self.a, self.b, self.c, self.d = init(), init(), init(), init()
        for _ in range(12):  # discard the first outputs, as sfc32's author recommends
            self.uint32()
        self.spare = None

    def uint32(self):
        a, b, c, d = self.a, self.b, self.c, self.d
        t = (a + b + d) & MASK32
        self.d = (d + 1) & MASK32
        self.a = b ^ (b >> 9)
        self.b = (c + (c << 3)) & MASK32
        c = ((c << 21) | (c >> 11)) & MASK32
        self.c = (c + t) & MASK32
        return t

    def next(self):
        """Uniform in [0, 1)."""
        return self.uint32() / 4294967296

    def integer(self, n):
        """Uniform integer in [0, n)."""
        return math.floor(self.next() * n)

    def normal(self):
        """Standard normal by Box–Muller: two uniforms give two normals; the second is kept for the next call."""
        if self.spare is not None:
            value, self.spare = self.spare, None
            return value
        u = 1 - self.next()  # in (0, 1], so log(u) is finite
        v = self.next()
        radius = math.sqrt(-2 * math.log(u))
        self.spare = radius * math.sin(2 * math.pi * v)
        return radius * math.cos(2 * math.pi * v)


def utf16_units(text):
    data = text.encode("utf-16-le")
    return [data[i] | (data[i + 1] << 8) for i in range(0, len(data), 2)]


def derive_seed(seed, purpose):
    """An independent seed for one purpose ("weights/layer-0", …): FNV-1a over the purpose, then splitmix32."""
    h = (2166136261 ^ seed) & MASK32
    for unit in utf16_units(purpose):
        h = imul32(h ^ unit, 16777619)
    return splitmix32(h)()


def permutation(n, random):
    """Fisher–Yates shuffle of 0..n-1."""
    order = list(range(n))
    for i in range(n - 1, 0, -1):
        j = random.integer(i + 1)
        order[i], order[j] = order[j], order[i]
    return np.array(order, dtype=np.int64)


def epoch_order(count, seed, epoch):
    """The order in which epoch "epoch" (0-based) visits the training set: a function of the seed and epoch alone."""
    return permutation(count, Random(derive_seed(seed, "batch-order/epoch-%d" % epoch)))


# ── Dropout masks, as TF.js draws them ─────────────────────────────────────────────────────────────────────
def to_uint32(x):
    return int(x) % 4294967296  # int() truncates toward zero, as JavaScript's ToUint32


class Alea:
    """Johannes Baagøe's Alea generator (as in the seedrandom package), seeded from a text."""

    def __init__(self, seed_text):
        self.n = 0xEFC8249D
        self.s0, self.s1, self.s2 = self.mash(" "), self.mash(" "), self.mash(" ")
        self.s0 -= self.mash(seed_text)
        if self.s0 < 0:
            self.s0 += 1
        self.s1 -= self.mash(seed_text)
        if self.s1 < 0:
            self.s1 += 1
        self.s2 -= self.mash(seed_text)
        if self.s2 < 0:
            self.s2 += 1
        self.c = 1

    def mash(self, text):
        n = self.n
        for unit in utf16_units(text):
            n += unit
            h = 0.02519603282416938 * n
            n = to_uint32(h)
            h -= n
            h *= n
            n = to_uint32(h)
            h -= n
            n += h * 4294967296
        self.n = n
        return to_uint32(n) * 2.3283064365386963e-10

    def uniforms(self, count):
        """The next "count" draws, uniform in [0, 1)."""
        s0, s1, s2, c = self.s0, self.s1, self.s2, self.c
        out = [0.0] * count
        for i in range(count):
            t = 2091639 * s0 + c * 2.3283064365386963e-10
            s0, s1 = s1, s2
            c = int(t)
            s2 = t - c
            out[i] = s2
        self.s0, self.s1, self.s2, self.c = s0, s1, s2, c
        return out


def dropout_multiplier(shape, rate, seed):
    """tf.dropout(x, rate, seed)'s factor: floor(u + keep) / keep in float32, u drawn row-major by Alea(str(seed))."""
    keep = np.float32(1 - rate)
    count = int(np.prod(shape))
    u = np.array(Alea(str(seed)).uniforms(count), dtype=np.float64).astype(np.float32)
    return torch.from_numpy((np.floor(u + keep) / keep).reshape(shape))
`;
