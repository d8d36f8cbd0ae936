"""Small DataFrames built fast: one block per dtype instead of pandas' per-column inference.

The pipeline returns one small table per article; ``pd.DataFrame(dict_of_lists)`` infers
each column's type and converts strings one column at a time, which costs more than
geoparsing a short article. :func:`frame_from_columns` builds the same frame (same
dtypes as the plain constructor: ``str`` columns in pandas 3, ``object`` before) from
column lists whose dtypes the caller states. Where this pandas allows, the blocks go straight
into the frame through pandas' internal block classes, skipping checks that the caller's
equal-length lists make needless; that path is taken only once it has built the same frame
as the public one.

>>> df = frame_from_columns({"name": ["Lviv", "Kyiv"], "n": [1, 2], "lat": [49.8, None]},
...                         {"n": "int64", "lat": "float64"})
>>> df["name"].tolist(), df["n"].tolist(), df["lat"].isna().tolist()
(['Lviv', 'Kyiv'], [1, 2], [False, True])
>>> df.dtypes["name"] == pd.DataFrame({"name": ["Lviv"]}).dtypes["name"]
True
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

import numpy as np
import pandas as pd

__all__ = ["frame_from_columns"]


@cache
def _blocks_api() -> Any:
    """``pandas.api.internals.create_dataframe_from_blocks`` (pandas >= 3), or None."""
    try:
        from pandas.api.internals import create_dataframe_from_blocks
    except ImportError:
        return None
    return create_dataframe_from_blocks


@cache
def _string_block() -> Any:
    """How columns of Python strings are stored by default: ``f(columns, n) -> 1-D arrays``, or None (object)."""
    if _blocks_api() is None:
        return None
    dtype = pd.Series(["a"]).dtype
    if not isinstance(dtype, pd.StringDtype):
        return None
    storage = getattr(dtype, "storage", "")
    if storage == "pyarrow":
        import pyarrow as pa
        from pandas.arrays import ArrowStringArray

        large = pa.large_string()

        template = ArrowStringArray(pa.array([], type=large), dtype=dtype)
        wrap = getattr(template, "_from_pyarrow_array", None)  # skips re-checking the type we just made
        if wrap is None or wrap(pa.chunked_array([pa.array(["a"], type=large)])).dtype != dtype:
            def wrap(array: Any) -> Any:
                return ArrowStringArray(array, dtype=dtype)

        def arrow(columns: list[list[str]], n: int) -> list[Any]:
            # One chunked array for all columns: its slices are chunked arrays already, which the arrays keep.
            joined = pa.chunked_array([pa.array([v for column in columns for v in column], type=large)])
            return [wrap(joined.slice(k * n, n)) for k in range(len(columns))]

        return arrow
    return lambda columns, n: [pd.array(column, dtype=dtype) for column in columns]


@cache
def _index(names: tuple[str, ...]) -> pd.Index:
    return pd.Index(list(names))


def frame_from_columns(columns: Mapping[str, Sequence[Any]], dtypes: Mapping[str, str]) -> pd.DataFrame:
    """A DataFrame of ``columns`` (equal-length lists), in their order.

    ``dtypes`` names the numeric columns (``int64``, ``float64``: None becomes NaN); every other
    column holds strings and gets the dtype pandas gives strings (``str`` in pandas 3), or
    ``object`` when the frame is empty, as the plain constructor does.
    """
    names = list(columns)
    n = len(columns[names[0]]) if names else 0
    create_dataframe_from_blocks = _blocks_api()
    if create_dataframe_from_blocks is None:  # pandas < 3: the plain constructor
        data = {}
        for name in names:
            dtype = dtypes.get(name)
            values = columns[name]
            if dtype == "float64":
                values = [np.nan if v is None else v for v in values]
            data[name] = np.array(values, dtype=dtype or object)
        return pd.DataFrame(data, copy=False)
    blocks, plain = _blocks(columns, names, n, dtypes)
    index, labels = pd.RangeIndex(n), _index(tuple(names))
    fast = _fast_frame() if plain else None
    if fast is not None:
        return fast(blocks, index, labels)
    return create_dataframe_from_blocks(blocks, index=index, columns=labels)


def _blocks(columns: Mapping[str, Sequence[Any]], names: list[str], n: int, dtypes: Mapping[str, str]
            ) -> tuple[list[tuple[Any, np.ndarray]], bool]:
    """``(values, column positions)`` of each block, and whether all are 2-D numbers or 1-D strings."""
    strings = _string_block()
    by_dtype: dict[str, list[int]] = {}
    blocks: list[tuple[Any, np.ndarray]] = []
    string_columns: list[int] = []
    for k, name in enumerate(names):
        dtype = dtypes.get(name)
        if dtype:
            by_dtype.setdefault(dtype, []).append(k)
        else:
            string_columns.append(k)
    object_columns: list[int] = []
    if strings is None or n == 0:
        object_columns = string_columns
    elif string_columns:
        arrays = strings([columns[names[k]] for k in string_columns], n)
        positions = np.arange(len(names))  # a one-column block's placement is a view of it (cheaper than an array)
        blocks.extend((array, positions[k:k + 1]) for array, k in zip(arrays, string_columns))
    for dtype, ks in by_dtype.items():
        rows = [columns[names[k]] for k in ks]
        if dtype == "float64":
            rows = [[np.nan if v is None else v for v in row] for row in rows]
        blocks.append((np.array(rows, dtype=dtype).reshape(len(ks), n), np.array(ks)))
    if object_columns:
        values = np.empty((len(object_columns), n), dtype=object)
        for row, k in enumerate(object_columns):
            values[row, :] = columns[names[k]]
        blocks.append((values, np.array(object_columns)))
    # Numbers are 2-D arrays, and strings() makes 1-D arrays of pandas' string dtype (see _string_block).
    return blocks, not object_columns


@cache
def _fast_frame() -> Any:
    """``f(blocks, index, columns) -> DataFrame`` through pandas' internal block classes, or None.

    It does what ``create_dataframe_from_blocks`` does for 2-D blocks of numbers and 1-D string
    arrays, without its per-block type dispatch and integrity checks. None unless this pandas
    has those classes and the frame they build from a sample is the public function's: same
    values, dtypes and block layout.
    """
    create_dataframe_from_blocks = _blocks_api()
    if create_dataframe_from_blocks is None:
        return None
    try:
        from pandas._libs.internals import BlockPlacement
        from pandas.core.internals.blocks import ExtensionBlock, NumpyBlock
        from pandas.core.internals.managers import BlockManager

        def fast(blocks: list[tuple[Any, np.ndarray]], index: pd.Index, columns: pd.Index) -> pd.DataFrame:
            made = [NumpyBlock(values, BlockPlacement(at), ndim=2) if isinstance(values, np.ndarray)
                    else ExtensionBlock(values, BlockPlacement(at), ndim=2) for values, at in blocks]
            mgr = BlockManager.from_blocks(made, [columns, index])
            return pd.DataFrame._from_mgr(mgr, mgr.axes)

        sample = {"name": ["Lviv", "", "Kyiv"], "n": [1, 2, 3], "lat": [49.8, None, 50.4], "id": ["a", "b", "c"]}
        names = list(sample)
        blocks, plain = _blocks(sample, names, 3, {"n": "int64", "lat": "float64"})
        index, labels = pd.RangeIndex(3), _index(tuple(names))
        got, want = fast(blocks, index, labels), create_dataframe_from_blocks(blocks, index=index, columns=labels)
        same = plain and got.equals(want) and list(got.dtypes) == list(want.dtypes) and [
            (type(b), type(b.values), list(b.mgr_locs)) for b in got._mgr.blocks] == [
            (type(b), type(b.values), list(b.mgr_locs)) for b in want._mgr.blocks]
    except Exception:  # pandas' internals differ: the public path
        return None
    return fast if same else None
