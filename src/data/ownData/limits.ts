// How much a person's own files may hold. Every check happens before the bytes it guards are allocated or
// decompressed, and the decompressors also count what they actually produce (a header can lie), so a hostile file is
// refused in time and memory bounded by these numbers, never by the file.

/** Bytes of one file as chosen by the person (compressed or not). */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;
/** Bytes after decompression, all files and ZIP entries together. */
export const MAX_TOTAL_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;
/** Bytes of one image file inside a ZIP, after decompression (a 4096×4096 PNG is rarely over 30 MB). */
export const MAX_IMAGE_FILE_BYTES = 32 * 1024 * 1024;
/** Deflate cannot expand more than ~1032×: a ZIP entry declaring more than this is a lie or a bomb. */
export const MAX_COMPRESSION_RATIO = 1100;
/** Examples, train and test together. */
export const MAX_EXAMPLES = 100_000;
/** Pixel bytes of the whole dataset (count × height × width × channels). */
export const MAX_DATASET_PIXEL_BYTES = 200 * 1024 * 1024;
/** Height and width of the images the model sees. */
export const MAX_IMAGE_SIDE = 64;
/** Classes: labels are stored as bytes. */
export const MAX_CLASSES = 256;
/** A CSV row: the label column and up to 64×64×1 pixels… and RGB 64×64×3 (the RGB limit is the bound). */
export const MAX_CSV_COLUMNS = 3 * MAX_IMAGE_SIDE * MAX_IMAGE_SIDE + 1;
/** Characters of one CSV field (a label name or a pixel value). */
export const MAX_CSV_FIELD_CHARS = 200;
/** Entries of a ZIP (files and folders). */
export const MAX_ZIP_ENTRIES = 200_000;
/** Folders above an image inside a ZIP: `train/cat/x.png` is 2. */
export const MAX_FOLDER_DEPTH = 3;
/** Characters of a path inside a ZIP. */
export const MAX_PATH_CHARS = 1024;
/** Width × height of a PNG/JPEG before it is fitted (read from its header, before decoding). */
export const MAX_SOURCE_IMAGE_PIXELS = 4096 * 4096;
/** How many places (rows, images) a left-out group names; the rest are counted. */
export const LEFT_OUT_EXAMPLES = 5;
/** Compressed bytes handed to a streaming inflater at once: each push can grow by at most ~1032× this. */
export const INFLATE_CHUNK_BYTES = 16 * 1024;
