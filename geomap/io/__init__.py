"""Reading articles in and writing results out.

>>> from geomap.io import read_text
>>> callable(read_text)
True
"""

from .read import read_text
from .write import write_atomic

__all__ = ["read_text", "write_atomic"]
