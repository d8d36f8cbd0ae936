"""Small DataFrames built fast: one block per dtype instead of pandas' per-column inference.

The pipeline returns one small table per article; ``pd.DataFrame(dict_of_lists)`` infers
each column's type and converts strings one column at a time, which costs more than
geoparsing a short article. :func:`frame_from_columns` builds the same frame (same
dtypes as the plain constructor: ``str`` columns in pandas 3, ``object`` before) from
column lists whose dtypes the caller states.

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

        def arrow(columns: list[list[str]], n: int) -> list[Any]:
            joined = pa.array([v for column in columns for v in column], type=large)
            return [ArrowStringArray(joined.slice(k * n, n), dtype=dtype) for k in range(len(columns))]

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
    strings = _string_block()
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
        blocks.extend((array, np.array([k])) for array, k in zip(arrays, string_columns))
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
    return create_dataframe_from_blocks(blocks, index=pd.RangeIndex(n), columns=_index(tuple(names)))
